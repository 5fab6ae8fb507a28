// Commands for the journey's structure beyond phases: lanes (rows, blueprint lines) and personas,
// and a card's per-persona emotions. The inspector and the toolbar run these; each is one edit.

import { addLane, createLane, deleteLane, moveLane } from '../domain/kinds/lane'
import {
  addPersona,
  createPersona,
  deletePersona,
  movePersona,
  nextPersonaColor,
  setCardPersona,
  setPersonaEmotion,
} from '../domain/kinds/persona'
import { setTouchpointLane } from '../domain/kinds/touchpoint'
import type { Id } from '../domain/types'
import type { Emotion, LaneType } from '../domain/vocabulary'
import { setSelection } from '../state/editor-store'
import { currentMessages } from '../state/locale'
import { runEdit } from './edit'
import type { Command } from './types'

export const addLaneCommand: Command<{ type: LaneType; index?: number }, boolean> = {
  id: 'lane.add',
  label: (m) => m.commands.laneAdd,
  group: 'Insert',
  allowedIn: 'edit',
  listed: false,
  run({ store }, { type, index }) {
    const name = currentMessages().vocabulary.laneTypes[type]
    const lane = createLane({ type, name }, store.getState().map.lanes.length)
    const added = runEdit(store, (map) => addLane(map, lane, index))
    if (added) setSelection(store, [lane.id])
    return added
  },
}

export const moveLaneCommand: Command<{ id: Id; to: number }, boolean> = {
  id: 'lane.move',
  label: (m) => m.commands.laneMove,
  group: 'Edit',
  allowedIn: 'edit',
  listed: false,
  run: ({ store }, { id, to }) => runEdit(store, (map) => moveLane(map, id, to)),
}

export const deleteLaneCommand: Command<{ id: Id }, boolean> = {
  id: 'lane.delete',
  label: (m) => m.commands.laneDelete,
  group: 'Edit',
  allowedIn: 'edit',
  listed: false,
  run: ({ store }, { id }) => runEdit(store, (map) => deleteLane(map, id)),
}

export const addPersonaCommand: Command<void, boolean> = {
  id: 'persona.add',
  label: (m) => m.commands.personaAdd,
  group: 'Insert',
  allowedIn: 'edit',
  listed: false,
  run({ store }) {
    const map = store.getState().map
    const persona = createPersona({
      name: currentMessages().commands.newPersonaName(map.personas.length + 1),
      color: nextPersonaColor(map),
    })
    const added = runEdit(store, (current) => addPersona(current, persona))
    if (added) setSelection(store, [persona.id])
    return added
  },
}

export const movePersonaCommand: Command<{ id: Id; to: number }, boolean> = {
  id: 'persona.move',
  label: (m) => m.commands.personaMove,
  group: 'Edit',
  allowedIn: 'edit',
  listed: false,
  run: ({ store }, { id, to }) => runEdit(store, (map) => movePersona(map, id, to)),
}

export const deletePersonaCommand: Command<{ id: Id }, boolean> = {
  id: 'persona.delete',
  label: (m) => m.commands.personaDelete,
  group: 'Edit',
  allowedIn: 'edit',
  listed: false,
  run: ({ store }, { id }) => runEdit(store, (map) => deletePersona(map, id)),
}

export interface PersonaEmotionArgs {
  id: Id
  personaId: Id
  field: 'emotion' | 'target'
  value: Emotion | null
}

export const setPersonaEmotionCommand: Command<PersonaEmotionArgs, boolean> = {
  id: 'touchpoint.set-persona-emotion',
  label: (m) => m.commands.touchpointSetPersonaEmotion,
  group: 'Edit',
  allowedIn: 'edit',
  listed: false,
  run: ({ store }, { id, personaId, field, value }) =>
    runEdit(store, (map) => setPersonaEmotion(map, id, personaId, field, value)),
}

export const setCardPersonaCommand: Command<{ id: Id; personaId: Id; applies: boolean }, boolean> =
  {
    id: 'touchpoint.set-persona',
    label: (m) => m.commands.touchpointSetPersona,
    group: 'Edit',
    allowedIn: 'edit',
    listed: false,
    run: ({ store }, { id, personaId, applies }) =>
      runEdit(store, (map) => setCardPersona(map, id, personaId, applies)),
  }

export const setTouchpointLaneCommand: Command<{ id: Id; laneId: Id | null }, boolean> = {
  id: 'touchpoint.set-lane',
  label: (m) => m.commands.touchpointSetLane,
  group: 'Edit',
  allowedIn: 'edit',
  listed: false,
  run: ({ store }, { id, laneId }) => runEdit(store, (map) => setTouchpointLane(map, id, laneId)),
}

export const journeyCommands = [
  setTouchpointLaneCommand,
  addLaneCommand,
  moveLaneCommand,
  deleteLaneCommand,
  addPersonaCommand,
  movePersonaCommand,
  deletePersonaCommand,
  setPersonaEmotionCommand,
  setCardPersonaCommand,
]
