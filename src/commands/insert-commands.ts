import { CARD_SIZE } from '../domain/card'
import { createNote, createPhase, createTouchpoint, nextPhaseColor } from '../domain/defaults'
import { laneHolding } from '../domain/kinds/lane'
import { addNote, addPhase, addTouchpoint } from '../domain/operations'
import { setSelection } from '../state/editor-store'
import { runEdit } from './edit'
import {
  freeSpotForNote,
  freeSpotInPhase,
  laneForNewCard,
  phaseForNewCard,
  phaseInsertIndex,
  phaseRect,
  touchpointRect,
} from '../domain/placement'
import type { Command } from './types'
import { currentMessages } from '../state/locale'

export const insertCommands: Command[] = [
  {
    id: 'add-touchpoint',
    allowedIn: 'edit',
    label: (m) => m.commands.addTouchpoint,
    group: 'Insert',
    shortcuts: ['T'],
    run({ store, viewport }) {
      const { map, selection } = store.getState()
      const phaseId = phaseForNewCard(map, selection, viewport?.center() ?? null)
      // In a map with lanes a new card goes into a lane (the selected one, or the Touchpoints row).
      const laneId = phaseId ? laneForNewCard(map, selection) : null
      const card = createTouchpoint({
        title: currentMessages().commands.newTouchpointTitle,
        phaseId,
        laneId,
        position: phaseId
          ? freeSpotInPhase(map, phaseId, laneId)
          : (viewport?.center() ?? { x: 0, y: 0 }),
      })
      const added = runEdit(store, (current) => {
        const grown = laneId
          ? laneHolding(current, laneId, card.position.y, CARD_SIZE.height)
          : current
        return addTouchpoint(grown, card)
      })
      if (!added) return
      setSelection(store, [card.id])
      const rect = touchpointRect(store.getState().map, card.id)
      if (rect) viewport?.reveal(rect)
    },
  },
  {
    id: 'add-phase',
    allowedIn: 'edit',
    label: (m) => m.commands.addPhase,
    group: 'Insert',
    shortcuts: ['P'],
    run({ store, viewport }) {
      const { map, selection } = store.getState()
      const phase = createPhase({
        name: currentMessages().commands.newPhaseName(map.phases.length + 1),
        color: nextPhaseColor(map),
      })
      const index = phaseInsertIndex(map, selection)
      if (!runEdit(store, (current) => addPhase(current, phase, index))) return
      setSelection(store, [phase.id])
      const rect = phaseRect(store.getState().map, phase.id)
      if (rect) viewport?.reveal(rect)
    },
  },
  {
    id: 'add-note',
    allowedIn: 'edit',
    label: (m) => m.commands.addNote,
    group: 'Insert',
    shortcuts: ['N'],
    run({ store, viewport }) {
      const center = viewport?.center() ?? { x: 0, y: 0 }
      const size = createNote().size
      const note = createNote({ position: freeSpotForNote(store.getState().map, center, size) })
      if (!runEdit(store, (current) => addNote(current, note))) return
      setSelection(store, [note.id])
      viewport?.reveal({ ...note.position, ...note.size })
    },
  },
]
