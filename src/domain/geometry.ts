// Layout maths of the canvas, free of React Flow so the server, exports and tests share it.
// Phases are columns laid left to right from x = 0 in array order, each `width` wide and starting
// at y = 0. A touchpoint's position is relative to its column's top-left corner, so reordering or
// resizing columns carries their cards along; unassigned touchpoints and notes are absolute.

import { JourneyError } from './errors'
import type { Id, JourneyMap, Lane, Phase, Point, Size } from './types'
import { isDrawnLane, isLineLane } from './vocabulary'

/** Height of the name band at the top of each column; cards are placed below it by default. */
export const PHASE_HEADER_HEIGHT = 56

/** Columns are at least this tall, and grow to hold their lowest card. */
export const DEFAULT_COLUMN_HEIGHT = 720

/** Space kept below the lowest card of a column. */
export const COLUMN_BOTTOM_PADDING = 40

export interface Rect {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** Whether two rectangles are the same place and size. */
export function sameRect(a: Rect, b: Rect): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height
}

export interface PhaseColumn {
  readonly phase: Phase
  readonly index: number
  /** Left edge on the canvas. */
  readonly x: number
  readonly width: number
}

/** Subtraction can produce -0, which JSON cannot keep; positions never hold it. */
export function withoutNegativeZero(value: number): number {
  return value === 0 ? 0 : value
}

export function phaseColumns(map: Pick<JourneyMap, 'phases'>): PhaseColumn[] {
  let x = 0
  return map.phases.map((phase, index) => {
    const column = { phase, index, x, width: phase.width }
    x += phase.width
    return column
  })
}

/** The total width of all columns (where the next column would start). */
export function columnsWidth(map: JourneyMap): number {
  return map.phases.reduce((sum, phase) => sum + phase.width, 0)
}

export function phaseColumn(map: JourneyMap, phaseId: Id): PhaseColumn | undefined {
  return phaseColumns(map).find((column) => column.phase.id === phaseId)
}

/**
 * The phase whose column contains canvas x, or null left of the first column and right of the
 * last. A column owns its left edge but not its right one, so a boundary belongs to one phase.
 */
export function phaseAtX(map: JourneyMap, x: number): Phase | null {
  if (!Number.isFinite(x)) return null
  const column = phaseColumns(map).find((c) => x >= c.x && x < c.x + c.width)
  return column?.phase ?? null
}

/** Width of the lane labels, drawn left of the first column. */
export const LANE_LABEL_WIDTH = 176
/** A collapsed lane shows only its label, this tall. */
export const COLLAPSED_LANE_HEIGHT = 36
/** A blueprint line is a labelled divider this tall, whatever its stored height. */
export const LINE_LANE_HEIGHT = 36

export interface LaneRow {
  readonly lane: Lane
  readonly index: number
  /** Top edge on the canvas. */
  readonly y: number
  /** As drawn: the stored height, or the collapsed / line height. */
  readonly height: number
}

export function drawnLaneHeight(lane: Lane): number {
  if (isLineLane(lane.type)) return LINE_LANE_HEIGHT
  return lane.collapsed ? COLLAPSED_LANE_HEIGHT : lane.height
}

/** Lanes stacked top to bottom from just below the phase headers, in list order. */
export function laneRows(map: Pick<JourneyMap, 'lanes'>): LaneRow[] {
  let y = PHASE_HEADER_HEIGHT
  return map.lanes.map((lane, index) => {
    const row = { lane, index, y, height: drawnLaneHeight(lane) }
    y += row.height
    return row
  })
}

export function laneRow(map: JourneyMap, laneId: Id): LaneRow | undefined {
  return laneRows(map).find((row) => row.lane.id === laneId)
}

/** Where the last lane ends (the header's bottom when there are none). */
export function lanesBottom(map: JourneyMap): number {
  return map.lanes.reduce((y, lane) => y + drawnLaneHeight(lane), PHASE_HEADER_HEIGHT)
}

