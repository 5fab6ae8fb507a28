// Touchpoint: a card of the journey, something the customer meets. Its position is relative to
// its phase column (absolute while unassigned); `moveTouchpointToPoint` is the canvas drop, which
// picks the column under it.

import {
  PHASE_HEADER_HEIGHT,
  absolutePosition,
  columnsWidth,
  laneAtY,
  phaseAtX,
  relativeToCell,
  withoutNegativeZero,
} from '../geometry'
import { CARD_SIZE } from '../card'
import { JourneyError } from '../errors'
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
  fieldProblems,
  idArrayRule,
  idRule,
  oneOfRule,
  personaEmotionsRule,
  phaseRefRule,
  pointRule,
  refRule,
  stringArrayRule,
  stringRule,
} from '../rules'
import type { Id, JourneyMap, Point } from '../types'
import {
  CHANNELS,
  DEFAULT_KIND_BY_CHANNEL,
  EMOTION_COLORS,
  EVIDENCE_STATUSES,
  TOUCHPOINT_KINDS,
  type Channel,
  type Emotion,
  type EvidenceStatus,
  type TouchpointKind,
} from '../vocabulary'
import { edgesTouching } from './edge'
import { defineKind, movedAside, type FieldRules } from './kind'
import { LANE_PADDING, insideLane, laneHolding, requireLane } from './lane'
import { metricsWithoutTouchpoints } from './metric'
import { requirePhase } from './phase'
import { commands } from '../i18n/en/commands'

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
  /** The lane (row) it sits in, or null: then its y is measured from the top of the canvas. */
  readonly laneId: Id | null
  /** The personas it applies to; empty: all of them. */
  readonly personaIds: readonly Id[]
  /** How each persona feels here, as-is (`emotion`) and to-be (`target`); else the card's emotion. */
  readonly personaEmotions: readonly PersonaEmotion[]
  /** How sure the team is: assumed (a guess), observed (seen in research), validated. */
  readonly evidence: EvidenceStatus
  /** Where the evidence comes from: interview, analytics, a URL… */
  readonly evidenceSource: string
  /**
   * Relative to its cell: x from its phase column's left edge, y from its lane's top; an axis
   * without a phase (or lane) is measured from the canvas origin.
   */
  readonly position: Point
}

export interface PersonaEmotion {
  readonly personaId: Id
  readonly emotion?: Emotion
  readonly target?: Emotion
}

/** English; commands pass the title in the interface language (`commands.newTouchpointTitle`). */
export const DEFAULT_TOUCHPOINT_TITLE = commands.newTouchpointTitle
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
  laneId: refRule,
  personaIds: idArrayRule,
  personaEmotions: personaEmotionsRule,
  evidence: oneOfRule(EVIDENCE_STATUSES),
  evidenceSource: stringRule,
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
    laneId: null,
    personaIds: [],
    personaEmotions: [],
    evidence: 'assumed',
    evidenceSource: '',
    position: DEFAULT_TOUCHPOINT_POSITION,
    ...partial,
  }
}

/** The fields version 2 gave cards, as every version-1 card gets them. */
const V2_DEFAULTS = {
  laneId: null,
  personaIds: [],
  personaEmotions: [],
  evidence: 'assumed',
  evidenceSource: '',
} as const

