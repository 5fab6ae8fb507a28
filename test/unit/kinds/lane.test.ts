// The lane kind: its defaults, its operations (add, update, move, delete), its width and bounds.
// Where cards land when dropped, and how they follow their lanes, is in domain/lane-placement.

import { describe, expect, it } from 'vitest'
import { CARD_SIZE } from '../../../src/domain/card'
import { emptyMap } from '../../../src/domain/defaults'
import { LANE_LABEL_WIDTH, absolutePosition } from '../../../src/domain/geometry'
import { checkInvariants } from '../../../src/domain/invariants'
import {
  DEFAULT_LANE_HEIGHT,
  LANE_COLORS,
  MAX_LANE_HEIGHT,
  MIN_LANE_HEIGHT,
  MIN_LANE_SPAN,
  addLane,
  createLane,
  deleteLane,
  isLine,
  laneKind,
  laneWidth,
  moveLane,
  updateLane,
  type Lane,
} from '../../../src/domain/kinds/lane'
import { addPhase } from '../../../src/domain/operations'
import { createPhase } from '../../../src/domain/defaults'
import { LANE_TYPES } from '../../../src/domain/vocabulary'
import { LANE_TOPS, cardOf, laneMap, laneOf } from '../../support/lane-map'
import { expectJourneyError } from '../../support/sample-map'

const ids = (map: { lanes: readonly Lane[] }) => map.lanes.map((lane) => lane.id)

describe('createLane', () => {
  it('fills every field; a text lane takes its colour from its index', () => {
    const lane = createLane({ id: 'l' }, 9)
    expect(lane).toEqual({
      id: 'l',
      name: 'Free text',
      type: 'text',
      color: LANE_COLORS[1],
      height: DEFAULT_LANE_HEIGHT,
      collapsed: false,
    })
    expect(createLane({}).id).not.toBe(createLane({}).id)
  })

  it('gives each special type its own colour, height and label', () => {
    expect(createLane({ type: 'line-of-visibility' })).toMatchObject({
      name: 'Line of visibility',
      color: '#334155',
      height: MIN_LANE_HEIGHT,
    })
    expect(createLane({ type: 'metrics' })).toMatchObject({ name: 'Metrics', height: 132 })
    expect(createLane({ type: 'emotion-curve' })).toMatchObject({ height: 200 })
    expect(createLane({ type: 'pain-points' })).toMatchObject({ color: '#ef4444' })
  })

  it('keeps what it is given, unknown fields included', () => {
    const partial = { type: 'metrics', name: 'KPIs', height: 300, 'x-a': 1 } as Partial<Lane>
    const lane = createLane(partial)
    expect(lane).toMatchObject({ name: 'KPIs', height: 300, 'x-a': 1 })
  })

  it('creates lanes every operation accepts, of every type', () => {
    let map = emptyMap()
    for (const type of LANE_TYPES) map = addLane(map, createLane({ type }))
    expect(map.lanes.map((lane) => lane.type)).toEqual(LANE_TYPES)
    expect(checkInvariants(map)).toEqual([])
  })
})

describe('isLine', () => {
  it('is true for the three blueprint lines only', () => {
    const lines = LANE_TYPES.filter((type) => isLine(createLane({ type })))
    expect(lines).toEqual([
      'line-of-interaction',
      'line-of-visibility',
      'line-of-internal-interaction',
    ])
  })
})

