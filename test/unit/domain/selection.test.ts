import { describe, expect, it } from 'vitest'
import { absolutePosition } from '../../../src/domain/geometry'
import { checkInvariants } from '../../../src/domain/invariants'
import { deleteRecords, duplicateRecords, nudge } from '../../../src/domain/operations'
import { expectJourneyError, sampleMap } from '../../support/sample-map'

function counter(prefix: string): () => string {
  let n = 0
  return () => `${prefix}${(n += 1)}`
}

describe('deleteRecords', () => {
  it('deletes a mixed selection, with the edges of deleted touchpoints', () => {
    const map = sampleMap()
    const result = deleteRecords(map, { touchpoints: ['t1'], edges: ['e2', 'e1'], notes: ['n2'] })
    expect(Object.keys(result.touchpoints)).toEqual(['t2', 't3', 't4'])
    expect(result.edges).toEqual({})
    expect(Object.keys(result.notes)).toEqual(['n1'])
    expect(result.touchpoints.t2).toBe(map.touchpoints.t2)
    expect(result.notes.n1).toBe(map.notes.n1)
    expect(result.phases).toBe(map.phases)
    expect(checkInvariants(result)).toEqual([])
  })

  it('unassigns the touchpoints of deleted phases by default, without moving them', () => {
    const map = sampleMap()
    const before = Object.fromEntries(
      Object.values(map.touchpoints).map((t) => [t.id, absolutePosition(map, t)]),
    )
    const result = deleteRecords(map, { phases: ['p1', 'p2'] })
    expect(result.phases.map((p) => p.id)).toEqual(['p3'])
    for (const touchpoint of Object.values(result.touchpoints)) {
      expect(touchpoint.phaseId).toBeNull()
      expect(absolutePosition(result, touchpoint)).toEqual(before[touchpoint.id])
    }
    expect(checkInvariants(result)).toEqual([])
  })

  it("can delete the phases' touchpoints too, even when they are also listed", () => {
    const map = sampleMap()
    const result = deleteRecords(
      map,
      { phases: ['p1'], touchpoints: ['t1', 't3'], edges: ['e1'] },
      { phaseTouchpoints: 'delete' },
    )
    expect(Object.keys(result.touchpoints)).toEqual(['t4'])
    expect(result.edges).toEqual({})
    expect(checkInvariants(result)).toEqual([])
  })

  it('may delete every phase', () => {
    const map = sampleMap()
    const result = deleteRecords(map, { phases: ['p1', 'p2', 'p3'] })
    expect(result.phases).toEqual([])
    expect(checkInvariants(result)).toEqual([])
  })

  it('returns the same map for an empty selection', () => {
    const map = sampleMap()
    expect(deleteRecords(map, {})).toBe(map)
    expect(deleteRecords(map, { touchpoints: [], edges: [], notes: [], phases: [] })).toBe(map)
  })

  it('refuses any unknown id before deleting anything', () => {
    const map = sampleMap()
    expectJourneyError(
      () => deleteRecords(map, { touchpoints: ['t1'], notes: ['n9'] }),
      'unknown-note',
      '"n9"',
    )
    expectJourneyError(() => deleteRecords(map, { edges: ['t1'] }), 'unknown-edge', '"t1"')
    expectJourneyError(() => deleteRecords(map, { phases: ['n1'] }), 'unknown-phase', '"n1"')
  })
})

