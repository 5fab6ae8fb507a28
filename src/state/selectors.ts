// Questions about the editor state that several layers ask, answered without naming kinds: the
// record kinds come from the registry, so a kind added there is selectable, deletable and
// recognised by the inspector without a change here.

import { hasRecord, listOf } from '../domain/kinds/collections'
import type { AnyKind } from '../domain/kinds/kind'
import { defaultRegistry } from '../domain/kinds/registry'
import type { Id, JourneyMap } from '../domain/types'
import { freezeBlocker } from '../domain/workshop/freeze'
import type { EditorState } from './editor-store'
import { currentMessages } from './locale'

/** The kind of the record with this id, or undefined when the map holds none. */
export function kindOfId(map: JourneyMap, id: Id): AnyKind | undefined {
  return defaultRegistry.kindOfId(map, id)
}

export function exists(map: JourneyMap, id: Id): boolean {
  return defaultRegistry.kinds.some((kind) => hasRecord(map, kind, id))
}

/** Selected ids by collection name (`touchpoints`, `phases`, …), each in map order. */
export type SelectedIds = Readonly<Record<string, readonly Id[]>> & {
  readonly phases: readonly Id[]
  readonly touchpoints: readonly Id[]
  readonly edges: readonly Id[]
  readonly notes: readonly Id[]
}

/** The selection split by record kind, in map order. */
export function selectedIds(state: Pick<EditorState, 'map' | 'selection'>): SelectedIds {
  const { map, selection } = state
  const out: Record<string, Id[]> = {}
  for (const kind of defaultRegistry.kinds) {
    out[kind.collection] =
      selection.size === 0
        ? []
        : listOf(map, kind)
            .map((record) => record.id)
            .filter((id) => selection.has(id))
  }
  return out as unknown as SelectedIds
}

/**
 * Why this person cannot edit the map right now, in words for a notice, or null when they can.
 * Commands that edit check it before running (src/commands/registry.ts).
 */
export function editBlocker(
  state: Pick<EditorState, 'role' | 'newerDoc' | 'connection'> & {
    map?: JourneyMap
    preview?: EditorState['preview']
  },
): string | null {
  if (state.preview) {
    return currentMessages().app.blocked.preview
  }
  if (state.connection.state === 'closed') {
    return currentMessages().app.blocked.closed
  }
  if (state.newerDoc) {
    return currentMessages().app.blocked.newer
  }
  if (state.role === 'pending') return currentMessages().app.blocked.pending
  if (state.role === 'view') return currentMessages().app.blocked.view
  if (state.role === 'comment') {
    return currentMessages().app.blocked.comment
  }
  return state.map ? freezeBlocker(state.map, false, currentMessages()) : null
}

/** Why this person cannot comment or vote right now, or null when they can. */
export function commentBlocker(state: Pick<EditorState, 'role' | 'connection'>): string | null {
  if (state.connection.state === 'closed') {
    return currentMessages().app.blocked.closed
  }
  if (state.role === 'pending') return currentMessages().app.blocked.pending
  if (state.role === 'view') return currentMessages().app.blocked.viewComment
  return null
}

export const canComment = (state: Pick<EditorState, 'role' | 'connection'>) =>
  commentBlocker(state) === null

export const canEdit = (
  state: Pick<EditorState, 'role' | 'newerDoc' | 'connection'> & {
    map?: JourneyMap
    preview?: EditorState['preview']
  },
) => editBlocker(state) === null

/** Whether cards may be dragged: editing allowed and positions not locked. */
export const canMove = (state: EditorState) =>
  canEdit(state) && freezeBlocker(state.map, true, currentMessages()) === null

/**
 * Whether this person may use the facilitator's tools (votes, timer, bring everyone, the lock
 * itself): an edit link, whatever the layout lock says.
 */
export const canFacilitate = (state: Pick<EditorState, 'role' | 'newerDoc' | 'connection'>) =>
  editBlocker({ role: state.role, newerDoc: state.newerDoc, connection: state.connection }) === null
