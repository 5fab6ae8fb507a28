import { describe, expect, it } from 'vitest'
import { createTouchpoint } from '../../../src/domain/defaults'
import { checkInvariants } from '../../../src/domain/invariants'
import {
  addTouchpoint,
  deleteTouchpoints,
  moveTouchpoint,
  moveTouchpointToPoint,
  updateTouchpoint,
  type TouchpointPatch,
} from '../../../src/domain/operations'
import type { Touchpoint } from '../../../src/domain/types'
import { expectJourneyError, sampleMap } from '../../support/sample-map'

describe('addTouchpoint', () => {
  it('adds a valid touchpoint with its unknown fields, leaving the others alone', () => {
    const map = sampleMap()
    const touchpoint = {
      ...createTouchpoint({ id: 't5', phaseId: 'p3', title: 'Renews' }),
      'x-crm': 7,
    }
    const result = addTouchpoint(map, touchpoint)
    expect(result.touchpoints.t5).toEqual(touchpoint)
    expect(result.touchpoints.t1).toBe(map.touchpoints.t1)
    expect(result.edges).toBe(map.edges)
    expect(Object.keys(result.touchpoints)).toEqual(['t1', 't2', 't3', 't4', 't5'])
    expect(checkInvariants(result)).toEqual([])
  })

  it('stores ids such as "__proto__" and "constructor" as ordinary keys', () => {
    let map = sampleMap()
    map = addTouchpoint(map, createTouchpoint({ id: '__proto__' }))
    map = addTouchpoint(map, createTouchpoint({ id: 'constructor' }))
    expect(Object.hasOwn(map.touchpoints, '__proto__')).toBe(true)
    expect(Object.getPrototypeOf(map.touchpoints)).toBe(Object.prototype)
    expect(map.touchpoints.constructor).toMatchObject({ id: 'constructor' })
    expect(checkInvariants(map)).toEqual([])
    expect(Object.keys(deleteTouchpoints(map, ['__proto__']).touchpoints)).not.toContain(
      '__proto__',
    )
  })

  it('removes -0 from the position', () => {
    const result = addTouchpoint(
      sampleMap(),
      createTouchpoint({ id: 't5', position: { x: -0, y: -0 } }),
    )
    expect(Object.is(result.touchpoints.t5?.position.x, 0)).toBe(true)
  })

  it('refuses invalid fields, unknown phases and ids in use', () => {
    const map = sampleMap()
    const bad = (patch: Record<string, unknown>) =>
      ({ ...createTouchpoint({ id: 't5' }), ...patch }) as Touchpoint
    expectJourneyError(
      () => addTouchpoint(map, bad({ channel: 'fax' })),
      'invalid-value',
      'channel must be one of',
    )
    expectJourneyError(() => addTouchpoint(map, bad({ emotion: 5 })), 'invalid-value', 'emotion')
    expectJourneyError(() => addTouchpoint(map, bad({ tags: 'a' })), 'invalid-value', 'tags')
    expectJourneyError(
      () => addTouchpoint(map, bad({ position: { x: 1 } })),
      'invalid-value',
      'position.y is required',
    )
    expectJourneyError(
      () => addTouchpoint(map, bad({ title: undefined })),
      'invalid-value',
      'title',
    )
    expectJourneyError(() => addTouchpoint(map, bad({ phaseId: 'p9' })), 'unknown-phase', '"p9"')
    expectJourneyError(() => addTouchpoint(map, bad({ id: 't1' })), 'duplicate-id', '"t1"')
    expectJourneyError(() => addTouchpoint(map, bad({ id: 'n1' })), 'duplicate-id', '"n1"')
  })
})

