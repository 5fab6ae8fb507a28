// Lane: a row across the phase columns (customer actions, frontstage, backstage, the emotion curve,
// a blueprint line…), in the order of `map.lanes`, stacked below the phase headers. A card in a
// lane stores its position relative to the cell (its column's left edge, its lane's top), so
// reordering, collapsing or resizing lanes carries their cards along without touching them.

import {
  LANE_LABEL_WIDTH,
  absolutePosition,
  columnsWidth,
  laneRow,
  withoutNegativeZero,
} from '../geometry'
import { newId } from '../ids'
import {
  assertFields,
  assertFinite,
  assertFreshId,
  assertPatch,
  mapRecords,
  patched,
} from '../records'
import { booleanRule, colorRule, idRule, oneOfRule, positiveNumberRule, stringRule } from '../rules'
import type { Id, JourneyMap } from '../types'
import { messagesFor } from '../i18n'
import { LANE_TYPES, isLineLane, type LaneType } from '../vocabulary'
import { defineKind, type FieldRules } from './kind'
import { indexIn, insertAt, moveTo, replaceIn } from './ordered'

export interface Lane {
  readonly id: Id
  readonly name: string
  readonly type: LaneType
  /** CSS hex colour `#rrggbb`: the lane's label and a light tint of its band. */
  readonly color: string
  /** Height of the band in canvas pixels while expanded (lines have a fixed height). */
  readonly height: number
  /** Collapsed lanes shrink to their label; their cards are hidden, not moved. */
  readonly collapsed: boolean
}

export const DEFAULT_LANE_HEIGHT = 180
/** Shorter lanes cannot show a card's title; operations and restore clamp to this. */
export const MIN_LANE_HEIGHT = 60
export const MAX_LANE_HEIGHT = 4000

/** Light, distinct lane colours (the band is a tint of it, the label the colour itself). */
export const LANE_COLORS = [
  '#64748b', // slate
  '#0ea5e9', // sky
  '#10b981', // emerald
  '#f59e0b', // amber
  '#ef4444', // red
  '#8b5cf6', // violet
  '#ec4899', // pink
  '#14b8a6', // teal
] as const

/** The colour and height a lane of this type starts with. */
const TYPE_DEFAULTS: Partial<Record<LaneType, { color: string; height: number }>> = {
  'pain-points': { color: '#ef4444', height: DEFAULT_LANE_HEIGHT },
  opportunities: { color: '#10b981', height: DEFAULT_LANE_HEIGHT },
  'emotion-curve': { color: '#8b5cf6', height: 200 },
  metrics: { color: '#0ea5e9', height: 132 },
  'line-of-interaction': { color: '#334155', height: MIN_LANE_HEIGHT },
  'line-of-visibility': { color: '#334155', height: MIN_LANE_HEIGHT },
  'line-of-internal-interaction': { color: '#334155', height: MIN_LANE_HEIGHT },
}

export const LANE_RULES = {
  id: idRule,
  name: stringRule,
  type: oneOfRule(LANE_TYPES),
  color: colorRule,
  height: positiveNumberRule,
  collapsed: booleanRule,
} as const satisfies FieldRules<Lane>

/**
 * A lane with every field filled; the name, colour and height follow its type unless given (the
 * name in English: a new lane from the editor is given its name in the person's language).
 */
export function createLane(partial: Partial<Lane> = {}, index = 0): Lane {
  const type = partial.type ?? 'text'
  const defaults = TYPE_DEFAULTS[type]
  return {
    id: partial.id ?? newId(),
    name: messagesFor('en').vocabulary.laneTypes[type],
    type,
    color: defaults?.color ?? LANE_COLORS[Math.abs(Math.trunc(index)) % LANE_COLORS.length]!,
    height: defaults?.height ?? DEFAULT_LANE_HEIGHT,
    collapsed: false,
    ...partial,
  }
}

function clampHeight(height: number): number {
  return withoutNegativeZero(Math.min(MAX_LANE_HEIGHT, Math.max(MIN_LANE_HEIGHT, height)))
}

