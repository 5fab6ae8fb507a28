import { describe, expect, it } from 'vitest'
import {
  DEFAULT_NOTE_SIZE,
  DEFAULT_PHASE_WIDTH,
  DEFAULT_TOUCHPOINT_POSITION,
  MIN_PHASE_WIDTH,
  NOTE_COLORS,
  PHASE_COLORS,
} from '../../../src/domain/defaults'
import { restoreMap } from '../../../src/domain/format'
import { checkInvariants } from '../../../src/domain/invariants'

type Body = Parameters<typeof restoreMap>[0]

function body(overrides: Record<string, unknown>): Body {
  return { phases: [], touchpoints: [], ...overrides }
}

describe('restoreMap', () => {
  it('fills every default', () => {
    const { map, repairs } = restoreMap(
      body({
        phases: [
          { id: 'p1', name: 'A' },
          { id: 'p2', name: 'B' },
        ],
        touchpoints: [{ id: 't1', title: 'T', channel: 'store' }],
        edges: [],
        notes: [{ id: 'n1' }],
      }),
    )
    expect(repairs).toEqual([])
    expect(map.meta).toEqual({ title: 'Untitled journey', description: '' })
    expect(map.phases).toEqual([
      { id: 'p1', name: 'A', color: PHASE_COLORS[0], width: DEFAULT_PHASE_WIDTH },
      { id: 'p2', name: 'B', color: PHASE_COLORS[1], width: DEFAULT_PHASE_WIDTH },
    ])
    expect(map.touchpoints.t1).toEqual({
      id: 't1',
      title: 'T',
      description: '',
      phaseId: null,
      channel: 'store',
      kind: 'physical',
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
    })
    expect(map.notes.n1).toEqual({
      id: 'n1',
      text: '',
      color: NOTE_COLORS[0],
      position: { x: 0, y: 0 },
      size: DEFAULT_NOTE_SIZE,
    })
    expect(checkInvariants(map)).toEqual([])
  })

  it('stacks cards without a position down their column instead of piling them up', () => {
    const { map } = restoreMap(
      body({
        phases: [{ id: 'p', name: 'P' }],
        touchpoints: [
          { id: 'a', title: 'A', phaseId: 'p' },
          { id: 'b', title: 'B', phaseId: 'p' },
          { id: 'c', title: 'C', phaseId: 'p', position: { x: 5, y: 5 } },
          { id: 'd', title: 'D' },
        ],
      }),
    )
    const ys = ['a', 'b', 'c', 'd'].map((id) => map.touchpoints[id]?.position.y)
    expect(ys[0]).toBe(DEFAULT_TOUCHPOINT_POSITION.y)
    expect(ys[1]).toBeGreaterThan(ys[0]!)
    expect(ys[2]).toBe(5)
    expect(ys[3]).toBe(DEFAULT_TOUCHPOINT_POSITION.y)
  })

  it('keeps unknown fields on every record and on the meta', () => {
    const { map } = restoreMap(
      body({
        title: 'T',
        'x-persona': { name: 'Lena' },
        phases: [{ id: 'p', name: 'P', 'x-kpi': 'reach' }],
        touchpoints: [
          { id: 't', title: 'T', 'x-crm': [1, { a: null }] },
          { id: 'u', title: 'U' },
        ],
        edges: [{ id: 'e', source: 't', target: 'u', 'x-weight': 0.5 }],
        notes: [{ id: 'n', 'x-author': 'maria' }],
      }),
    )
    expect(map.meta).toEqual({ title: 'T', description: '', 'x-persona': { name: 'Lena' } })
    expect(map.phases[0]).toMatchObject({ 'x-kpi': 'reach' })
    expect(map.touchpoints.t).toMatchObject({ 'x-crm': [1, { a: null }] })
    expect(map.edges.e).toMatchObject({ 'x-weight': 0.5, label: '', kind: 'flow' })
    expect(map.notes.n).toMatchObject({ 'x-author': 'maria' })
  })

  it('removes an edge to a missing touchpoint and names it', () => {
    const { map, repairs } = restoreMap(
      body({
        touchpoints: [{ id: 't', title: 'T' }],
        edges: [
          { id: 'e-lost', source: 't', target: 'gone' },
          { id: 'e-both', source: 'x', target: 'x' },
        ],
      }),
    )
    expect(map.edges).toEqual({})
    expect(repairs).toEqual([
      'edge "e-lost" from "t" to "gone" was removed: touchpoint "gone" does not exist',
      'edge "e-both" from "x" to "x" was removed: touchpoint "x" does not exist',
    ])
  })

  it('removes self-loops and repeated edges, keeping the first', () => {
    const { map, repairs } = restoreMap(
      body({
        touchpoints: [
          { id: 'a', title: 'A' },
          { id: 'b', title: 'B' },
        ],
        edges: [
          { id: 'e1', source: 'a', target: 'b' },
          { id: 'e2', source: 'b', target: 'a' },
          { id: 'e3', source: 'a', target: 'b', kind: 'alternative' },
          { id: 'e4', source: 'a', target: 'a' },
        ],
      }),
    )
    expect(Object.keys(map.edges)).toEqual(['e1', 'e2'])
    expect(repairs).toEqual([
      'edge "e3" from "a" to "b" was removed: it repeats edge "e1"',
      'edge "e4" from "a" to "a" was removed: it connects a touchpoint to itself',
    ])
    expect(checkInvariants(map)).toEqual([])
  })

  it('unassigns a touchpoint whose phase is missing, right of the last column', () => {
    const { map, repairs } = restoreMap(
      body({
        phases: [{ id: 'p', name: 'P', width: 300 }],
        touchpoints: [{ id: 't', title: 'T', phaseId: 'gone', position: { x: 30, y: 90 } }],
      }),
    )
    expect(map.touchpoints.t).toMatchObject({ phaseId: null, position: { x: 330, y: 90 } })
    expect(repairs).toEqual([
      'touchpoint "t" was in phase "gone", which does not exist; it is now unassigned, right of the last phase',
    ])
  })

  it('raises too small phases and notes, and removes -0', () => {
    const { map, repairs } = restoreMap(
      body({
        phases: [{ id: 'p', name: 'P', width: 20 }],
        touchpoints: [{ id: 't', title: 'T', emotion: -0, position: { x: -0, y: 1 } }],
        notes: [{ id: 'n', size: { width: 10, height: 10 }, position: { x: 0, y: -0 } }],
      }),
    )
    expect(map.phases[0]?.width).toBe(MIN_PHASE_WIDTH)
    expect(map.notes.n?.size).toEqual({ width: 80, height: 48 })
    expect(repairs).toHaveLength(2)
    expect(checkInvariants(map)).toEqual([])
  })

  it('stores records under ids such as "__proto__" as own properties', () => {
    const parsed = JSON.parse(
      '{"phases":[],"touchpoints":[{"id":"__proto__","title":"A"},{"id":"constructor","title":"B"}]}',
    )
    const { map } = restoreMap(parsed)
    expect(Object.keys(map.touchpoints)).toEqual(['__proto__', 'constructor'])
    expect(Object.getPrototypeOf(map.touchpoints)).toBe(Object.prototype)
    expect(checkInvariants(map)).toEqual([])
  })
})
