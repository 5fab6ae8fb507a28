// Where new things go: a new card into the selected phase (or the one in view), below the cards
// already there; a new phase after the selected one; a note in free space near the middle of the
// view, never over a card. And which rectangle to bring into view once they are there.

import { CARD_GAP, CARD_SIZE } from './card'
import {
  PHASE_HEADER_HEIGHT,
  absolutePosition,
  absolutePositions,
  phaseAtX,
  phaseColumn,
  type Rect,
} from './geometry'
import type { Id, JourneyMap, Point, Size } from './types'
import { isBehindTheScenes, isDrawnLane, isLineLane } from './vocabulary'

export function phaseForNewCard(
  map: JourneyMap,
  selection: ReadonlySet<string>,
  center: Point | null,
): Id | null {
  const selectedPhase = map.phases.find((phase) => selection.has(phase.id))
  if (selectedPhase) return selectedPhase.id
  for (const id of selection) {
    const card = map.touchpoints[id]
    if (card && Object.hasOwn(map.touchpoints, id) && card.phaseId) return card.phaseId
  }
  if (center) {
    const under = phaseAtX(map, center.x)
    if (under) return under.id
  }
  return map.phases[0]?.id ?? null
}

/**
 * A position (relative to the cell) below the lowest card of the column's cell in `laneId` (no
 * lane: the cards in no lane), centred in the column.
 */
export function freeSpotInPhase(map: JourneyMap, phaseId: Id, laneId: Id | null = null): Point {
  const column = phaseColumn(map, phaseId)
  const width = column?.width ?? CARD_SIZE.width
  let y = laneId === null ? PHASE_HEADER_HEIGHT + CARD_GAP : CARD_GAP / 2
  for (const card of Object.values(map.touchpoints)) {
    if (card.phaseId !== phaseId || card.laneId !== laneId) continue
    y = Math.max(y, card.position.y + CARD_SIZE.height + CARD_GAP)
  }
  return { x: Math.max(8, Math.round((width - CARD_SIZE.width) / 2)), y }
}

export function phaseInsertIndex(map: JourneyMap, selection: ReadonlySet<string>): number {
  const index = map.phases.findIndex((phase) => selection.has(phase.id))
  return index === -1 ? map.phases.length : index + 1
}

function overlaps(a: Rect, b: Rect, gap: number): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  )
}

/** Every card and note as drawn on the canvas (absolute rectangles). */
function occupied(map: JourneyMap): Rect[] {
  const rects: Rect[] = []
  const placed = absolutePositions(map)
  for (const card of Object.values(map.touchpoints)) {
    rects.push({ ...placed(card), ...CARD_SIZE })
  }
  for (const note of Object.values(map.notes)) rects.push({ ...note.position, ...note.size })
  return rects
}

/**
 * The top-left corner for a new note of `size`: centred on `center` when that space is free,
 * otherwise the nearest spot (on a 24 px grid, searched ring by ring outwards) that covers no card
 * and no other note, with a small gap. Far out (nothing free within 60 rings) it gives the centre.
 */
export function freeSpotForNote(map: JourneyMap, center: Point, size: Size): Point {
  const step = 24
  const gap = 12
  const origin = {
    x: Math.round(center.x - size.width / 2),
    y: Math.round(center.y - size.height / 2),
  }
  const taken = occupied(map)
  const fits = (point: Point) => {
    const rect = { ...point, ...size }
    return taken.every((other) => !overlaps(rect, other, gap))
  }
  if (fits(origin)) return origin
  for (let ring = 1; ring <= 60; ring++) {
    let best: Point | null = null
    let bestDistance = Infinity
    for (let i = -ring; i <= ring; i++) {
      for (const [dx, dy] of [
        [i, -ring],
        [i, ring],
        [-ring, i],
        [ring, i],
      ] as const) {
        const point = { x: origin.x + dx * step, y: origin.y + dy * step }
        const distance = Math.hypot(dx, dy)
        if (distance < bestDistance && fits(point)) {
          best = point
          bestDistance = distance
        }
      }
    }
    if (best) return best
  }
  return origin
}

/** A phase column's header band (what to bring into view when the phase is new). */
export function phaseRect(map: JourneyMap, phaseId: Id): Rect | null {
  const column = phaseColumn(map, phaseId)
  if (!column) return null
  return { x: column.x, y: 0, width: column.width, height: PHASE_HEADER_HEIGHT + CARD_SIZE.height }
}

/** Where a touchpoint is drawn, or null when the map has no such touchpoint. */
export function touchpointRect(map: JourneyMap, id: Id): Rect | null {
  const card = Object.hasOwn(map.touchpoints, id) ? map.touchpoints[id] : undefined
  return card ? { ...absolutePosition(map, card), ...CARD_SIZE } : null
}

/** The smallest rectangle holding all of `rects`, or null for none. */
export function unionRect(rects: readonly (Rect | null)[]): Rect | null {
  let out: Rect | null = null
  for (const rect of rects) {
    if (!rect) continue
    if (!out) {
      out = rect
      continue
    }
    const x = Math.min(out.x, rect.x)
    const y = Math.min(out.y, rect.y)
    out = {
      x,
      y,
      width: Math.max(out.x + out.width, rect.x + rect.width) - x,
      height: Math.max(out.y + out.height, rect.y + rect.height) - y,
    }
  }
  return out
}

/**
 * How the view must move to show `target` inside `visible` (both in canvas units), keeping
 * `margin` around it: null when it is already in view, else the point to centre on. A target
 * larger than the view is aligned on its top-left corner.
 */
export function revealCenter(visible: Rect, target: Rect, margin = 24): Point | null {
  const inside =
    target.x >= visible.x + margin &&
    target.y >= visible.y + margin &&
    target.x + target.width <= visible.x + visible.width - margin &&
    target.y + target.height <= visible.y + visible.height - margin
  if (inside) return null
  const cx =
    target.width + 2 * margin > visible.width
      ? target.x - margin + visible.width / 2
      : target.x + target.width / 2
  const cy =
    target.height + 2 * margin > visible.height
      ? target.y - margin + visible.height / 2
      : target.y + target.height / 2
  return { x: cx, y: cy }
}

/**
 * The lane a new customer card goes into when nobody chose one: the map's Touchpoints lane, else
 * its customer-actions lane, else its first lane that holds cards; null for a map without lanes.
 */
export function defaultCardLane(map: JourneyMap): Id | null {
  const holding = map.lanes.filter(
    (lane) => !isLineLane(lane.type) && !isDrawnLane(lane.type) && !lane.collapsed,
  )
  const customer = holding.filter((lane) => !isBehindTheScenes(lane.type))
  const lane =
    customer.find((l) => l.type === 'touchpoints') ??
    customer.find((l) => l.type === 'customer-actions') ??
    customer[0] ??
    holding[0]
  return lane?.id ?? null
}

/** A new card's lane: a selected lane, else the lane of a selected card, else the default. */
export function laneForNewCard(map: JourneyMap, selection: ReadonlySet<string>): Id | null {
  const selected = map.lanes.find(
    (lane) => selection.has(lane.id) && !isLineLane(lane.type) && !isDrawnLane(lane.type),
  )
  if (selected) return selected.id
  for (const id of selection) {
    const card = Object.hasOwn(map.touchpoints, id) ? map.touchpoints[id] : undefined
    if (card?.laneId) return card.laneId
  }
  return defaultCardLane(map)
}
