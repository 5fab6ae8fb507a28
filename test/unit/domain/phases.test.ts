import { describe, expect, it } from 'vitest'
import { MIN_PHASE_WIDTH, createPhase } from '../../../src/domain/defaults'
import { absolutePosition } from '../../../src/domain/geometry'
import { checkInvariants } from '../../../src/domain/invariants'
import {
  addPhase,
  deletePhase,
  movePhase,
  recolorPhase,
  renamePhase,
  resizePhase,
} from '../../../src/domain/operations'
import type { JourneyMap } from '../../../src/domain/types'
import { expectJourneyError, sampleMap } from '../../support/sample-map'

const ids = (map: JourneyMap) => map.phases.map((phase) => phase.id)

describe('addPhase', () => {
  it('appends by default and inserts at an index, keeping the other phases', () => {
    const map = sampleMap()
    const appended = addPhase(map, createPhase({ id: 'p4', name: 'Advocacy' }))
    expect(ids(appended)).toEqual(['p1', 'p2', 'p3', 'p4'])
    const inserted = addPhase(map, createPhase({ id: 'p0' }), 0)
    expect(ids(inserted)).toEqual(['p0', 'p1', 'p2', 'p3'])
    expect(inserted.phases[1]).toBe(map.phases[0])
    expect(inserted.touchpoints).toBe(map.touchpoints)
    expect(ids(addPhase(map, createPhase({ id: 'px' }), 99))).toEqual(['p1', 'p2', 'p3', 'px'])
    expect(ids(addPhase(map, createPhase({ id: 'py' }), -5))).toEqual(['py', 'p1', 'p2', 'p3'])
    expect(checkInvariants(appended)).toEqual([])
  })

  it('keeps unknown fields of the new phase and raises a too small width', () => {
    const phase = { ...createPhase({ id: 'p4', width: 40 }), 'x-kpi': 'reach' }
    const added = addPhase(sampleMap(), phase).phases[3]
    expect(added).toMatchObject({ 'x-kpi': 'reach', width: MIN_PHASE_WIDTH })
  })

  it('refuses ids in use anywhere in the map and invalid fields', () => {
    const map = sampleMap()
    expectJourneyError(() => addPhase(map, createPhase({ id: 'p1' })), 'duplicate-id', '"p1"')
    expectJourneyError(() => addPhase(map, createPhase({ id: 't1' })), 'duplicate-id', '"t1"')
    expectJourneyError(
      () => addPhase(map, createPhase({ color: 'blue' })),
      'invalid-value',
      'color',
    )
    expectJourneyError(
      () => addPhase(map, createPhase({ width: Number.NaN })),
      'invalid-value',
      'width',
    )
    expectJourneyError(() => addPhase(map, createPhase({ id: '' })), 'invalid-value', 'id')
    expectJourneyError(() => addPhase(map, createPhase(), 1.5), 'invalid-value', 'index')
  })
})

describe('renamePhase and recolorPhase', () => {
  it('replace only that phase, keeping its unknown fields', () => {
    const map = sampleMap()
    const renamed = renamePhase(map, 'p2', 'Buying')
    expect(renamed.phases[1]).toEqual({ ...map.phases[1], name: 'Buying' })
    expect(renamed.phases[0]).toBe(map.phases[0])
    expect(renamed.phases[2]).toBe(map.phases[2])
    expect(renamed.touchpoints).toBe(map.touchpoints)
    const recolored = recolorPhase(map, 'p3', '#ABCDEF')
    expect(recolored.phases[2]).toEqual({ ...map.phases[2], color: '#ABCDEF' })
  })

  it('return the same map when nothing changes', () => {
    const map = sampleMap()
    expect(renamePhase(map, 'p1', 'Awareness')).toBe(map)
    expect(recolorPhase(map, 'p1', '#60a5fa')).toBe(map)
  })

  it('refuse unknown phases and bad values', () => {
    const map = sampleMap()
    expectJourneyError(() => renamePhase(map, 'p9', 'x'), 'unknown-phase', 'unknown phase "p9"')
    expectJourneyError(() => recolorPhase(map, 'p9', '#000000'), 'unknown-phase', '"p9"')
    expectJourneyError(
      () => renamePhase(map, 'p1', 3 as unknown as string),
      'invalid-value',
      'name',
    )
    expectJourneyError(() => recolorPhase(map, 'p1', '#fff'), 'invalid-value', '#rrggbb')
    // A phase id is not a touchpoint id: lookups never fall through to Object.prototype.
    expectJourneyError(() => renamePhase(map, 'constructor', 'x'), 'unknown-phase')
  })
})

describe('resizePhase', () => {
  it('sets the width, clamped to the minimum, carrying later columns along', () => {
    const map = sampleMap()
    const wider = resizePhase(map, 'p1', 420)
    expect(wider.phases[0]?.width).toBe(420)
    expect(absolutePosition(wider, wider.touchpoints.t3!)).toEqual({ x: 460, y: 80 })
    expect(wider.touchpoints).toBe(map.touchpoints)
    expect(resizePhase(map, 'p1', 10).phases[0]?.width).toBe(MIN_PHASE_WIDTH)
    expect(resizePhase(map, 'p1', -400).phases[0]?.width).toBe(MIN_PHASE_WIDTH)
  })

  it('returns the same map for the same width and refuses non-finite widths', () => {
    const map = sampleMap()
    expect(resizePhase(map, 'p1', 320)).toBe(map)
    expectJourneyError(
      () => resizePhase(map, 'p1', Number.POSITIVE_INFINITY),
      'invalid-value',
      'width',
    )
    expectJourneyError(() => resizePhase(map, 'nope', 300), 'unknown-phase', '"nope"')
  })
})

