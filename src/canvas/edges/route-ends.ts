import { useCallback } from 'react'
import { Position, useStore, type InternalNode, type ReactFlowState } from '@xyflow/react'
import type { EdgeRoute } from '../../domain/geometry'

export interface EdgeEnds {
  sourceX: number
  sourceY: number
  targetX: number
  targetY: number
  sourcePosition: Position
  targetPosition: Position
}

/** The ends of a column step from its two cards' live boxes (null while either is unknown). */
export function columnEnds(
  route: Exclude<EdgeRoute, 'side'>,
  from: InternalNode | undefined,
  to: InternalNode | undefined,
): EdgeEnds | null {
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

/**
 * Ends closer than this (canvas px) count as the same: React Flow measures the handles it was
 * told about once the cards are drawn, and the measurement differs from the declared handles in
 * the thousandths (card-handles.ts), which re-rendered every edge of the map once more at open.
 */
const SAME_END = 0.01

/** Whether a step drawn between `a`'s ends and one between `b`'s look the same. */
export function endsMatch(a: EdgeEnds, b: EdgeEnds): boolean {
  const near = (p: number, q: number) => Math.abs(p - q) < SAME_END
  return (
    a.sourcePosition === b.sourcePosition &&
    a.targetPosition === b.targetPosition &&
    near(a.sourceX, b.sourceX) &&
    near(a.sourceY, b.sourceY) &&
    near(a.targetX, b.targetX) &&
    near(a.targetY, b.targetY)
  )
}

/** Same ends, so the step need not be drawn again (its cards changed in something else). */
export function sameEnds(a: EdgeEnds | null, b: EdgeEnds | null): boolean {
  if (a === null || b === null) return a === b
  return endsMatch(a, b)
}

/**
 * Where a step between two cards of one column starts and ends: the middle of the upper card's
 * bottom and of the lower card's top, so the arrow never loops out of the side and behind the
 * cards. Computed from the cards' live boxes rather than from extra handles: four invisible
 * <Handle>s per card were 4,000 elements and 4,000 React Flow store subscriptions on a
 * 1,000-card map, each run on every drag frame. One subscription per column step, not one per
 * card at either end: every subscription's selector runs on every change of React Flow's store
 * (each drag frame, each keystroke's new nodes), and the step is drawn again only when its ends
 * move, not whenever something else about either card changes (its title, its selection).
 * Side-to-side steps use React Flow's own ends (the cards' left and right handles) and do not
 * subscribe to the cards.
 */
export function useColumnEnds(
  route: Exclude<EdgeRoute, 'side'>,
  source: string,
  target: string,
): EdgeEnds | null {
  const select = useCallback(
    (state: ReactFlowState) =>
      columnEnds(route, state.nodeLookup.get(source), state.nodeLookup.get(target)),
    [route, source, target],
  )
  return useStore(select, sameEnds)
}
