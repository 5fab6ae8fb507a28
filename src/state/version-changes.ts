// "What changed since" a version, as the page shows it: the records diff between the version's
// content and the live map, in words and as canvas marks. Recomputed only when the live map or
// the version changes (one diff per edit, shared by the canvas and the list).

import type { JourneyMap } from '../domain/types'
import { changeEntries, changeMarks, type ChangeEntry } from '../domain/versions/change-list'
import { diffMaps } from '../domain/versions/diff'
import type { EditorState } from './editor-store'

export interface VersionChangesView {
  readonly entries: readonly ChangeEntry[]
  readonly marks: ReadonlyMap<string, 'added' | 'changed'>
}

let cached: { base: JourneyMap; map: JourneyMap; view: VersionChangesView } | null = null

export function versionChanges(
  state: Pick<EditorState, 'changes' | 'map' | 'preview'>,
): VersionChangesView | null {
  if (!state.changes || state.preview) return null
  const { base, editors } = state.changes
  if (cached?.base === base && cached.map === state.map) return cached.view
  const entries = changeEntries(diffMaps(base, state.map)).map((entry) => {
    const by = entry.id === null ? undefined : editors.get(entry.id)
    return by ? { ...entry, by } : entry
  })
  const view = { entries, marks: changeMarks(entries) }
  cached = { base, map: state.map, view }
  return view
}
