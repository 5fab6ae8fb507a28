// Commands with payloads that the canvas runs for pointer gestures: the drop at the end of a drag,
// a connection drawn from a handle, a card added by double-clicking the canvas.

import { CARD_SIZE } from '../domain/card'
import { createEdge, createTouchpoint } from '../domain/defaults'
import { laneAtY, phaseAtX, relativeToCell } from '../domain/geometry'
import { LANE_PADDING, laneHolding } from '../domain/kinds/lane'
import { newId } from '../domain/ids'
import { addTouchpoint, connect, dropNodes, type DroppedNode } from '../domain/operations'
import type { Id, Point } from '../domain/types'
import { setSelection } from '../state/editor-store'
import { runEdit } from './edit'
import type { Command } from './types'
import { currentMessages } from '../state/locale'

export const dropDragged: Command<{ nodes: readonly DroppedNode[] }, boolean> = {
  id: 'canvas.drop',
  moves: true,
  label: (m) => m.commands.canvasDrop,
  group: 'Edit',
  allowedIn: 'edit',
  listed: false,
  run: ({ store }, { nodes }) => runEdit(store, (map) => dropNodes(map, nodes)),
}

export const connectCards: Command<{ source: Id; target: Id }, boolean> = {
  id: 'canvas.connect',
  label: (m) => m.commands.canvasConnect,
  group: 'Edit',
  allowedIn: 'edit',
  listed: false,
  run: ({ store }, { source, target }) =>
    runEdit(store, (map) => connect(map, createEdge({ id: newId(), source, target }))),
}

/** A card centred on a canvas point, in the phase under it (or unassigned), then selected. */
export const addTouchpointAt: Command<{ point: Point }, boolean> = {
  id: 'canvas.add-touchpoint-at',
  label: (m) => m.commands.canvasAddTouchpointAt,
  group: 'Insert',
  allowedIn: 'edit',
  listed: false,
  run({ store }, { point }) {
    const map = store.getState().map
    const topLeft = {
      x: Math.round(point.x - CARD_SIZE.width / 2),
      y: Math.round(point.y - CARD_SIZE.height / 2),
    }
    const phaseId = phaseAtX(map, point.x)?.id ?? null
    const laneId = laneAtY(map, point.y)?.id ?? null
    const relative = relativeToCell(map, phaseId, laneId, topLeft)
    const position = laneId ? { x: relative.x, y: Math.max(LANE_PADDING, relative.y) } : relative
    const card = createTouchpoint({
      title: currentMessages().commands.newTouchpointTitle,
      phaseId,
      laneId,
      position,
    })
    const added = runEdit(store, (current) => {
      const grown = laneId ? laneHolding(current, laneId, position.y, CARD_SIZE.height) : current
      return addTouchpoint(grown, card)
    })
    if (added) setSelection(store, [card.id])
    return added
  },
}

export type { DroppedNode }

export const canvasCommands = [dropDragged, connectCards, addTouchpointAt]
