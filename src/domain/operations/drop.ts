// Turns the end of a drag into one document edit: cards land in the phase under their centre
// (relative position recomputed), notes keep their absolute position.

import { CARD_SIZE } from '../card'
import { phaseColumn } from '../geometry'
import { moveNote } from '../kinds/note'
import { moveTouchpointToPoint } from '../kinds/touchpoint'
import type { JourneyMap, Point } from '../types'

export interface DroppedNode {
  id: string
  type: 'touchpoint' | 'note'
  /** As React Flow reports it: relative to the parent phase column when there is one. */
  position: Point
  parentId?: string
}

export function dropNodes(map: JourneyMap, dragged: readonly DroppedNode[]): JourneyMap {
  let next = map
  for (const node of dragged) {
    if (node.type === 'touchpoint' && Object.hasOwn(map.touchpoints, node.id)) {
      const parentX = node.parentId ? (phaseColumn(map, node.parentId)?.x ?? 0) : 0
      const absolute = { x: Math.round(node.position.x + parentX), y: Math.round(node.position.y) }
      const centre = { x: absolute.x + CARD_SIZE.width / 2, y: absolute.y + CARD_SIZE.height / 2 }
      next = moveTouchpointToPoint(next, node.id, absolute, centre)
    } else if (node.type === 'note' && Object.hasOwn(map.notes, node.id)) {
      next = moveNote(next, node.id, {
        x: Math.round(node.position.x),
        y: Math.round(node.position.y),
      })
    }
  }
  return next
}
