// Commands with payloads that edit one record or the map's meta: what the inspector's fields, the
// canvas's inline renames and resize handles run. The field edit works for every kind through the
// kind's own `update` operation, so a new kind's inspector panel needs no new command.

import { getRecord } from '../domain/kinds/collections'
import { defaultRegistry } from '../domain/kinds/registry'
import {
  deletePhase,
  movePhase,
  resizeNote,
  reverseEdge,
  setDescription,
  setTitle,
  setTouchpointChannel,
  setTouchpointPhase,
  updatePhase,
  type DeletePhaseStrategy,
} from '../domain/operations'
import type { Id, JourneyMap, Size } from '../domain/types'
import type { Channel } from '../domain/vocabulary'
import { runEdit } from './edit'
import type { Command } from './types'

type Fields = Readonly<Record<string, unknown>>

export interface UpdateRecordArgs {
  /** The kind's name: 'touchpoint', 'phase', … */
  kind: string
  id: Id
  /** Some fields, or a function of the record as it is when the edit runs (list edits). */
  patch: Fields | ((record: Fields) => Fields)
  /** Consecutive edits with the same key fold into one undo step (typing in one field). */
  mergeKey?: string
}

const merge = (mergeKey: string | undefined) => (mergeKey === undefined ? undefined : { mergeKey })

export const updateRecord: Command<UpdateRecordArgs, boolean> = {
  id: 'record.update',
  label: (m) => m.commands.recordUpdate,
  group: 'Edit',
  allowedIn: 'edit',
  listed: false,
  run({ store }, { kind: name, id, patch, mergeKey }) {
    const kind = defaultRegistry.byName(name)
    const update = kind?.update
    if (!kind || !update) throw new Error(`the kind "${name}" cannot be edited field by field`)
    return runEdit(
      store,
      (map) => {
        const record = getRecord(map, kind, id)
        // Deleted by a colleague meanwhile: the domain names it in the notice.
        if (!record) return update(map, id, {})
        return update(
          map,
          id,
          typeof patch === 'function' ? patch(record as unknown as Fields) : patch,
        )
      },
      merge(mergeKey),
    )
  },
}

export const setMapTitle: Command<{ title: string; mergeKey?: string }, boolean> = {
  id: 'map.set-title',
  label: (m) => m.commands.mapSetTitle,
  group: 'Map',
  allowedIn: 'edit',
  listed: false,
  run: ({ store }, { title, mergeKey }) =>
    runEdit(store, (map) => setTitle(map, title), merge(mergeKey)),
}

export const setMapDescription: Command<{ description: string; mergeKey?: string }, boolean> = {
  id: 'map.set-description',
  label: (m) => m.commands.mapSetDescription,
  group: 'Map',
  allowedIn: 'edit',
  listed: false,
  run: ({ store }, { description, mergeKey }) =>
    runEdit(store, (map) => setDescription(map, description), merge(mergeKey)),
}

export const setTouchpointPhaseCommand: Command<{ id: Id; phaseId: Id | null }, boolean> = {
  id: 'touchpoint.set-phase',
  label: (m) => m.commands.touchpointSetPhase,
  group: 'Edit',
  allowedIn: 'edit',
  listed: false,
  run: ({ store }, { id, phaseId }) =>
    runEdit(store, (map) => setTouchpointPhase(map, id, phaseId)),
}

export const setTouchpointChannelCommand: Command<{ id: Id; channel: Channel }, boolean> = {
  id: 'touchpoint.set-channel',
  label: (m) => m.commands.touchpointSetChannel,
  group: 'Edit',
  allowedIn: 'edit',
  listed: false,
  run: ({ store }, { id, channel }) =>
    runEdit(store, (map) => setTouchpointChannel(map, id, channel)),
}

export const movePhaseCommand: Command<{ id: Id; to: number }, boolean> = {
  id: 'phase.move',
  moves: true,
  label: (m) => m.commands.phaseMove,
  group: 'Edit',
  allowedIn: 'edit',
  listed: false,
  run: ({ store }, { id, to }) => runEdit(store, (map) => movePhase(map, id, to)),
}

export const resizePhaseCommand: Command<{ id: Id; width: number; mergeKey?: string }, boolean> = {
  id: 'phase.resize',
  moves: true,
  label: (m) => m.commands.phaseResize,
  group: 'Edit',
  allowedIn: 'edit',
  listed: false,
  run: ({ store }, { id, width, mergeKey }) =>
    runEdit(store, (map) => updatePhase(map, id, { width }), merge(mergeKey)),
}

export const deletePhaseCommand: Command<
  { id: Id; strategy: (map: JourneyMap) => DeletePhaseStrategy },
  boolean
> = {
  id: 'phase.delete',
  label: (m) => m.commands.phaseDelete,
  group: 'Edit',
  allowedIn: 'edit',
  listed: false,
  run: ({ store }, { id, strategy }) =>
    runEdit(store, (map) => deletePhase(map, id, strategy(map))),
}

export const resizeNoteCommand: Command<{ id: Id; size: Size }, boolean> = {
  id: 'note.resize',
  moves: true,
  label: (m) => m.commands.noteResize,
  group: 'Edit',
  allowedIn: 'edit',
  listed: false,
  run: ({ store }, { id, size }) => runEdit(store, (map) => resizeNote(map, id, size)),
}

export const reverseEdgeCommand: Command<{ id: Id }, boolean> = {
  id: 'edge.reverse',
  label: (m) => m.commands.edgeReverse,
  group: 'Edit',
  allowedIn: 'edit',
  listed: false,
  run: ({ store }, { id }) => runEdit(store, (map) => reverseEdge(map, id)),
}

export const recordCommands = [
  reverseEdgeCommand,
  updateRecord,
  setMapTitle,
  setMapDescription,
  setTouchpointPhaseCommand,
  setTouchpointChannelCommand,
  movePhaseCommand,
  resizePhaseCommand,
  deletePhaseCommand,
  resizeNoteCommand,
]