describe('updateTouchpoint', () => {
  it('changes the given fields and keeps the rest, including unknown fields', () => {
    const map = sampleMap()
    const patch: TouchpointPatch = {
      title: 'Reads the FAQ',
      channel: 'chatbot',
      kind: 'interpersonal',
      emotion: -2,
      painPoints: ['slow', 'confusing'],
      tags: [],
      phaseId: 'p3',
    }
    const result = updateTouchpoint(map, 't1', patch)
    expect(result.touchpoints.t1).toEqual({ ...map.touchpoints.t1, ...patch })
    expect(result.touchpoints.t1?.['x-extra' as keyof Touchpoint]).toEqual({ kept: true })
    expect(result.touchpoints.t2).toBe(map.touchpoints.t2)
    expect(result.edges).toBe(map.edges)
    expect(result.phases).toBe(map.phases)
    expect(checkInvariants(result)).toEqual([])
  })

  it('keeps unknown fields given in the patch', () => {
    const patch = { 'x-score': 3 } as TouchpointPatch
    expect(updateTouchpoint(sampleMap(), 't1', patch).touchpoints.t1).toMatchObject({
      'x-score': 3,
    })
  })

  it('returns the same map when the patch changes nothing', () => {
    const map = sampleMap()
    expect(updateTouchpoint(map, 't1', {})).toBe(map)
    expect(updateTouchpoint(map, 't1', { title: 'Touchpoint t1', painPoints: ['slow'] })).toBe(map)
    expect(updateTouchpoint(map, 't1', { position: { x: 20, y: 80 } })).toBe(map)
    expect(updateTouchpoint(map, 't1', { id: 't1' } as TouchpointPatch)).toBe(map)
  })

  it('checks every value against the vocabulary and types', () => {
    const map = sampleMap()
    const cases: [Record<string, unknown>, string][] = [
      [{ channel: 'fax' }, 'channel must be one of website'],
      [{ kind: 'virtual' }, 'kind must be one of digital, physical, interpersonal'],
      [{ emotion: 3 }, 'emotion must be an integer from -2 to 2'],
      [{ emotion: 0.5 }, 'emotion must be an integer from -2 to 2'],
      [{ emotion: '1' }, 'emotion must be an integer from -2 to 2'],
      [{ title: 5 }, 'title must be a string'],
      [{ description: null }, 'description must be a string'],
      [{ owner: ['a'] }, 'owner must be a string'],
      [{ painPoints: ['ok', 2] }, 'painPoints[1] must be a string'],
      [{ opportunities: 'more' }, 'opportunities must be an array of strings'],
      [{ position: { x: Number.NaN, y: 0 } }, 'position.x must be a finite number'],
      [{ phaseId: 12 }, 'phaseId must be a string or null'],
      [{ title: undefined }, 'title must not be undefined'],
    ]
    for (const [patch, message] of cases) {
      expectJourneyError(
        () => updateTouchpoint(map, 't1', patch as TouchpointPatch),
        'invalid-value',
        message,
      )
    }
  })

  it('refuses a new id, an unknown touchpoint and an unknown phase', () => {
    const map = sampleMap()
    expectJourneyError(
      () => updateTouchpoint(map, 't1', { id: 't9' } as TouchpointPatch),
      'invalid-value',
      'id',
    )
    expectJourneyError(
      () => updateTouchpoint(map, 't9', { title: 'x' }),
      'unknown-touchpoint',
      'unknown touchpoint "t9"',
    )
    expectJourneyError(
      () => updateTouchpoint(map, 't1', { phaseId: 'p9' }),
      'unknown-phase',
      '"p9"',
    )
    expectJourneyError(
      () => updateTouchpoint(map, 'toString', { title: 'x' }),
      'unknown-touchpoint',
    )
  })
})

