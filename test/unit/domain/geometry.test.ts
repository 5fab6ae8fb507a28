import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emptyMap } from '../../../src/domain/defaults'
import {
  DEFAULT_COLUMN_HEIGHT,
  COLUMN_BOTTOM_PADDING,
  absolutePosition,
  absolutePositions,
  columnHeight,
  columnsWidth,
  edgeRoute,
  phaseAtX,
  phaseColumns,
  relativeTo,
  relativeToCell,
} from '../../../src/domain/geometry'
import { mapBounds } from '../../../src/domain/bounds'
import { arbitraryJourneyMap } from '../../support/arbitraries'
import { expectJourneyError, sampleMap } from '../../support/sample-map'

const card = { width: 240, height: 120 }

describe('phase columns', () => {
  it('are laid left to right from x = 0 in array order', () => {
    const map = sampleMap()
    expect(
      phaseColumns(map).map(({ phase, index, x, width }) => [phase.id, index, x, width]),
    ).toEqual([
      ['p1', 0, 0, 320],
      ['p2', 1, 320, 400],
      ['p3', 2, 720, 300],
    ])
    expect(columnsWidth(map)).toBe(1020)
    expect(phaseColumns(emptyMap())).toEqual([])
  })

  it('own their left edge but not their right edge', () => {
    const map = sampleMap()
    expect(phaseAtX(map, 0)?.id).toBe('p1')
    expect(phaseAtX(map, 319.99)?.id).toBe('p1')
    expect(phaseAtX(map, 320)?.id).toBe('p2')
    expect(phaseAtX(map, 1019)?.id).toBe('p3')
    expect(phaseAtX(map, 1020)).toBeNull()
    expect(phaseAtX(map, -0.01)).toBeNull()
    expect(phaseAtX(map, Number.NaN)).toBeNull()
    expect(phaseAtX(emptyMap(), 10)).toBeNull()
  })
})

describe('positions', () => {
  it('are relative to the column, absolute when unassigned', () => {
    const map = sampleMap()
    const { t1, t3, t4 } = map.touchpoints
    expect(absolutePosition(map, t1!)).toEqual({ x: 20, y: 80 })
    expect(absolutePosition(map, t3!)).toEqual({ x: 360, y: 80 })
    expect(absolutePosition(map, t4!)).toEqual({ x: 1200, y: 500 })
    // A map that skipped restore: draw the card as unassigned instead of failing.
    expect(absolutePosition(map, { phaseId: 'gone', position: { x: 5, y: 6 } })).toEqual({
      x: 5,
      y: 6,
    })
  })

  it('come out the same laid out once for many records', () => {
    const map = sampleMap()
    const placed = absolutePositions(map)
    for (const card of Object.values(map.touchpoints))
      expect(placed(card)).toEqual(absolutePosition(map, card))
    expect(placed({ phaseId: 't1', position: { x: 5, y: 6 } })).toEqual({ x: 5, y: 6 })
    expect(placed(map.touchpoints.t3!)).toEqual({ x: 360, y: 80 })
  })

  it('convert back with relativeTo', () => {
    const map = sampleMap()
    expect(relativeTo(map, 'p2', { x: 360, y: 80 })).toEqual({ x: 40, y: 80 })
    expect(relativeTo(map, null, { x: 7, y: -3 })).toEqual({ x: 7, y: -3 })
    expectJourneyError(() => relativeTo(map, 'nope', { x: 0, y: 0 }), 'unknown-phase', '"nope"')
  })

  it('never produce -0', () => {
    const map = sampleMap()
    const result = relativeTo(map, 'p2', { x: 320, y: -0 })
    expect(Object.is(result.x, 0)).toBe(true)
    expect(Object.is(result.y, 0)).toBe(true)
  })

  it('round-trip through absolute coordinates on random maps', () => {
    fc.assert(
      fc.property(arbitraryJourneyMap({ trickyIds: true }), (map) => {
        for (const touchpoint of Object.values(map.touchpoints)) {
          const { phaseId, laneId } = touchpoint
          const back = relativeToCell(map, phaseId, laneId, absolutePosition(map, touchpoint))
          expect(back.x).toBeCloseTo(touchpoint.position.x, 6)
          expect(back.y).toBeCloseTo(touchpoint.position.y, 6)
        }
      }),
    )
  })
})

describe('bounds', () => {
  it('is a zero rectangle for an empty map', () => {
    expect(mapBounds(emptyMap(), card)).toEqual({ x: 0, y: 0, width: 0, height: 0 })
  })

  it('covers columns, cards and notes', () => {
    const map = sampleMap()
    // t4 at (1200, 500) reaches x 1440; notes reach y 940; columns start at (0, 0).
    expect(mapBounds(map, card)).toEqual({ x: 0, y: 0, width: 1440, height: 940 })
  })

  it('grows columns to hold their lowest card', () => {
    const map = sampleMap()
    expect(columnHeight(map, card)).toBe(DEFAULT_COLUMN_HEIGHT)
    expect(columnHeight(map, { width: 240, height: 600 })).toBe(240 + 600 + COLUMN_BOTTOM_PADDING)
  })

  it('includes cards left of and above the columns', () => {
    const map = {
      ...emptyMap(),
      notes: {
        n: {
          id: 'n',
          text: '',
          color: '#ffffff',
          position: { x: -100, y: -50 },
          size: { width: 80, height: 48 },
        },
      },
    }
    expect(mapBounds(map, card)).toEqual({ x: -100, y: -50, width: 80, height: 48 })
  })
})

describe('edgeRoute', () => {
  const size = { width: 240, height: 132 }
  it('is vertical only for cards stacked in one column with a gap between them', () => {
    const map = sampleMap()
    expect(edgeRoute(map, 't1', 't2', size)).toBe('down')
    expect(edgeRoute(map, 't2', 't1', size)).toBe('up')
    expect(edgeRoute(map, 't2', 't3', size)).toBe('side')
    expect(edgeRoute(map, 't1', 'missing', size)).toBe('side')
    // Overlapping vertically (no gap to route through): side.
    expect(edgeRoute(map, 't1', 't2', { width: 240, height: 200 })).toBe('side')
  })
})
