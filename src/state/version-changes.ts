// "What changed since" a version, as the page shows it: the records diff between the version's
// content and the live map, in words and as canvas marks. Recomputed only when the live map or
// the version changes (one diff per edit, shared by the canvas and the list).

import type { Messages } from '../domain/i18n'
import type { JourneyMap } from '../domain/types'
import { changeEntries, changeMarks, type ChangeEntry } from '../domain/versions/change-list'
import { diffMaps } from '../domain/versions/diff'
import type { EditorState } from './editor-store'
import { currentMessages } from './locale'

export interface VersionChangesView {
  readonly entries: readonly ChangeEntry[]
  readonly marks: ReadonlyMap<string, 'added' | 'changed'>
}

let cached: { base: JourneyMap; map: JourneyMap; m: Messages; view: VersionChangesView } | null =
  null

/** `m` words the list (the canvas, which reads only the marks, may leave it to the current language). */
export function versionChanges(
  state: Pick<EditorState, 'changes' | 'map' | 'preview'>,
  m: Messages = currentMessages(),
): VersionChangesView | null {
  if (!state.changes || state.preview) return null
  const { base, editors } = state.changes
  if (cached?.base === base && cached.map === state.map && cached.m === m) return cached.view
  const entries = changeEntries(diffMaps(base, state.map), m).map((entry) => {
    const by = entry.id === null ? undefined : editors.get(entry.id)
    return by ? { ...entry, by } : entry
  })
  const view = { entries, marks: changeMarks(entries) }
  cached = { base, map: state.map, m, view }
  return view
}