/**
 * The lane a card dropped at canvas y joins: an expanded lane that holds cards (not a line, not
 * the curve or the metrics, which are drawn from the map), or null. A lane owns its top edge.
 */
export function laneAtY(map: JourneyMap, y: number): Lane | null {
  if (!Number.isFinite(y)) return null
  const row = laneRows(map).find((r) => y >= r.y && y < r.y + r.height)
  if (!row || row.lane.collapsed || isLineLane(row.lane.type) || isDrawnLane(row.lane.type)) {
    return null
  }
  return row.lane
}

/** Where something placed in a (phase, lane) cell sits: its column, its lane, its position. */
export interface Placed {
  readonly phaseId: Id | null
  readonly laneId?: Id | null
  readonly position: Point
}

/**
 * Where a card sits on the canvas. A card whose phase or lane is missing (a map that has not been
 * through restore) is drawn as if it had none rather than refused, so rendering never fails.
 */
export function absolutePosition(map: JourneyMap, placed: Placed): Point {
  return absolutePositions(map)(placed)
}

/**
 * `absolutePosition` for many records of one map: the columns and rows are laid out once, not
 * once per record — for every card of a 2,000-card map that was 2,000 layouts of the columns on
 * each keystroke (the emotion curve, insight lanes and workshop badges place every card).
 */
export function absolutePositions(map: JourneyMap): (placed: Placed) => Point {
  const { columnX, rowY } = gridOf(map)
  return ({ phaseId, laneId, position }) => {
    const x = phaseId === null ? undefined : columnX.get(phaseId)
    const y = laneId === null || laneId === undefined ? undefined : rowY.get(laneId)
    if (x === undefined && y === undefined) return position
    return { x: (x ?? 0) + position.x, y: (y ?? 0) + position.y }
  }
}

interface Grid {
  readonly columnX: ReadonlyMap<Id, number>
  readonly rowY: ReadonlyMap<Id, number>
}

/**
 * `compute(a, b)` once per pair of objects (kept while both are alive): what is worked out from a
 * map's immutable parts, asked again for each card.
 */
function cachedPerPair<A extends object, B extends object, T>(
  compute: (a: A, b: B) => T,
): (a: A, b: B) => T {
  const cache = new WeakMap<A, WeakMap<B, { value: T }>>()
  return (a, b) => {
    let byB = cache.get(a)
    if (!byB) cache.set(a, (byB = new WeakMap()))
    let hit = byB.get(b)
    if (!hit) byB.set(b, (hit = { value: compute(a, b) }))
    return hit.value
  }
}

/**
 * Where each column and lane starts, laid out once per phases and lanes (the arrays themselves,
 * which an edit of a card leaves as they are): `mapBounds` places every card with it, and the
 * canvas works out the map's bounds on each keystroke (culling.ts).
 */
const gridFor = cachedPerPair((phases: readonly Phase[], lanes: readonly Lane[]): Grid => ({
  columnX: new Map(phaseColumns({ phases }).map((column) => [column.phase.id, column.x])),
  rowY: new Map(laneRows({ lanes }).map((row) => [row.lane.id, row.y])),
}))

const gridOf = (map: JourneyMap) => gridFor(map.phases, map.lanes)

/** Converts a canvas point to a position relative to a phase column (unchanged for null). */
export function relativeTo(map: JourneyMap, phaseId: Id | null, point: Point): Point {
  return relativeToCell(map, phaseId, null, point)
}

/** Converts a canvas point to a position relative to a (phase, lane) cell; null: that axis is absolute. */
export function relativeToCell(
  map: JourneyMap,
  phaseId: Id | null,
  laneId: Id | null,
  point: Point,
): Point {
  let { x, y } = point
  if (phaseId !== null) {
    const column = phaseColumn(map, phaseId)
    if (!column) throw new JourneyError('unknown-phase', `unknown phase "${phaseId}"`)
    x -= column.x
  }
  if (laneId !== null) {
    const row = laneRow(map, laneId)
    if (!row) throw new JourneyError('unknown-lane', `unknown lane "${laneId}"`)
    y -= row.y
  }
  return { x: withoutNegativeZero(x), y: withoutNegativeZero(y) }
}

