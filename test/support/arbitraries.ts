// fast-check arbitraries of valid journey maps, shared by the domain, format and collab (Y.Doc
// round-trip) tests. Values are realistic but varied: finite numbers without -0 (JSON cannot keep
// it), ids unique across the whole map, edges only between existing touchpoints with no self-loops
// or duplicates, and now and then unknown extra fields holding JSON values, which must survive.

import fc from 'fast-check'
import { MIN_NOTE_SIZE, MIN_PHASE_WIDTH } from '../../src/domain/defaults'
import { MAX_LANE_HEIGHT, MIN_LANE_HEIGHT } from '../../src/domain/kinds/lane'
import type {
  Edge,
  JourneyMap,
  Lane,
  MapMeta,
  Note,
  Persona,
  PersonaEmotion,
  Phase,
  Touchpoint,
} from '../../src/domain/types'
import {
  CHANNELS,
  DEFAULT_KIND_BY_CHANNEL,
  EDGE_KINDS,
  EMOTIONS,
  EVIDENCE_STATUSES,
  LANE_TYPES,
  TOUCHPOINT_KINDS,
} from '../../src/domain/vocabulary'

export interface ArbitraryMapOptions {
  readonly maxPhases?: number
  readonly maxTouchpoints?: number
  readonly maxEdges?: number
  readonly maxNotes?: number
  readonly maxLanes?: number
  readonly maxPersonas?: number
  /** Add unknown extra fields to some records and the meta (default true). */
  readonly extraFields?: boolean
  /**
   * Sometimes use ids that trip naive code: "__proto__", "constructor", "0", spaces, emoji
   * (default false). Files may contain them, so the domain and format tests turn this on.
   */
  readonly trickyIds?: boolean
}

type Extras = Readonly<Record<string, unknown>>

/** Records with Object.prototype, as JSON.parse and object literals make them. */
function record<T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }): fc.Arbitrary<T> {
  return fc.record(model, { noNullPrototype: true })
}

/** Field names the model knows; extra fields never use them. */
const KNOWN_FIELDS = new Set([
  ...['id', 'name', 'color', 'width', 'title', 'description', 'phaseId', 'channel', 'kind'],
  ...['emotion', 'painPoints', 'opportunities', 'owner', 'tags', 'position', 'source', 'target'],
  ...['label', 'text', 'size', 'phases', 'touchpoints', 'edges', 'notes', 'type', 'version', 'map'],
  ...['lanes', 'personas', 'laneId', 'personaIds', 'personaEmotions', 'evidence', 'height'],
  ...['evidenceSource', 'collapsed', 'role', 'avatar', 'goals', 'frustrations', 'quote'],
  ...['visible'],
])

const TRICKY_IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '0', '42', 'a b']
const TRICKY_IDS_UNICODE = ['Übersicht', '😀 card', 'id.with.dots', '$.map', 'x'.repeat(256)]

export function arbitraryId(tricky = false): fc.Arbitrary<string> {
  const generated = fc.stringMatching(/^[A-Za-z0-9_-]{21}$/)
  const readable = fc
    .tuple(fc.constantFrom('tp', 'phase', 'note', 'edge', 'awareness'), fc.nat(999))
    .map(([prefix, n]) => `${prefix}-${n}`)
  const choices = [
    { weight: 6, arbitrary: generated },
    { weight: 3, arbitrary: readable },
  ]
  if (tricky) {
    choices.push({ weight: 1, arbitrary: fc.constantFrom(...TRICKY_IDS, ...TRICKY_IDS_UNICODE) })
  }
  return fc.oneof(...choices)
}

/** Canvas coordinates: mostly whole pixels, sometimes fractions, never -0, NaN or Infinity. */
export function arbitraryCoordinate(): fc.Arbitrary<number> {
  return fc
    .oneof(
      { weight: 3, arbitrary: fc.integer({ min: -2000, max: 6000 }) },
      { weight: 1, arbitrary: fc.double({ min: -5000, max: 5000, noNaN: true }) },
    )
    .map((n) => (n === 0 ? 0 : n))
}

function arbitraryMeasure(min: number, max: number): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min, max }) },
    { weight: 1, arbitrary: fc.double({ min, max, noNaN: true }) },
  )
}

const WORDS = ['Sees an ad', 'Reads reviews', 'Checkout', 'Calls support', 'Unboxing', 'Renewal']

export function arbitraryText(maxLength = 40): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('', ...WORDS) },
    { weight: 2, arbitrary: fc.string({ maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength }) },
  )
}

export function arbitraryColor(): fc.Arbitrary<string> {
  return fc.tuple(fc.integer({ min: 0, max: 0xffffff }), fc.boolean()).map(([n, upper]) => {
    const hex = n.toString(16).padStart(6, '0')
    return `#${upper ? hex.toUpperCase() : hex}`
  })
}