describe('moveTouchpoint', () => {
  it('sets the position relative to its phase, or to a new phase', () => {
    const map = sampleMap()
    const moved = moveTouchpoint(map, 't1', { x: 50, y: 300 })
    expect(moved.touchpoints.t1).toEqual({ ...map.touchpoints.t1, position: { x: 50, y: 300 } })
    expect(moved.touchpoints.t2).toBe(map.touchpoints.t2)
    expect(moveTouchpoint(map, 't1', { x: 5, y: 6 }, 'p3').touchpoints.t1).toMatchObject({
      phaseId: 'p3',
      position: { x: 5, y: 6 },
    })
    expect(moveTouchpoint(map, 't1', { x: 5, y: 6 }, null).touchpoints.t1?.phaseId).toBeNull()
  })

  it('returns the same map when the card does not move and refuses bad input', () => {
    const map = sampleMap()
    expect(moveTouchpoint(map, 't1', { x: 20, y: 80 })).toBe(map)
    expect(moveTouchpoint(map, 't1', { x: 20, y: 80 }, 'p1')).toBe(map)
    expectJourneyError(() => moveTouchpoint(map, 't1', { x: Number.NaN, y: 0 }), 'invalid-value')
    expectJourneyError(
      () => moveTouchpoint(map, 't1', { x: 0, y: 0 }, 'p9'),
      'unknown-phase',
      '"p9"',
    )
    expectJourneyError(
      () => moveTouchpoint(map, 'zz', { x: 0, y: 0 }),
      'unknown-touchpoint',
      '"zz"',
    )
  })
})

describe('moveTouchpointToPoint (a canvas drop)', () => {
  it('joins the phase under the point and stores the relative position', () => {
    const map = sampleMap()
    const result = moveTouchpointToPoint(map, 't1', { x: 350, y: 100 })
    expect(result.touchpoints.t1).toMatchObject({ phaseId: 'p2', position: { x: 30, y: 100 } })
    expect(moveTouchpointToPoint(map, 't4', { x: 720, y: 10 }).touchpoints.t4).toMatchObject({
      phaseId: 'p3',
      position: { x: 0, y: 10 },
    })
  })

  it('unassigns a card dropped outside every column', () => {
    const map = sampleMap()
    const result = moveTouchpointToPoint(map, 't1', { x: 1500, y: 40 })
    expect(result.touchpoints.t1).toMatchObject({ phaseId: null, position: { x: 1500, y: 40 } })
    expect(moveTouchpointToPoint(map, 't1', { x: -200, y: 40 }).touchpoints.t1?.phaseId).toBeNull()
  })

  it('may pick the phase with another probe point, such as the card centre', () => {
    const map = sampleMap()
    const result = moveTouchpointToPoint(map, 't1', { x: 300, y: 80 }, { x: 420, y: 140 })
    expect(result.touchpoints.t1).toMatchObject({ phaseId: 'p2', position: { x: -20, y: 80 } })
  })

  it('returns the same map for a drop where the card already is', () => {
    const map = sampleMap()
    expect(moveTouchpointToPoint(map, 't3', { x: 360, y: 80 })).toBe(map)
    expectJourneyError(() => moveTouchpointToPoint(map, 'zz', { x: 0, y: 0 }), 'unknown-touchpoint')
    expectJourneyError(
      () => moveTouchpointToPoint(map, 't1', { x: Infinity, y: 0 }),
      'invalid-value',
    )
  })
})

describe('deleteTouchpoints', () => {
  it('removes the touchpoints and every edge from or to them', () => {
    const map = sampleMap()
    const result = deleteTouchpoints(map, ['t2'])
    expect(Object.keys(result.touchpoints)).toEqual(['t1', 't3', 't4'])
    expect(Object.keys(result.edges)).toEqual(['e3'])
    expect(result.edges.e3).toBe(map.edges.e3)
    expect(result.touchpoints.t1).toBe(map.touchpoints.t1)
    expect(result.notes).toBe(map.notes)
    expect(checkInvariants(result)).toEqual([])
  })

  it('keeps the edges record when no edge touched them', () => {
    const map = sampleMap()
    expect(deleteTouchpoints(map, new Set(['t4'])).edges).toBe(map.edges)
    expect(deleteTouchpoints(map, ['t4', 't4'])).toEqual(deleteTouchpoints(map, ['t4']))
  })

  it('returns the same map for no ids and refuses unknown ids before deleting anything', () => {
    const map = sampleMap()
    expect(deleteTouchpoints(map, [])).toBe(map)
    expectJourneyError(
      () => deleteTouchpoints(map, ['t1', 'ghost']),
      'unknown-touchpoint',
      '"ghost"',
    )
  })
})