/**
 * How tall the columns are drawn: the default, or enough to hold every lane and assigned card.
 * Worked out once per map and card size: every column of a map has the same, asked once each.
 */
export const columnHeight: (map: JourneyMap, cardSize: Size) => number =
  cachedPerPair(measureColumnHeight)

function measureColumnHeight(map: JourneyMap, cardSize: Size): number {
  const rows = laneRows(map)
  const laneTop = new Map(rows.map((row) => [row.lane.id, row.y]))
  // With lanes, the columns end with the last lane; without, they keep a comfortable default.
  let height = map.lanes.length > 0 ? lanesBottom(map) : DEFAULT_COLUMN_HEIGHT
  const collapsed = new Set(rows.filter((row) => row.lane.collapsed).map((row) => row.lane.id))
  for (const touchpoint of Object.values(map.touchpoints)) {
    if (touchpoint.phaseId === null) continue
    // A collapsed lane's cards are hidden: they do not stretch the columns.
    if (touchpoint.laneId !== null && collapsed.has(touchpoint.laneId)) continue
    const top = touchpoint.laneId === null ? 0 : (laneTop.get(touchpoint.laneId) ?? 0)
    const bottom = top + touchpoint.position.y + cardSize.height + COLUMN_BOTTOM_PADDING
    if (bottom > height) height = bottom
  }
  return height
}

/**
 * Two touchpoints in reading order: the one further left first (absolute x), then the higher one
 * (y), then the given order. Cards stacked in one column (their spans across x overlap by more
 * than half a card) read top to bottom even when one sits a few pixels further left. What `C`
 * connects, so an arrow runs left to right (or down a column) across the map.
 */
export function inReadingOrder(map: JourneyMap, a: Id, b: Id, cardSize: Size): [Id, Id] {
  const ta = Object.hasOwn(map.touchpoints, a) ? map.touchpoints[a] : undefined
  const tb = Object.hasOwn(map.touchpoints, b) ? map.touchpoints[b] : undefined
  if (!ta || !tb) return [a, b]
  const pa = absolutePosition(map, ta)
  const pb = absolutePosition(map, tb)
  const overlap = Math.min(pa.x, pb.x) + cardSize.width - Math.max(pa.x, pb.x)
  const stacked = overlap > cardSize.width / 2
  const before = stacked
    ? pb.y < pa.y || (pb.y === pa.y && pb.x < pa.x)
    : pb.x < pa.x || (pb.x === pa.x && pb.y < pa.y)
  return before ? [b, a] : [a, b]
}

/**
 * How an edge between two cards leaves and enters them: 'side' (right edge → left edge) when
 * the target is beside the source; 'down' (bottom → top) or 'up' (top → bottom) when the two
 * cards share a column (their spans across x overlap by more than half a card), where a side
 * route would loop out of the right handle and run behind the cards.
 */
export type EdgeRoute = 'side' | 'down' | 'up'

export function edgeRoute(map: JourneyMap, sourceId: Id, targetId: Id, cardSize: Size): EdgeRoute {
  const source = Object.hasOwn(map.touchpoints, sourceId) ? map.touchpoints[sourceId] : undefined
  const target = Object.hasOwn(map.touchpoints, targetId) ? map.touchpoints[targetId] : undefined
  if (!source || !target) return 'side'
  const a = absolutePosition(map, source)
  const b = absolutePosition(map, target)
  const overlap = Math.min(a.x, b.x) + cardSize.width - Math.max(a.x, b.x)
  if (overlap <= cardSize.width / 2) return 'side'
  // Stacked cards that also overlap vertically have no clear gap to route through.
  if (Math.abs(a.y - b.y) < cardSize.height) return 'side'
  return b.y > a.y ? 'down' : 'up'
}
