// Restoring version-2 records: lanes and personas get their defaults, a lane too short is made
// taller, and a card that names a lane or personas that do not exist is repaired (the kind's
// `resolve`, shared by file restore and the live-document mirror), each repair in a sentence.

import { describe, expect, it } from 'vitest'
import { FORMAT_TYPE, parseMapFile } from '../../../src/domain/format'
import { checkInvariants } from '../../../src/domain/invariants'
import { DEFAULT_LANE_HEIGHT, LANE_COLORS, MIN_LANE_HEIGHT } from '../../../src/domain/kinds/lane'
import { PERSONA_COLORS } from '../../../src/domain/kinds/persona'
import { touchpointKind, type Touchpoint } from '../../../src/domain/kinds/touchpoint'
import type { JourneyMap } from '../../../src/domain/types'
import { cardOf, laneMap } from '../../support/lane-map'

const pass = () => ({ index: 0, scratch: new Map<string, unknown>() })
const resolve = (card: Touchpoint, map: JourneyMap) =>
  (touchpointKind.resolve as (c: Touchpoint, m: JourneyMap, p: unknown) => unknown)(
    card,
    map,
    pass(),
  ) as { record: Touchpoint; repair?: string }

function load(map: Record<string, unknown>) {
  const result = parseMapFile(JSON.stringify({ type: FORMAT_TYPE, version: 2, map }))
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  expect(checkInvariants(result.map)).toEqual([])
  return result
}

describe('touchpoint resolve', () => {
  it('leaves a card whose lane and personas exist alone', () => {
    const map = laneMap()
    const card = {
      ...cardOf(map, 't1'),
      personaIds: ['pa'],
      personaEmotions: [{ personaId: 'pb', emotion: 1 as const }],
    }
    const result = resolve(card, map)
    expect(result.record).toBe(card)
    expect(result.repair).toBeUndefined()
  })

  it('puts a card whose lane is missing in no lane, at the same position', () => {
    const map = laneMap()
    const card = { ...cardOf(map, 't1'), laneId: 'gone' }
    const result = resolve(card, map)
    expect(result.record).toEqual({ ...card, laneId: null })
    expect(result.repair).toBe(
      'touchpoint "t1" was in lane "gone", which does not exist; it is now in no lane',
    )
  })

  it('leaves out personas that do not exist, from the list and the feelings, named once', () => {
    const map = laneMap()
    const card: Touchpoint = {
      ...cardOf(map, 't2'),
      personaIds: ['pa', 'ghost', 'pc'],
      personaEmotions: [
        { personaId: 'ghost', emotion: -1 },
        { personaId: 'pb', target: 2 },
        { personaId: 'spectre', emotion: 1 },
      ],
    }
    const result = resolve(card, map)
    expect(result.record.personaIds).toEqual(['pa', 'pc'])
    expect(result.record.personaEmotions).toEqual([{ personaId: 'pb', target: 2 }])
    expect(result.repair).toBe(
      'touchpoint "t2" named personas that do not exist (ghost, spectre); they were left out',
    )
  })

  it('repairs a missing phase, lane and persona at once, in one repair', () => {
    const map = laneMap()
    const card: Touchpoint = {
      ...cardOf(map, 't1'),
      phaseId: 'gone-phase',
      laneId: 'gone-lane',
      personaIds: ['gone-persona'],
    }
    const result = resolve(card, map)
    expect(result.record).toMatchObject({
      phaseId: null,
      laneId: null,
      personaIds: [],
      // Right of the last column (1020 wide), as a card of a deleted phase.
      position: { x: 1020 + 20, y: 20 },
    })
    const repair = result.repair!
    const at = (text: string) => repair.indexOf(text)
    expect(at('phase "gone-phase"')).toBeGreaterThanOrEqual(0)
    expect(at('lane "gone-lane"')).toBeGreaterThan(at('phase "gone-phase"'))
    expect(at('(gone-persona)')).toBeGreaterThan(at('lane "gone-lane"'))
  })
})

