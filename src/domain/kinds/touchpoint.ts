// Touchpoint: a card of the journey, something the customer meets. Its position is relative to
// its phase column (absolute while unassigned); `moveTouchpointToPoint` is the canvas drop, which
// picks the column under it.

import {
  PHASE_HEADER_HEIGHT,
  absolutePosition,
  columnsWidth,
  phaseAtX,
  relativeTo,
  withoutNegativeZero,
} from '../geometry'
import { newId } from '../ids'
import { freeSpotInPhase } from '../placement'
import {
  assertFields,
  assertFinite,
  assertFreshId,
  assertPatch,
  cleanPoint,
  patched,
  replaceRecord,
  requireAll,
  requireRecord,
  withRecord,
  withoutRecords,
} from '../records'
import {
  emotionRule,
  idRule,
  oneOfRule,
  phaseRefRule,
  pointRule,
  stringArrayRule,
  stringRule,
} from '../rules'
import type { Id, JourneyMap, Point } from '../types'
import {
  CHANNELS,
  DEFAULT_KIND_BY_CHANNEL,
  EMOTION_COLORS,
  TOUCHPOINT_KINDS,
  type Channel,
  type Emotion,
  type TouchpointKind,
} from '../vocabulary'
import { edgesTouching } from './edge'
import { defineKind, type FieldRules } from './kind'
import { requirePhase } from './phase'

export interface Touchpoint {
  readonly id: Id
  readonly title: string
  readonly description: string
  /** The phase column it sits in, or null while unassigned (e.g. after its phase was deleted). */
  readonly phaseId: Id | null
  readonly channel: Channel
  readonly kind: TouchpointKind
  readonly emotion: Emotion
  readonly painPoints: readonly string[]
  readonly opportunities: readonly string[]
  readonly owner: string
  readonly tags: readonly string[]
  /** Relative to the phase column's top-left corner, or absolute on the canvas when unassigned. */
  readonly position: Point
}

export const DEFAULT_TOUCHPOINT_TITLE = 'New touchpoint'
export const DEFAULT_CHANNEL: Channel = 'website'
/** A new card sits just below the column header, with a small margin. */
export const DEFAULT_TOUCHPOINT_POSITION: Point = { x: 24, y: PHASE_HEADER_HEIGHT + 24 }
/** Vertical step between restored cards that had no position, so they do not pile up. */
const STACK_STEP = 150

export const TOUCHPOINT_RULES = {
  id: idRule,
  title: stringRule,
  description: stringRule,
  phaseId: phaseRefRule,
  channel: oneOfRule(CHANNELS),
  kind: oneOfRule(TOUCHPOINT_KINDS),
  emotion: emotionRule,
  painPoints: stringArrayRule,
  opportunities: stringArrayRule,
  owner: stringRule,
  tags: stringArrayRule,
  position: pointRule,
} as const satisfies FieldRules<Touchpoint>

/** The kind follows the channel (a store is physical) unless given. */
export function createTouchpoint(partial: Partial<Touchpoint> = {}): Touchpoint {
  const channel = partial.channel ?? DEFAULT_CHANNEL
  return {
    id: partial.id ?? newId(),
    title: DEFAULT_TOUCHPOINT_TITLE,
    description: '',
    phaseId: null,
    channel,
    kind: DEFAULT_KIND_BY_CHANNEL[channel],
    emotion: 0,
    painPoints: [],
    opportunities: [],
    owner: '',
    tags: [],
    position: DEFAULT_TOUCHPOINT_POSITION,
    ...partial,
  }
}

export const touchpointKind = defineKind<Touchpoint>({
  name: 'touchpoint',
  nouns: ['touchpoint', 'touchpoints'],
  collection: 'touchpoints',
  ordered: false,
  fields: TOUCHPOINT_RULES,
  file: { listRequired: true, requiredFields: ['id', 'title'] },
  create(partial, pass) {
    if (partial.position !== undefined || pass === undefined) return createTouchpoint(partial)
    // Cards without a position are stacked down their column, one step apart.
    const key = `stack:${partial.phaseId ?? ''}`
    const n = (pass.scratch.get(key) as number | undefined) ?? 0
    pass.scratch.set(key, n + 1)
    const { x, y } = DEFAULT_TOUCHPOINT_POSITION
    return createTouchpoint({ ...partial, position: { x, y: y + n * STACK_STEP } })
  },
  normalise(touchpoint) {
    const position = cleanPoint(touchpoint.position)
    const emotion = withoutNegativeZero(touchpoint.emotion) as Emotion
    const same = (a: number, b: number) => Object.is(a, b)
    if (
      same(position.x, touchpoint.position.x) &&
      same(position.y, touchpoint.position.y) &&
      same(emotion, touchpoint.emotion)
    ) {
      return touchpoint
    }
    return { ...touchpoint, position, emotion }
  },
  dependsOn: ['phases'],
  resolve(touchpoint, map) {
    const { phaseId } = touchpoint
    if (phaseId === null || map.phases.some((phase) => phase.id === phaseId)) {
      return { record: touchpoint }
    }
    // Right of the last column, where it overlaps no other phase.
    const position = cleanPoint({
      x: columnsWidth(map) + touchpoint.position.x,
      y: touchpoint.position.y,
    })
    return {
      record: { ...touchpoint, phaseId: null, position },
      repair: `touchpoint "${touchpoint.id}" was in phase "${phaseId}", which does not exist; it is now unassigned, right of the last phase`,
    }
  },
  update: (map, id, patch) => updateTouchpoint(map, id, patch),
  bounds(touchpoint, map, cardSize) {
    const { x, y } = absolutePosition(map, touchpoint)
    return { x, y, width: cardSize.width, height: cardSize.height }
  },
  // The colour of the card's top border: its emotion.
  thumbnail: { shape: 'box', colour: (touchpoint) => EMOTION_COLORS[touchpoint.emotion] },
  tally: (touchpoint) => ({ painPoints: touchpoint.painPoints.length }),
  migrations: [],
})

