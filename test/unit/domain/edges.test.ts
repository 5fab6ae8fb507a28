import { describe, expect, it } from 'vitest'
import { createEdge } from '../../../src/domain/defaults'
import { checkInvariants } from '../../../src/domain/invariants'
import {
  connect,
  disconnect,
  findEdge,
  reverseEdge,
  updateEdge,
  type EdgePatch,
} from '../../../src/domain/operations'
import type { Edge } from '../../../src/domain/types'
import { expectJourneyError, sampleMap } from '../../support/sample-map'

describe('connect', () => {
  it('adds an edge between existing touchpoints, reverse direction included', () => {
    const map = sampleMap()
    const edge = {
      ...createEdge({ id: 'e4', source: 't2', target: 't1', kind: 'return' }),
      'x-w': 1,
    }
    const result = connect(map, edge)
    expect(result.edges.e4).toEqual(edge)
    expect(result.edges.e1).toBe(map.edges.e1)
    expect(result.touchpoints).toBe(map.touchpoints)
    expect(findEdge(result, 't2', 't1')).toEqual(edge)
    expect(checkInvariants(result)).toEqual([])
  })

  it('refuses self-loops, duplicates and missing ends', () => {
    const map = sampleMap()
    expectJourneyError(
      () => connect(map, createEdge({ source: 't1', target: 't1' })),
      'self-loop',
      '"t1"',
    )
    expectJourneyError(
      () => connect(map, createEdge({ id: 'e9', source: 't1', target: 't2', kind: 'alternative' })),
      'duplicate-edge',
      '"e1"',
    )
    expectJourneyError(
      () => connect(map, createEdge({ source: 't1', target: 'ghost' })),
      'unknown-touchpoint',
      '"ghost"',
    )
    expectJourneyError(
      () => connect(map, createEdge({ source: 'p1', target: 't1' })),
      'unknown-touchpoint',
      '"p1"',
    )
  })

  it('refuses bad fields and ids in use', () => {
    const map = sampleMap()
    const bad = { ...createEdge({ source: 't1', target: 't4' }), kind: 'jump' } as unknown as Edge
    expectJourneyError(
      () => connect(map, bad),
      'invalid-value',
      'kind must be one of flow, alternative, return',
    )
    expectJourneyError(
      () => connect(map, createEdge({ id: 'e1', source: 't1', target: 't4' })),
      'duplicate-id',
      '"e1"',
    )
    expectJourneyError(
      () => connect(map, createEdge({ id: 'p2', source: 't1', target: 't4' })),
      'duplicate-id',
      '"p2"',
    )
  })
})

describe('updateEdge', () => {
  it('changes the label and kind, keeping unknown fields', () => {
    const map = sampleMap()
    const result = updateEdge(map, 'e1', { label: 'clicks', kind: 'alternative' })
    expect(result.edges.e1).toEqual({ ...map.edges.e1, label: 'clicks', kind: 'alternative' })
    expect(result.edges.e2).toBe(map.edges.e2)
  })

  it('returns the same map when nothing changes', () => {
    const map = sampleMap()
    expect(updateEdge(map, 'e2', { label: 'buys' })).toBe(map)
    expect(updateEdge(map, 'e2', { source: 't2' } as EdgePatch)).toBe(map)
  })

  it('refuses reconnecting, bad values and unknown edges', () => {
    const map = sampleMap()
    expectJourneyError(
      () => updateEdge(map, 'e1', { target: 't4' } as EdgePatch),
      'invalid-value',
      'target',
    )
    expectJourneyError(
      () => updateEdge(map, 'e1', { id: 'e7' } as EdgePatch),
      'invalid-value',
      'id',
    )
    expectJourneyError(
      () => updateEdge(map, 'e1', { kind: 'loop' } as unknown as EdgePatch),
      'invalid-value',
      'kind',
    )
    expectJourneyError(
      () => updateEdge(map, 'e1', { label: 4 } as unknown as EdgePatch),
      'invalid-value',
      'label',
    )
    expectJourneyError(
      () => updateEdge(map, 'e9', { label: 'x' }),
      'unknown-edge',
      'unknown edge "e9"',
    )
  })
})

describe('disconnect', () => {
  it('removes edges and nothing else', () => {
    const map = sampleMap()
    const result = disconnect(map, ['e1', 'e3'])
    expect(Object.keys(result.edges)).toEqual(['e2'])
    expect(result.edges.e2).toBe(map.edges.e2)
    expect(result.touchpoints).toBe(map.touchpoints)
  })

  it('returns the same map for no ids and refuses unknown ids', () => {
    const map = sampleMap()
    expect(disconnect(map, [])).toBe(map)
    expectJourneyError(() => disconnect(map, ['e1', 'e404']), 'unknown-edge', '"e404"')
  })
})

describe('reverseEdge', () => {
  it('swaps the ends and keeps label, kind and unknown fields', () => {
    const map = sampleMap()
    const result = reverseEdge(map, 'e2')
    expect(result.edges.e2).toEqual({ ...map.edges.e2, source: 't3', target: 't2' })
    expect(result.edges.e1).toBe(map.edges.e1)
    expect(checkInvariants(result)).toEqual([])
  })

  it('refuses to create a duplicate and unknown ids', () => {
    const map = connect(sampleMap(), createEdge({ id: 'e4', source: 't2', target: 't1' }))
    expectJourneyError(() => reverseEdge(map, 'e1'), 'duplicate-edge', '"e4"')
    expectJourneyError(() => reverseEdge(map, 'nope'), 'unknown-edge', '"nope"')
  })
})
