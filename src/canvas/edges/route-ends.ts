import { Position, useInternalNode } from '@xyflow/react'
import type { EdgeRoute } from '../../domain/geometry'

export interface EdgeEnds {
  sourceX: number
  sourceY: number
  targetX: number
  targetY: number
  sourcePosition: Position
  targetPosition: Position
}

/**
 * Where a step between two cards of one column starts and ends: the middle of the upper card's
 * bottom and of the lower card's top, so the arrow never loops out of the side and behind the
 * cards. Computed from the cards' live boxes rather than from extra handles: four invisible
 * <Handle>s per card were 4,000 elements and 4,000 React Flow store subscriptions on a
 * 1,000-card map, each run on every drag frame. Side-to-side steps use React Flow's own ends
 * (the cards' left and right handles) and do not subscribe to the cards.
 */
export function useColumnEnds(
  route: Exclude<EdgeRoute, 'side'>,
  source: string,
  target: string,
): EdgeEnds | null {
  const from = useInternalNode(source)
  const to = useInternalNode(target)
  if (!from || !to) return null
  const down = route === 'down'
  const a = from.internals.positionAbsolute
  const b = to.internals.positionAbsolute
  const aWidth = from.measured.width ?? 0
  const bWidth = to.measured.width ?? 0
  return {
    sourceX: a.x + aWidth / 2,
    sourceY: down ? a.y + (from.measured.height ?? 0) : a.y,
    targetX: b.x + bWidth / 2,
    targetY: down ? b.y : b.y + (to.measured.height ?? 0),
    sourcePosition: down ? Position.Bottom : Position.Top,
    targetPosition: down ? Position.Top : Position.Bottom,
  }
}