/** JSON values as a file holds them (parsed back, so no -0 and no undefined). */
function arbitraryJson(): fc.Arbitrary<unknown> {
  return fc
    .jsonValue({ maxDepth: 2 })
    .map((value) => JSON.parse(JSON.stringify(value)) as unknown)
    .filter((value) => !hasProtoKey(value))
}

/**
 * Yjs decodes a stored object by assigning its keys, so a `__proto__` key inside a field's value
 * cannot survive the Y.Doc (a documented limit, docs/yjs-layout.md); ids named "__proto__" do.
 */
function hasProtoKey(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  return Object.keys(value).some(
    (key) => key === '__proto__' || hasProtoKey((value as Record<string, unknown>)[key]),
  )
}

export function arbitraryExtras(enabled = true): fc.Arbitrary<Extras> {
  if (!enabled) return fc.constant({})
  const key = fc
    .oneof(
      fc.constantFrom('x-crm', 'legacyId', 'customFields', 'z'),
      fc.string({ minLength: 1, maxLength: 8 }),
    )
    .filter((k) => !KNOWN_FIELDS.has(k) && k !== '__proto__')
  const extras = fc.dictionary(key, arbitraryJson(), {
    minKeys: 1,
    maxKeys: 3,
    noNullPrototype: true,
  })
  return fc.oneof({ weight: 4, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: extras })
}

const stringList = fc.array(arbitraryText(20), { maxLength: 3 })
const point = record({ x: arbitraryCoordinate(), y: arbitraryCoordinate() })

function phaseFields(extras: boolean) {
  return record({
    extras: arbitraryExtras(extras),
    name: arbitraryText(),
    color: arbitraryColor(),
    width: arbitraryMeasure(MIN_PHASE_WIDTH, 900),
  })
}

function laneFields(extras: boolean) {
  return record({
    extras: arbitraryExtras(extras),
    name: arbitraryText(),
    type: fc.constantFrom(...LANE_TYPES),
    color: arbitraryColor(),
    height: arbitraryMeasure(MIN_LANE_HEIGHT, MAX_LANE_HEIGHT),
    collapsed: fc.boolean(),
  })
}

function personaFields(extras: boolean) {
  return record({
    extras: arbitraryExtras(extras),
    name: arbitraryText(),
    role: arbitraryText(20),
    description: arbitraryText(80),
    color: arbitraryColor(),
    avatar: fc.constantFrom('', '🧑‍💼', 'AB', '👩🏽‍⚕️'),
    goals: stringList,
    frustrations: stringList,
    quote: arbitraryText(40),
    visible: fc.boolean(),
  })
}

const personaEmotion: fc.Arbitrary<Omit<PersonaEmotion, 'personaId'>> = record({
  emotion: fc.option(fc.constantFrom(...EMOTIONS), { nil: undefined }),
  target: fc.option(fc.constantFrom(...EMOTIONS), { nil: undefined }),
}).map(({ emotion, target }) => ({
  ...(emotion === undefined ? {} : { emotion }),
  ...(target === undefined ? {} : { target }),
}))

function touchpointFields(extras: boolean) {
  const channelAndKind = fc.constantFrom(...CHANNELS).chain((channel) =>
    record({
      channel: fc.constant(channel),
      kind: fc.oneof(
        fc.constant(DEFAULT_KIND_BY_CHANNEL[channel]),
        fc.constantFrom(...TOUCHPOINT_KINDS),
      ),
    }),
  )
  return record({
    extras: arbitraryExtras(extras),
    title: arbitraryText(),
    description: arbitraryText(80),
    /** Index into the phases (modulo their count), or null for unassigned. */
    phase: fc.option(fc.nat(), { freq: 5 }),
    channelAndKind,
    emotion: fc.constantFrom(...EMOTIONS),
    painPoints: stringList,
    opportunities: stringList,
    owner: arbitraryText(20),
    tags: stringList,
    /** Index into the lanes (modulo their count), or null for none. */
    lane: fc.option(fc.nat(), { freq: 2 }),
    /** Indices into the personas (modulo their count; duplicates dropped). */
    personas: fc.array(fc.nat(), { maxLength: 2 }),
    /** Per-persona emotions, by index into the personas. */
    felt: fc.array(fc.tuple(fc.nat(), personaEmotion), { maxLength: 2 }),
    evidence: fc.constantFrom(...EVIDENCE_STATUSES),
    evidenceSource: fc.constantFrom('', 'interview', 'https://example.com/study'),
    position: point,
  })
}

function edgeFields(extras: boolean) {
  return record({
    extras: arbitraryExtras(extras),
    from: fc.nat(),
    to: fc.nat(),
    label: arbitraryText(20),
    kind: fc.constantFrom(...EDGE_KINDS),
  })
}

function noteFields(extras: boolean) {
  return record({
    extras: arbitraryExtras(extras),
    text: arbitraryText(120),
    color: arbitraryColor(),
    position: point,
    size: record({
      width: arbitraryMeasure(MIN_NOTE_SIZE.width, 600),
      height: arbitraryMeasure(MIN_NOTE_SIZE.height, 600),
    }),
  })
}