describe('duplicateRecords', () => {
  it('copies touchpoints and notes with an offset, and the edges between copied touchpoints', () => {
    const map = sampleMap()
    const { map: result, idMap } = duplicateRecords(
      map,
      { touchpoints: ['t1', 't2'], notes: ['n1'] },
      { x: 24, y: 24 },
      counter('copy-'),
    )
    expect([...idMap]).toEqual([
      ['t1', 'copy-1'],
      ['t2', 'copy-2'],
      ['e1', 'copy-3'],
      ['n1', 'copy-4'],
    ])
    expect(result.touchpoints['copy-1']).toEqual({
      ...map.touchpoints.t1,
      id: 'copy-1',
      position: { x: 44, y: 104 },
    })
    expect(result.edges['copy-3']).toEqual({
      ...map.edges.e1,
      id: 'copy-3',
      source: 'copy-1',
      target: 'copy-2',
    })
    expect(result.notes['copy-4']).toEqual({
      ...map.notes.n1,
      id: 'copy-4',
      position: { x: 24, y: 824 },
    })
    // e2 (t2→t3) and e3 (t3→t1) have an end outside the selection.
    expect(Object.keys(result.edges)).toEqual(['e1', 'e2', 'e3', 'copy-3'])
    expect(result.touchpoints.t1).toBe(map.touchpoints.t1)
    expect(checkInvariants(result)).toEqual([])
  })

  it('keeps the phase of copied touchpoints and their unknown fields', () => {
    const { map } = duplicateRecords(
      sampleMap(),
      { touchpoints: ['t3'] },
      { x: 0, y: 150 },
      counter('c'),
    )
    expect(map.touchpoints.c1).toMatchObject({
      phaseId: 'p2',
      'x-extra': { kept: true },
      position: { x: 40, y: 230 },
    })
  })

  it('returns the same map and an empty id map for nothing', () => {
    const map = sampleMap()
    const result = duplicateRecords(map, {}, { x: 10, y: 10 }, counter('c'))
    expect(result.map).toBe(map)
    expect(result.idMap.size).toBe(0)
  })

  it('refuses unknown ids, ids in use and bad offsets', () => {
    const map = sampleMap()
    expectJourneyError(
      () => duplicateRecords(map, { touchpoints: ['t9'] }, { x: 0, y: 0 }, counter('c')),
      'unknown-touchpoint',
      '"t9"',
    )
    expectJourneyError(
      () => duplicateRecords(map, { notes: ['n1'] }, { x: 0, y: 0 }, () => 't1'),
      'duplicate-id',
      '"t1"',
    )
    expectJourneyError(
      () => duplicateRecords(map, { touchpoints: ['t1', 't2'] }, { x: 0, y: 0 }, () => 'same'),
      'duplicate-id',
      '"same"',
    )
    expectJourneyError(
      () => duplicateRecords(map, { notes: ['n1'] }, { x: Number.NaN, y: 0 }, counter('c')),
      'invalid-value',
    )
  })
})

describe('nudge', () => {
  it('moves touchpoints and notes, keeping their phase', () => {
    const map = sampleMap()
    const result = nudge(map, { touchpoints: ['t1', 't4'], notes: ['n2'] }, 10, -1)
    expect(result.touchpoints.t1).toEqual({ ...map.touchpoints.t1, position: { x: 30, y: 79 } })
    expect(result.touchpoints.t4?.position).toEqual({ x: 1210, y: 499 })
    expect(result.notes.n2?.position).toEqual({ x: 410, y: 799 })
    expect(result.touchpoints.t2).toBe(map.touchpoints.t2)
    expect(result.notes.n1).toBe(map.notes.n1)
    expect(result.phases).toBe(map.phases)
    expect(Object.keys(result.touchpoints)).toEqual(['t1', 't2', 't3', 't4'])
  })

  it('returns the same map for no movement or no ids', () => {
    const map = sampleMap()
    expect(nudge(map, { touchpoints: ['t1'] }, 0, 0)).toBe(map)
    expect(nudge(map, {}, 5, 5)).toBe(map)
  })

  it('refuses unknown ids and non-finite or overflowing distances', () => {
    const map = sampleMap()
    expectJourneyError(
      () => nudge(map, { touchpoints: ['n1'] }, 1, 1),
      'unknown-touchpoint',
      '"n1"',
    )
    expectJourneyError(() => nudge(map, { notes: ['n1'] }, Infinity, 1), 'invalid-value')
    const far = nudge(map, { notes: ['n1'] }, Number.MAX_VALUE, 0)
    expect(checkInvariants(far)).toEqual([])
    expectJourneyError(
      () => nudge(far, { notes: ['n1'] }, Number.MAX_VALUE, 0),
      'invalid-value',
      'overflows',
    )
  })
})