describe('addLane', () => {
  it('the sample map is valid to begin with', () => {
    expect(checkInvariants(laneMap())).toEqual([])
  })

  it('appends by default and inserts at a clamped index', () => {
    const map = laneMap()
    const all = ['act', 'line', 'front', 'curve', 'metrics', 'folded', 'back']
    expect(ids(addLane(map, createLane({ id: 'n' })))).toEqual([...all, 'n'])
    expect(ids(addLane(map, createLane({ id: 'n' }), 1))).toEqual(['act', 'n', ...all.slice(1)])
    expect(ids(addLane(map, createLane({ id: 'n' }), 99))).toEqual([...all, 'n'])
    expect(ids(addLane(map, createLane({ id: 'n' }), -3))).toEqual(['n', ...all])
  })

  it('clamps the height to the limits', () => {
    const low = addLane(emptyMap(), createLane({ id: 'n', height: 10 }))
    expect(low.lanes[0]!.height).toBe(MIN_LANE_HEIGHT)
    const high = addLane(emptyMap(), createLane({ id: 'n', height: 99_999 }))
    expect(high.lanes[0]!.height).toBe(MAX_LANE_HEIGHT)
  })

  it('refuses a taken id, a bad field and a fractional index', () => {
    const map = laneMap()
    expectJourneyError(() => addLane(map, createLane({ id: 'act' })), 'duplicate-id', '"act"')
    expectJourneyError(() => addLane(map, createLane({ id: 't1' })), 'duplicate-id')
    const bad = (fields: Record<string, unknown>) =>
      addLane(map, { ...createLane({ id: 'n' }), ...fields } as Lane)
    expectJourneyError(() => bad({ type: 'swimlane' }), 'invalid-value', 'type')
    expectJourneyError(() => bad({ color: 'red' }), 'invalid-value', 'color')
    expectJourneyError(() => bad({ height: Number.NaN }), 'invalid-value', 'height')
    expectJourneyError(() => bad({ collapsed: 'no' }), 'invalid-value', 'collapsed')
    const { name: _name, ...nameless } = createLane({ id: 'n' })
    expectJourneyError(() => addLane(map, nameless as Lane), 'invalid-value', 'name')
    expectJourneyError(() => addLane(map, createLane({ id: 'n' }), 1.5), 'invalid-value')
  })
})

describe('updateLane', () => {
  it('changes the given fields, keeps unknown ones and the other lanes', () => {
    const map = laneMap()
    const next = updateLane(map, 'front', { name: 'Staff', color: '#123456', 'x-b': 2 })
    expect(laneOf(next, 'front')).toEqual({
      ...laneOf(map, 'front'),
      name: 'Staff',
      color: '#123456',
      'x-b': 2,
    })
    expect(next.lanes.filter((lane) => lane.id !== 'front')).toEqual(
      map.lanes.filter((lane) => lane.id !== 'front'),
    )
    expect(next.lanes[0]).toBe(map.lanes[0])
    expect(next.touchpoints).toBe(map.touchpoints)
  })

  it('clamps a height (a drag handle may overshoot) but refuses one that is not finite', () => {
    const map = laneMap()
    expect(laneOf(updateLane(map, 'act', { height: 0 }), 'act').height).toBe(MIN_LANE_HEIGHT)
    expect(laneOf(updateLane(map, 'act', { height: 1e6 }), 'act').height).toBe(MAX_LANE_HEIGHT)
    expect(laneOf(updateLane(map, 'act', { height: 321 }), 'act').height).toBe(321)
    expectJourneyError(() => updateLane(map, 'act', { height: Number.NaN }), 'invalid-value')
    expectJourneyError(() => updateLane(map, 'act', { height: Infinity }), 'invalid-value')
  })

  it('refuses an unknown lane, a new id and a bad value', () => {
    const map = laneMap()
    expectJourneyError(() => updateLane(map, 'ghost', { name: 'x' }), 'unknown-lane', '"ghost"')
    expectJourneyError(() => updateLane(map, 'p1', { name: 'x' }), 'unknown-lane')
    expectJourneyError(() => updateLane(map, 'act', { id: 'other' }), 'invalid-value', 'id')
    expectJourneyError(() => updateLane(map, 'act', { type: 'row' as never }), 'invalid-value')
    expectJourneyError(() => updateLane(map, 'act', { collapsed: 1 as never }), 'invalid-value')
    expectJourneyError(() => updateLane(map, 'act', { name: undefined as never }), 'invalid-value')
  })

  it('returns the same map when nothing changes', () => {
    const map = laneMap()
    expect(updateLane(map, 'act', { name: 'act', height: 200 })).toBe(map)
    expect(updateLane(map, 'act', {})).toBe(map)
  })
})

describe('moveLane', () => {
  it('moves a lane to a clamped index', () => {
    const map = laneMap()
    expect(ids(moveLane(map, 'back', 0))).toEqual([
      'back',
      'act',
      'line',
      'front',
      'curve',
      'metrics',
      'folded',
    ])
    expect(ids(moveLane(map, 'act', 99)).at(-1)).toBe('act')
    expect(ids(moveLane(map, 'front', -5))[0]).toBe('front')
    expect(ids(moveLane(map, 'act', 2))).toEqual([
      'line',
      'front',
      'act',
      'curve',
      'metrics',
      'folded',
      'back',
    ])
  })

  it('returns the same map when the lane stays put; refuses bad input', () => {
    const map = laneMap()
    expect(moveLane(map, 'front', 2)).toBe(map)
    expect(moveLane(map, 'back', 50)).toBe(map)
    expectJourneyError(() => moveLane(map, 'ghost', 0), 'unknown-lane')
    expectJourneyError(() => moveLane(map, 'act', 0.5), 'invalid-value', 'integer')
  })
})

