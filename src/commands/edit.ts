import type { EditOptions } from '../collab/session'
import { JourneyError, refusalText } from '../domain/errors'
import type { JourneyMap } from '../domain/types'
import { notify, type EditorStore } from '../state/editor-store'
import { currentMessages } from '../state/locale'

/**
 * Runs a pure operation through the session (one transaction, one undo step). Only commands call
 * it, after the registry's guard (src/commands/registry.ts). A refusal from the domain (a
 * duplicate edge, an unknown id after a colleague's delete) becomes a notice, not a crash.
 */
export function runEdit(
  store: EditorStore,
  operation: (map: JourneyMap) => JourneyMap,
  options?: EditOptions,
): boolean {
  return withRefusalNotice(store, () => store.session.edit(operation, options))
}

/**
 * Runs `run`; a JourneyError it throws becomes a notice (in the interface language) and false.
 * Other errors propagate.
 */
export function withRefusalNotice(store: EditorStore, run: () => void): boolean {
  try {
    run()
    return true
  } catch (error) {
    if (error instanceof JourneyError) {
      notify(store, refusalText(currentMessages(), error), 'error')
      return false
    }
    throw error
  }
}