export function requireTouchpoint(map: JourneyMap, id: Id): Touchpoint {
  return requireRecord(map.touchpoints, id, 'unknown-touchpoint', 'touchpoint')
}

const replaceTouchpoint = (map: JourneyMap, before: Touchpoint, after: Touchpoint) =>
  replaceRecord(map, 'touchpoints', before, after)

/** Any fields but the id; unknown fields are kept on the record. */
export type TouchpointPatch = Partial<Omit<Touchpoint, 'id'>>

const ALL_FIELDS = Object.keys(TOUCHPOINT_RULES)

function assertPhaseRef(map: JourneyMap, phaseId: Id | null): void {
  if (phaseId !== null) requirePhase(map, phaseId)
}

export function addTouchpoint(map: JourneyMap, touchpoint: Touchpoint): JourneyMap {
  assertFields('touchpoint', String(touchpoint.id), TOUCHPOINT_RULES, touchpoint, ALL_FIELDS)
  assertFreshId(map, touchpoint.id)
  assertPhaseRef(map, touchpoint.phaseId)
  const added = { ...touchpoint, position: cleanPoint(touchpoint.position) }
  return { ...map, touchpoints: withRecord(map.touchpoints, added.id, added) }
}

/**
 * Changes some fields, checked against the vocabulary ('invalid-value' otherwise). A new phaseId
 * keeps the position as it is, i.e. relative to the new column; use the move functions to move.
 */
export function updateTouchpoint(map: JourneyMap, id: Id, patch: TouchpointPatch): JourneyMap {
  const touchpoint = requireTouchpoint(map, id)
  assertPatch('touchpoint', touchpoint, TOUCHPOINT_RULES, patch)
  if (patch.phaseId !== undefined) assertPhaseRef(map, patch.phaseId)
  const clean = patch.position ? { ...patch, position: cleanPoint(patch.position) } : patch
  return replaceTouchpoint(map, touchpoint, patched(touchpoint, clean))
}

/**
 * Sets the position, relative to `phaseId` when given (null: absolute, unassigned) or to the
 * touchpoint's current phase when omitted.
 */
export function moveTouchpoint(
  map: JourneyMap,
  id: Id,
  position: Point,
  phaseId?: Id | null,
): JourneyMap {
  const touchpoint = requireTouchpoint(map, id)
  assertFinite(`position of touchpoint "${id}"`, position.x, position.y)
  const nextPhaseId = phaseId === undefined ? touchpoint.phaseId : phaseId
  assertPhaseRef(map, nextPhaseId)
  const next = patched(touchpoint, { position: cleanPoint(position), phaseId: nextPhaseId })
  return replaceTouchpoint(map, touchpoint, next)
}

/**
 * A canvas drop: the card's top-left lands at `absolutePoint`, and it joins the phase whose column
 * contains `probe` (default: the same point; the canvas may pass the card's centre instead), or
 * becomes unassigned outside every column.
 */
export function moveTouchpointToPoint(
  map: JourneyMap,
  id: Id,
  absolutePoint: Point,
  probe: Point = absolutePoint,
): JourneyMap {
  requireTouchpoint(map, id)
  assertFinite(`drop point of touchpoint "${id}"`, absolutePoint.x, absolutePoint.y)
  const phaseId = phaseAtX(map, probe.x)?.id ?? null
  return moveTouchpoint(map, id, relativeTo(map, phaseId, absolutePoint), phaseId)
}

/** Removes touchpoints and every edge from or to them. */
export function deleteTouchpoints(map: JourneyMap, ids: Iterable<Id>): JourneyMap {
  const doomed = requireAll(ids, (id) => requireTouchpoint(map, id))
  if (doomed.size === 0) return map
  const doomedEdges = edgesTouching(map, doomed)
  return {
    ...map,
    touchpoints: withoutRecords(map.touchpoints, doomed),
    edges: doomedEdges.size > 0 ? withoutRecords(map.edges, doomedEdges) : map.edges,
  }
}

/**
 * Puts a card into another phase (below the cards already there) or takes it out of every phase
 * (where it is now on the canvas, so it stays put).
 */
export function setTouchpointPhase(map: JourneyMap, id: Id, phaseId: Id | null): JourneyMap {
  const touchpoint = requireTouchpoint(map, id)
  if (touchpoint.phaseId === phaseId) return map
  if (phaseId !== null) requirePhase(map, phaseId)
  const position =
    phaseId === null ? absolutePosition(map, touchpoint) : freeSpotInPhase(map, phaseId)
  return moveTouchpoint(map, id, position, phaseId)
}

/**
 * Changes the channel. The kind follows it (a store is physical) unless someone chose a kind the
 * old channel does not suggest: that choice is kept.
 */
export function setTouchpointChannel(map: JourneyMap, id: Id, channel: Channel): JourneyMap {
  const touchpoint = requireTouchpoint(map, id)
  const followsChannel = touchpoint.kind === DEFAULT_KIND_BY_CHANNEL[touchpoint.channel]
  const patch = followsChannel ? { channel, kind: DEFAULT_KIND_BY_CHANNEL[channel] } : { channel }
  return updateTouchpoint(map, id, patch)
}