describe('loading version 2 files', () => {
  it('repairs dangling lane and persona references and says so', () => {
    const result = load({
      lanes: [{ id: 'row', name: 'Row' }],
      personas: [{ id: 'lena', name: 'Lena' }],
      phases: [],
      touchpoints: [
        { id: 'a', title: 'A', laneId: 'row', personaIds: ['lena'] },
        {
          id: 'b',
          title: 'B',
          laneId: 'deleted-row',
          personaIds: ['lena', 'max'],
          personaEmotions: [{ personaId: 'max', emotion: 2 }],
        },
      ],
    })
    expect(result.map.touchpoints['a']).toMatchObject({ laneId: 'row', personaIds: ['lena'] })
    expect(result.map.touchpoints['b']).toMatchObject({
      laneId: null,
      personaIds: ['lena'],
      personaEmotions: [],
    })
    expect(result.repairs).toHaveLength(1)
    expect(result.repairs[0]).toContain('lane "deleted-row"')
    expect(result.repairs[0]).toContain('(max)')
  })

  it('gives lanes and personas their defaults, colours by their place in the list', () => {
    const result = load({
      lanes: [
        { id: 'l0', name: 'First' },
        { id: 'l1', name: 'Second' },
        { id: 'l2', name: 'Line', type: 'line-of-visibility', 'x-kept': [1] },
      ],
      personas: [
        { id: 'q0', name: 'Ana' },
        { id: 'q1', name: 'Ben', visible: false },
      ],
      phases: [],
      touchpoints: [],
    })
    expect(result.repairs).toEqual([])
    expect(result.map.lanes).toEqual([
      {
        id: 'l0',
        name: 'First',
        type: 'text',
        color: LANE_COLORS[0],
        height: DEFAULT_LANE_HEIGHT,
        collapsed: false,
      },
      {
        id: 'l1',
        name: 'Second',
        type: 'text',
        color: LANE_COLORS[1],
        height: DEFAULT_LANE_HEIGHT,
        collapsed: false,
      },
      {
        id: 'l2',
        name: 'Line',
        type: 'line-of-visibility',
        color: '#334155',
        height: MIN_LANE_HEIGHT,
        collapsed: false,
        'x-kept': [1],
      },
    ])
    expect(result.map.personas.map((p) => [p.id, p.color, p.visible, p.goals])).toEqual([
      ['q0', PERSONA_COLORS[0], true, []],
      ['q1', PERSONA_COLORS[1], false, []],
    ])
  })

  it('makes a lane that is too short tall enough, and says so', () => {
    const result = load({
      lanes: [{ id: 'thin', name: 'Thin', height: 20 }],
      phases: [],
      touchpoints: [],
    })
    expect(result.map.lanes[0]!.height).toBe(MIN_LANE_HEIGHT)
    expect(result.repairs).toEqual(['lane "thin" was 20 tall; it is now 60'])
  })

  it('stacks cards without a position per cell, not across lanes', () => {
    const result = load({
      lanes: [
        { id: 'r1', name: 'R1' },
        { id: 'r2', name: 'R2' },
      ],
      phases: [{ id: 'p', name: 'P' }],
      touchpoints: [
        { id: 'a', title: 'A', phaseId: 'p', laneId: 'r1' },
        { id: 'b', title: 'B', phaseId: 'p', laneId: 'r2' },
        { id: 'c', title: 'C', phaseId: 'p', laneId: 'r1' },
      ],
    })
    const y = (id: string) => result.map.touchpoints[id]!.position.y
    expect(y('a')).toBe(y('b'))
    expect(y('c')).toBeGreaterThan(y('a'))
  })

  it('refuses a card that lists a persona twice or feels out of range', () => {
    const file = (card: Record<string, unknown>) =>
      parseMapFile(
        JSON.stringify({
          type: FORMAT_TYPE,
          version: 2,
          map: {
            personas: [{ id: 'p1', name: 'P' }],
            phases: [],
            touchpoints: [{ id: 'a', title: 'A', ...card }],
          },
        }),
      )
    expect(file({ personaIds: ['p1', 'p1'] })).toMatchObject({
      ok: false,
      problems: [{ path: '$.map.touchpoints[0].personaIds[1]', message: 'is listed twice' }],
    })
    expect(file({ personaEmotions: [{ personaId: 'p1', target: 3 }] })).toMatchObject({
      ok: false,
      problems: [{ path: '$.map.touchpoints[0].personaEmotions[0].target' }],
    })
    expect(file({ evidence: 'rumour' })).toMatchObject({ ok: false })
    expect(file({ laneId: 7 })).toMatchObject({ ok: false })
  })
})