describe('deleteLane', () => {
  it('keeps its cards where they are on the canvas, in no lane', () => {
    const map = laneMap()
    const next = deleteLane(map, 'act')
    expect(ids(next)).not.toContain('act')
    expect(cardOf(next, 't1')).toEqual({
      ...cardOf(map, 't1'),
      laneId: null,
      position: { x: 20, y: LANE_TOPS.act + 20 },
    })
    expect(absolutePosition(next, cardOf(next, 't1'))).toEqual(
      absolutePosition(map, cardOf(map, 't1')),
    )
    // Cards of other lanes keep their records (and move up with their rows).
    expect(cardOf(next, 't3')).toBe(cardOf(map, 't3'))
    expect(absolutePosition(next, cardOf(next, 't3')).y).toBe(LANE_TOPS.front - 200 + 30)
    expect(checkInvariants(next)).toEqual([])
  })

  it('keeps the cards of a collapsed lane where the lane held them', () => {
    const map = laneMap()
    const next = deleteLane(map, 'folded')
    expect(cardOf(next, 't5')).toMatchObject({
      laneId: null,
      phaseId: 'p3',
      position: { x: 10, y: LANE_TOPS.folded + 12 },
    })
  })

  it('leaves the cards alone when the lane held none; refuses an unknown lane', () => {
    const map = laneMap()
    const next = deleteLane(map, 'back')
    expect(next.touchpoints).toBe(map.touchpoints)
    expect(ids(next)).toEqual(['act', 'line', 'front', 'curve', 'metrics', 'folded'])
    expectJourneyError(() => deleteLane(map, 'ghost'), 'unknown-lane', '"ghost"')
  })
})

describe('laneWidth and bounds', () => {
  it('span the label and every column, at least MIN_LANE_SPAN', () => {
    expect(laneWidth(laneMap())).toBe(LANE_LABEL_WIDTH + 1020)
    expect(laneWidth(emptyMap())).toBe(LANE_LABEL_WIDTH + MIN_LANE_SPAN)
    const narrow = addPhase(emptyMap(), createPhase({ id: 'p', width: 200 }))
    expect(laneWidth(narrow)).toBe(LANE_LABEL_WIDTH + MIN_LANE_SPAN)
  })

  it('put a lane where its row is drawn, lines and collapsed lanes thin', () => {
    const map = laneMap()
    const bounds = (id: string) => laneKind.bounds!(laneOf(map, id), map, CARD_SIZE)
    const width = LANE_LABEL_WIDTH + 1020
    expect(bounds('front')).toEqual({ x: -LANE_LABEL_WIDTH, y: 292, width, height: 180 })
    expect(bounds('line')).toEqual({ x: -LANE_LABEL_WIDTH, y: 256, width, height: 36 })
    expect(bounds('folded')).toEqual({ x: -LANE_LABEL_WIDTH, y: 804, width, height: 36 })
    expect(laneKind.bounds!(createLane({ id: 'elsewhere' }), map, CARD_SIZE)).toBeNull()
  })
})

describe('the lane kind', () => {
  it('clamps a stored height on restore and says so', () => {
    const messages: string[] = []
    const lane = createLane({ id: 'l', height: 5 })
    const normalised = laneKind.normalise!(lane, (m) => messages.push(m))
    expect((normalised as Lane).height).toBe(MIN_LANE_HEIGHT)
    expect(messages).toEqual(['lane "l" was 5 tall; it is now 60'])
    const fine = createLane({ id: 'l', height: 300 })
    expect(laneKind.normalise!(fine, (m) => messages.push(m))).toBe(fine)
    expect(messages).toHaveLength(1)
  })

  it('is ordered, stored under "lanes" and has no migrations yet', () => {
    expect(laneKind).toMatchObject({ name: 'lane', collection: 'lanes', ordered: true })
    expect(laneKind.file).toEqual({ listRequired: false, requiredFields: ['id', 'name'] })
    expect(laneKind.migrations).toEqual([])
  })
})