export const laneKind = defineKind<Lane>({
  name: 'lane',
  nouns: ['lane', 'lanes'],
  collection: 'lanes',
  ordered: true,
  since: 2,
  fields: LANE_RULES,
  file: { listRequired: false, requiredFields: ['id', 'name'] },
  create: (partial, pass) => createLane(partial, pass?.index ?? 0),
  normalise(lane, report) {
    const height = clampHeight(lane.height)
    if (height === lane.height) return lane
    report(`lane "${lane.id}" was ${lane.height} tall; it is now ${height}`)
    return { ...lane, height }
  },
  update: (map, id, patch) => updateLane(map, id, patch),
  bounds(lane, map) {
    const row = laneRow(map, lane.id)
    if (!row) return null
    return { x: -LANE_LABEL_WIDTH, y: row.y, width: laneWidth(map), height: row.height }
  },
  migrations: [],
})

const requireLaneIndex = (map: JourneyMap, id: Id) => indexIn(map.lanes, id, 'unknown-lane', 'lane')

export function requireLane(map: JourneyMap, id: Id): Lane {
  return map.lanes[requireLaneIndex(map, id)] as Lane
}

/** Inserts a lane at `index` (default: last, i.e. the bottom row). */
export function addLane(map: JourneyMap, lane: Lane, index?: number): JourneyMap {
  assertFields('lane', String(lane.id), LANE_RULES, lane, Object.keys(LANE_RULES))
  assertFreshId(map, lane.id)
  const added = { ...lane, height: clampHeight(lane.height) }
  return { ...map, lanes: insertAt(map.lanes, added, index, 'lane') }
}

/** Changes some fields ('invalid-value' for a bad one); a height is clamped to the limits. */
export function updateLane(
  map: JourneyMap,
  id: Id,
  patch: Partial<Omit<Lane, 'id'>> & Readonly<Record<string, unknown>>,
): JourneyMap {
  const lane = requireLane(map, id)
  assertPatch('lane', lane, LANE_RULES, patch, { unchecked: ['height'] })
  const { height, ...rest } = patch
  if (height !== undefined) assertFinite('lane height', height)
  const clean = height === undefined ? rest : { ...rest, height: clampHeight(height) }
  const lanes = replaceIn(map.lanes, lane, patched(lane, clean))
  return lanes === map.lanes ? map : { ...map, lanes }
}

/** Moves a lane to `toIndex` (clamped) among the others; its cards go with it. */
export function moveLane(map: JourneyMap, id: Id, toIndex: number): JourneyMap {
  const lanes = moveTo(map.lanes, requireLaneIndex(map, id), toIndex, 'lane')
  return lanes === map.lanes ? map : { ...map, lanes }
}

/**
 * Removes a lane. Its cards stay where they are on the canvas, in no lane (as a deleted phase's
 * cards become unassigned), so nobody's work disappears with a row.
 */
export function deleteLane(map: JourneyMap, id: Id): JourneyMap {
  requireLane(map, id)
  // Positions are made absolute (in y) before the row disappears and the rows below move up.
  const touchpoints = mapRecords(map.touchpoints, (card) =>
    card.laneId === id
      ? {
          ...card,
          laneId: null,
          position: { x: card.position.x, y: absolutePosition(map, card).y },
        }
      : card,
  )
  return { ...map, touchpoints, lanes: map.lanes.filter((lane) => lane.id !== id) }
}

/** Lines are thin dividers whatever their stored height; collapsed lanes show just their label. */
export function isLine(lane: Lane): boolean {
  return isLineLane(lane.type)
}

/** A lane spans its label and every column; with few or no columns, still a usable band. */
export const MIN_LANE_SPAN = 480

export function laneWidth(map: JourneyMap): number {
  return LANE_LABEL_WIDTH + Math.max(columnsWidth(map), MIN_LANE_SPAN)
}

/** Space kept between a card and the bottom of its lane. */
export const LANE_PADDING = 12

/** A card's top within a lane: off the top edge, and low enough for the tallest lane to hold it. */
export function insideLane(cardTop: number, cardHeight: number): number {
  return Math.min(Math.max(LANE_PADDING, cardTop), MAX_LANE_HEIGHT - cardHeight - LANE_PADDING)
}

/** The lane grown (never shrunk) so that a card at `cardTop` (relative to it) fits inside. */
export function laneHolding(map: JourneyMap, laneId: Id, cardTop: number, cardHeight: number) {
  const lane = requireLane(map, laneId)
  const needed = cardTop + cardHeight + LANE_PADDING
  return needed > lane.height ? updateLane(map, laneId, { height: needed }) : map
}