function metaFields(extras: boolean): fc.Arbitrary<MapMeta> {
  return fc
    .record({
      extras: arbitraryExtras(extras),
      title: arbitraryText(),
      description: arbitraryText(80),
    })
    .map(({ extras: more, title, description }) => ({ ...more, title, description }))
}

/** The value type of a generator function's arbitrary. */
type Generated<F> = F extends (...args: never[]) => fc.Arbitrary<infer T> ? T : never

type Skeleton = {
  meta: MapMeta
  phases: Generated<typeof phaseFields>[]
  lanes: Generated<typeof laneFields>[]
  personas: Generated<typeof personaFields>[]
  touchpoints: Generated<typeof touchpointFields>[]
  edges: Generated<typeof edgeFields>[]
  notes: Generated<typeof noteFields>[]
}

function byId<T extends { id: string }>(records: T[]): Record<string, T> {
  return Object.fromEntries(records.map((record) => [record.id, record]))
}

/** Gives the skeleton its ids and resolves the phase and edge indices. */
function assemble(skeleton: Skeleton, ids: readonly string[]): JourneyMap {
  let next = 0
  const take = () => ids[next++] as string
  const phases: Phase[] = skeleton.phases.map(({ extras, ...fields }) => ({
    ...extras,
    id: take(),
    ...fields,
  }))
  const lanes: Lane[] = skeleton.lanes.map(({ extras, ...fields }) => ({
    ...extras,
    id: take(),
    ...fields,
  }))
  const personas: Persona[] = skeleton.personas.map(({ extras, ...fields }) => ({
    ...extras,
    id: take(),
    ...fields,
  }))
  const personaAt = (n: number) => (personas[n % personas.length] as Persona).id
  const touchpoints: Touchpoint[] = skeleton.touchpoints.map(
    ({ extras, phase, lane, personas: chosen, felt, channelAndKind, ...rest }) => ({
      ...extras,
      id: take(),
      ...rest,
      ...channelAndKind,
      phaseId:
        phase === null || phases.length === 0 ? null : (phases[phase % phases.length] as Phase).id,
      laneId: lane === null || lanes.length === 0 ? null : (lanes[lane % lanes.length] as Lane).id,
      personaIds: personas.length === 0 ? [] : [...new Set(chosen.map(personaAt))],
      personaEmotions:
        personas.length === 0
          ? []
          : [...new Map(felt.map(([n, emotion]) => [personaAt(n), emotion]))].map(
              ([personaId, emotion]) => ({ personaId, ...emotion }),
            ),
    }),
  )
  const notes: Note[] = skeleton.notes.map(({ extras, ...fields }) => ({
    ...extras,
    id: take(),
    ...fields,
  }))
  const pairs = new Set<string>()
  const edges: Edge[] = []
  for (const { extras, from, to, ...fields } of skeleton.edges) {
    const edgeId = take()
    if (touchpoints.length < 2) continue
    const source = (touchpoints[from % touchpoints.length] as Touchpoint).id
    const target = (touchpoints[to % touchpoints.length] as Touchpoint).id
    const pair = JSON.stringify([source, target])
    if (source === target || pairs.has(pair)) continue
    pairs.add(pair)
    edges.push({ ...extras, id: edgeId, source, target, ...fields })
  }
  return {
    meta: skeleton.meta,
    phases,
    lanes,
    personas,
    touchpoints: byId(touchpoints),
    edges: byId(edges),
    notes: byId(notes),
  }
}

/** A valid JourneyMap (checkInvariants finds nothing wrong with it). */
export function arbitraryJourneyMap(options: ArbitraryMapOptions = {}): fc.Arbitrary<JourneyMap> {
  const extras = options.extraFields ?? true
  const skeleton: fc.Arbitrary<Skeleton> = record({
    meta: metaFields(extras),
    phases: fc.array(phaseFields(extras), { maxLength: options.maxPhases ?? 6 }),
    lanes: fc.array(laneFields(extras), { maxLength: options.maxLanes ?? 4 }),
    personas: fc.array(personaFields(extras), { maxLength: options.maxPersonas ?? 3 }),
    touchpoints: fc.array(touchpointFields(extras), { maxLength: options.maxTouchpoints ?? 12 }),
    edges: fc.array(edgeFields(extras), { maxLength: options.maxEdges ?? 16 }),
    notes: fc.array(noteFields(extras), { maxLength: options.maxNotes ?? 4 }),
  })
  return skeleton.chain((s) => {
    const count =
      s.phases.length +
      s.lanes.length +
      s.personas.length +
      s.touchpoints.length +
      s.edges.length +
      s.notes.length
    const ids = fc.uniqueArray(arbitraryId(options.trickyIds ?? false), {
      minLength: count,
      maxLength: count,
    })
    return ids.map((unique) => assemble(s, unique))
  })
}