export const touchpointKind = defineKind<Touchpoint>({
  name: 'touchpoint',
  nouns: ['touchpoint', 'touchpoints'],
  collection: 'touchpoints',
  ordered: false,
  fields: TOUCHPOINT_RULES,
  file: { listRequired: true, requiredFields: ['id', 'title'] },
  sparseFields: [
    'description',
    'phaseId',
    'emotion',
    'painPoints',
    'opportunities',
    'owner',
    'tags',
    'laneId',
    'personaIds',
    'personaEmotions',
    'evidence',
    'evidenceSource',
  ],
  create(partial, pass) {
    if (partial.position !== undefined || pass === undefined) return createTouchpoint(partial)
    // Cards without a position are stacked down their column, one step apart.
    const key = `stack:${partial.phaseId ?? ''}:${partial.laneId ?? ''}`
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
  dependsOn: ['phases', 'lanes', 'personas'],
  resolvesAlone: true,
  resolve(touchpoint, map) {
    const repairs: string[] = []
    let record = touchpoint
    const { phaseId, laneId } = touchpoint
    if (phaseId !== null && !map.phases.some((phase) => phase.id === phaseId)) {
      // Right of the last column, where it overlaps no other phase.
      const position = cleanPoint({
        x: columnsWidth(map) + record.position.x,
        y: record.position.y,
      })
      record = { ...record, phaseId: null, position }
      repairs.push(
        `touchpoint "${touchpoint.id}" was in phase "${phaseId}", which does not exist; it is now unassigned, right of the last phase`,
      )
    }
    if (laneId !== null && !map.lanes.some((lane) => lane.id === laneId)) {
      record = { ...record, laneId: null }
      repairs.push(
        `touchpoint "${touchpoint.id}" was in lane "${laneId}", which does not exist; it is now in no lane`,
      )
    }
    const personas = new Set(map.personas.map((persona) => persona.id))
    const strays = [
      ...record.personaIds,
      ...record.personaEmotions.map((entry) => entry.personaId),
    ].filter((id) => !personas.has(id))
    if (strays.length > 0) {
      record = {
        ...record,
        personaIds: record.personaIds.filter((id) => personas.has(id)),
        personaEmotions: record.personaEmotions.filter((entry) => personas.has(entry.personaId)),
      }
      repairs.push(
        `touchpoint "${touchpoint.id}" named personas that do not exist (${[...new Set(strays)].join(', ')}); they were left out`,
      )
    }
    return repairs.length > 0 ? { record, repair: repairs.join('; ') } : { record }
  },
  update: (map, id, patch) => updateTouchpoint(map, id, patch),
  bounds(touchpoint, map, cardSize) {
    const { x, y } = absolutePosition(map, touchpoint)
    return { x, y, width: cardSize.width, height: cardSize.height }
  },
  // The colour of the card's top border: its emotion.
  thumbnail: { shape: 'box', colour: (touchpoint) => EMOTION_COLORS[touchpoint.emotion] },
  tally: (touchpoint) => ({ painPoints: touchpoint.painPoints.length }),
  migrations: [
    {
      // Version 2 added lanes, personas and evidence. A version-1 card sits in no lane, applies
      // to every persona and is an assumption until someone says otherwise; its y (measured from
      // the top of the canvas) keeps meaning exactly what it meant.
      to: 2,
      up(card) {
        // A value another tool wrote under one of these names is kept as it is when it already
        // means what version 2 means, and kept aside (x-v1-…) when it does not.
        const clashing = Object.keys(V2_DEFAULTS).filter(
          (name) =>
            Object.hasOwn(card, name) && fieldProblems(TOUCHPOINT_RULES, card, [name]).length > 0,
        )
        return { ...V2_DEFAULTS, ...movedAside(card, clashing, 1) }
      },
    },
  ],
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

function assertRefs(map: JourneyMap, card: Partial<Touchpoint>): void {
  if (card.phaseId !== undefined) assertPhaseRef(map, card.phaseId)
  if (card.laneId !== undefined && card.laneId !== null) requireLane(map, card.laneId)
  const personas = new Set(map.personas.map((persona) => persona.id))
  const named = [
    ...(card.personaIds ?? []),
    ...(card.personaEmotions ?? []).map((entry) => entry.personaId),
  ]
  const missing = named.find((id) => !personas.has(id))
  if (missing !== undefined) {
    throw new JourneyError('unknown-persona', `unknown persona "${missing}"`)
  }
}

export function addTouchpoint(map: JourneyMap, touchpoint: Touchpoint): JourneyMap {
  assertFields('touchpoint', String(touchpoint.id), TOUCHPOINT_RULES, touchpoint, ALL_FIELDS)
  assertFreshId(map, touchpoint.id)
  assertRefs(map, touchpoint)
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
  assertRefs(map, patch)
  const clean = patch.position ? { ...patch, position: cleanPoint(patch.position) } : patch
  return replaceTouchpoint(map, touchpoint, patched(touchpoint, clean))
}

/**
 * Sets the position, relative to the cell of `phaseId` and `laneId` when given (null: that axis is
 * absolute) or to the card's current phase and lane when omitted.
 */
export function moveTouchpoint(
  map: JourneyMap,
  id: Id,
  position: Point,
  phaseId?: Id | null,
  laneId?: Id | null,
): JourneyMap {
  const touchpoint = requireTouchpoint(map, id)
  assertFinite(`position of touchpoint "${id}"`, position.x, position.y)
  const nextPhaseId = phaseId === undefined ? touchpoint.phaseId : phaseId
  const nextLaneId = laneId === undefined ? touchpoint.laneId : laneId
  assertRefs(map, { phaseId: nextPhaseId, laneId: nextLaneId })
  const next = patched(touchpoint, {
    position: cleanPoint(position),
    phaseId: nextPhaseId,
    laneId: nextLaneId,
  })
  return replaceTouchpoint(map, touchpoint, next)
}

/**
 * A canvas drop: the card's top-left lands at `absolutePoint`, and it joins the phase whose column
 * and the lane whose row contain `probe` (default: the same point; the canvas passes the card's
 * centre), or none outside them. A card dropped low in a lane stays inside it and the lane grows
 * to hold it, so a card never hangs across two rows.
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
  const lane = laneAtY(map, probe.y)
  const relative = relativeToCell(map, phaseId, lane?.id ?? null, absolutePoint)
  if (!lane) return moveTouchpoint(map, id, relative, phaseId, null)
  const position = { x: relative.x, y: insideLane(relative.y, CARD_SIZE.height) }
  const grown = laneHolding(map, lane.id, position.y, CARD_SIZE.height)
  return moveTouchpoint(grown, id, position, phaseId, lane.id)
}

/** Removes touchpoints and every edge from or to them; their metrics move to the card's phase. */
export function deleteTouchpoints(map: JourneyMap, ids: Iterable<Id>): JourneyMap {
  const doomed = requireAll(ids, (id) => requireTouchpoint(map, id))
  if (doomed.size === 0) return map
  const doomedEdges = edgesTouching(map, doomed)
  return {
    ...map,
    touchpoints: withoutRecords(map.touchpoints, doomed),
    edges: doomedEdges.size > 0 ? withoutRecords(map.edges, doomedEdges) : map.edges,
    metrics: metricsWithoutTouchpoints(map, doomed),
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
  if (phaseId === null) {
    // Out of every column: x becomes absolute; a card in a lane stays in it.
    const x = absolutePosition(map, touchpoint).x
    return moveTouchpoint(map, id, { x, y: touchpoint.position.y }, null)
  }
  const spot = freeSpotInPhase(map, phaseId, touchpoint.laneId)
  const grown =
    touchpoint.laneId === null ? map : laneHolding(map, touchpoint.laneId, spot.y, CARD_SIZE.height)
  return moveTouchpoint(grown, id, spot, phaseId)
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

/**
 * Puts a card into another lane of its column (below the cards already in that cell, the lane
 * grown to hold it) or into no lane (where it is now on the canvas, so it stays put).
 */
export function setTouchpointLane(map: JourneyMap, id: Id, laneId: Id | null): JourneyMap {
  const card = requireTouchpoint(map, id)
  if (card.laneId === laneId) return map
  if (laneId === null) {
    const { y } = absolutePosition(map, card)
    return moveTouchpoint(map, id, { x: card.position.x, y }, card.phaseId, null)
  }
  requireLane(map, laneId)
  const spot =
    card.phaseId === null
      ? { x: card.position.x, y: LANE_PADDING }
      : freeSpotInPhase(map, card.phaseId, laneId)
  const grown = laneHolding(map, laneId, spot.y, CARD_SIZE.height)
  return moveTouchpoint(grown, id, spot, card.phaseId, laneId)
}