describe('movePhase', () => {
  it('reorders phases; cards move with their column', () => {
    const map = sampleMap()
    const moved = movePhase(map, 'p3', 0)
    expect(ids(moved)).toEqual(['p3', 'p1', 'p2'])
    expect(moved.phases[0]).toBe(map.phases[2])
    expect(absolutePosition(moved, moved.touchpoints.t1!)).toEqual({ x: 320, y: 80 })
    expect(ids(movePhase(map, 'p1', 2))).toEqual(['p2', 'p3', 'p1'])
    expect(ids(movePhase(map, 'p1', 50))).toEqual(['p2', 'p3', 'p1'])
    expect(ids(movePhase(map, 'p2', -3))).toEqual(['p2', 'p1', 'p3'])
  })

  it('returns the same map when the phase stays put and refuses bad input', () => {
    const map = sampleMap()
    expect(movePhase(map, 'p2', 1)).toBe(map)
    expectJourneyError(() => movePhase(map, 'p2', 0.5), 'invalid-value')
    expectJourneyError(() => movePhase(map, 'zz', 0), 'unknown-phase', '"zz"')
  })
})

describe('deletePhase', () => {
  it("'delete' removes its touchpoints and their edges", () => {
    const map = sampleMap()
    const result = deletePhase(map, 'p1', { touchpoints: 'delete' })
    expect(ids(result)).toEqual(['p2', 'p3'])
    expect(Object.keys(result.touchpoints)).toEqual(['t3', 't4'])
    expect(result.edges).toEqual({})
    expect(result.touchpoints.t3).toBe(map.touchpoints.t3)
    expect(result.notes).toBe(map.notes)
    expect(checkInvariants(result)).toEqual([])
  })

  it("'move' puts its touchpoints in another phase at the same relative position", () => {
    const map = sampleMap()
    const result = deletePhase(map, 'p1', { touchpoints: 'move', toPhaseId: 'p3' })
    expect(result.touchpoints.t1).toEqual({ ...map.touchpoints.t1, phaseId: 'p3' })
    expect(result.touchpoints.t2?.position).toBe(map.touchpoints.t2?.position)
    expect(result.touchpoints.t3).toBe(map.touchpoints.t3)
    expect(result.edges).toBe(map.edges)
    expect(checkInvariants(result)).toEqual([])
  })

  it("'unassign' keeps its touchpoints where they are on the canvas", () => {
    const map = sampleMap()
    const before = absolutePosition(map, map.touchpoints.t3!)
    const result = deletePhase(map, 'p2', { touchpoints: 'unassign' })
    expect(result.touchpoints.t3).toMatchObject({
      phaseId: null,
      position: before,
      'x-extra': { kept: true },
    })
    expect(absolutePosition(result, result.touchpoints.t3!)).toEqual(before)
    expect(result.edges).toBe(map.edges)
    expect(checkInvariants(result)).toEqual([])
  })

  it('keeps the touchpoints record when the phase was empty', () => {
    const map = sampleMap()
    const result = deletePhase(map, 'p3', { touchpoints: 'unassign' })
    expect(result.touchpoints).toBe(map.touchpoints)
    expect(deletePhase(map, 'p3', { touchpoints: 'delete' }).edges).toBe(map.edges)
  })

  it('refuses unknown phases and impossible moves', () => {
    const map = sampleMap()
    expectJourneyError(
      () => deletePhase(map, 'p9', { touchpoints: 'delete' }),
      'unknown-phase',
      '"p9"',
    )
    expectJourneyError(
      () => deletePhase(map, 'p1', { touchpoints: 'move', toPhaseId: 'p9' }),
      'unknown-phase',
      '"p9"',
    )
    expectJourneyError(
      () => deletePhase(map, 'p1', { touchpoints: 'move', toPhaseId: 'p1' }),
      'invalid-value',
    )
  })

  it("deletes the last phase only with 'delete' or 'unassign'", () => {
    let map = deletePhase(sampleMap(), 'p2', { touchpoints: 'unassign' })
    map = deletePhase(map, 'p3', { touchpoints: 'unassign' })
    expectJourneyError(
      () => deletePhase(map, 'p1', { touchpoints: 'move', toPhaseId: 'p1' }),
      'last-phase',
    )
    const unassigned = deletePhase(map, 'p1', { touchpoints: 'unassign' })
    expect(unassigned.phases).toEqual([])
    expect(Object.values(unassigned.touchpoints).every((t) => t.phaseId === null)).toBe(true)
    expect(checkInvariants(unassigned)).toEqual([])
    const deleted = deletePhase(map, 'p1', { touchpoints: 'delete' })
    expect(deleted.phases).toEqual([])
    expect(Object.keys(deleted.touchpoints)).toEqual(['t3', 't4'])
  })
})
