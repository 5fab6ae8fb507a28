// Cards on the (phase, lane) grid: a drop picks the column and the row under the card, stores the
// position relative to that cell and grows the lane to hold the card; lanes that move, fold, grow
// or disappear take their cards along (or leave them where they were, in no lane).

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CARD_SIZE } from '../../../src/domain/card'
import {
  absolutePosition,
  laneAtY,
  laneRow,
  lanesBottom,
  phaseAtX,
  columnsWidth,
} from '../../../src/domain/geometry'
import { checkInvariants } from '../../../src/domain/invariants'
import {
  MAX_LANE_HEIGHT,
  addLane,
  createLane,
  deleteLane,
  moveLane,
  updateLane,
} from '../../../src/domain/kinds/lane'
import { setTouchpointLane } from '../../../src/domain/kinds/touchpoint'
import {
  addTouchpoint,
  dropNodes,
  moveTouchpoint,
  moveTouchpointToPoint,
  updateTouchpoint,
} from '../../../src/domain/operations'
import { createTouchpoint } from '../../../src/domain/defaults'
import type { JourneyMap } from '../../../src/domain/types'
import { arbitraryJourneyMap } from '../../support/arbitraries'
import { LANE_TOPS, cardOf, laneMap, laneOf } from '../../support/lane-map'
import { expectJourneyError } from '../../support/sample-map'

/** Space a drop keeps between a card and its lane's edges (touchpoint.ts). */
const PADDING = 12

describe('moveTouchpointToPoint into a cell', () => {
  it('takes the phase and the lane under the point, the position relative to the cell', () => {
    const map = laneMap()
    const next = moveTouchpointToPoint(map, 't2', { x: 350, y: 310 })
    expect(cardOf(next, 't2')).toEqual({
      ...cardOf(map, 't2'),
      phaseId: 'p2',
      laneId: 'front',
      position: { x: 30, y: 18 },
    })
    expect(absolutePosition(next, cardOf(next, 't2'))).toEqual({ x: 350, y: 310 })
    // It fits: the lanes are untouched.
    expect(next.lanes).toBe(map.lanes)
  })

  it('chooses the cell by the probe, not the top-left corner', () => {
    const map = laneMap()
    // Top-left in lane "act" of p1, centre in lane "front" of p2.
    const next = moveTouchpointToPoint(map, 't2', { x: 300, y: 290 }, { x: 420, y: 356 })
    expect(cardOf(next, 't2')).toMatchObject({
      phaseId: 'p2',
      laneId: 'front',
      // x relative to p2 (may be negative); y pulled inside the lane, below its top padding.
      position: { x: -20, y: PADDING },
    })
  })

  it('grows the lane when the card is dropped low in it; the rows below move down', () => {
    const map = laneMap()
    const next = moveTouchpointToPoint(map, 't2', { x: 350, y: LANE_TOPS.front + 150 })
    expect(cardOf(next, 't2')).toMatchObject({ laneId: 'front', position: { x: 30, y: 150 } })
    const grown = 150 + CARD_SIZE.height + PADDING
    expect(laneOf(next, 'front').height).toBe(grown)
    expect(laneRow(next, 'curve')?.y).toBe(LANE_TOPS.front + grown)
    expect(absolutePosition(next, cardOf(next, 't2'))).toEqual({ x: 350, y: 442 })
    // A card further down (in "folded") moves down with its row; one above does not move.
    const t5Before = absolutePosition(map, cardOf(map, 't5'))
    expect(absolutePosition(next, cardOf(next, 't5')).y).toBe(t5Before.y + grown - 180)
    expect(absolutePosition(next, cardOf(next, 't1'))).toEqual({ x: 20, y: 76 })
    expect(checkInvariants(next)).toEqual([])
  })

  it('keeps a card inside its lane even when the lane is as tall as it can be', () => {
    const map = updateLane(laneMap(), 'back', { height: MAX_LANE_HEIGHT })
    const point = { x: 10, y: LANE_TOPS.back + MAX_LANE_HEIGHT - 20 }
    const next = moveTouchpointToPoint(map, 't2', point)
    const card = cardOf(next, 't2')
    expect(card.laneId).toBe('back')
    expect(card.position.y + CARD_SIZE.height).toBeLessThanOrEqual(laneOf(next, 'back').height)
  })

  it('gives no lane on a blueprint line, the curve, the metrics or a collapsed lane', () => {
    const map = laneMap()
    for (const y of [LANE_TOPS.line + 5, 500, 700, LANE_TOPS.folded + 10, 30, 2000]) {
      const next = moveTouchpointToPoint(map, 't1', { x: 100, y })
      expect(cardOf(next, 't1'), `y ${y}`).toMatchObject({
        phaseId: 'p1',
        laneId: null,
        position: { x: 100, y },
      })
      expect(next.lanes, `y ${y}`).toBe(map.lanes)
    }
  })

  it('gives no phase outside the columns; refuses bad input', () => {
    const map = laneMap()
    const next = moveTouchpointToPoint(map, 't1', { x: -50, y: 30 })
    expect(cardOf(next, 't1')).toMatchObject({ phaseId: null, laneId: null })
    expect(cardOf(next, 't1').position).toEqual({ x: -50, y: 30 })
    expectJourneyError(
      () => moveTouchpointToPoint(map, 'ghost', { x: 0, y: 0 }),
      'unknown-touchpoint',
    )
    expectJourneyError(
      () => moveTouchpointToPoint(map, 't1', { x: Number.NaN, y: 0 }),
      'invalid-value',
    )
  })

  it('returns the same map when the card is dropped where it is', () => {
    const map = laneMap()
    expect(moveTouchpointToPoint(map, 't1', { x: 20, y: 76 })).toBe(map)
    expect(moveTouchpointToPoint(map, 't3', { x: 360, y: 322 })).toBe(map)
    expect(moveTouchpointToPoint(map, 't4', { x: 1200, y: 500 })).toBe(map)
  })
})

describe('dropNodes', () => {
  const drop = (map: JourneyMap, x: number, y: number, parentId?: string) =>
    dropNodes(map, [
      { id: 't2', type: 'touchpoint', position: { x, y }, ...(parentId ? { parentId } : {}) },
    ])

  it('puts a card into the cell under its centre (x relative to its old column)', () => {
    const map = laneMap()
    // Parent p2 starts at x 320; y is absolute (columns start at y 0).
    const next = drop(map, 30.4, 310.6, 'p2')
    expect(cardOf(next, 't2')).toMatchObject({
      phaseId: 'p2',
      laneId: 'front',
      position: { x: 30, y: 311 - LANE_TOPS.front },
    })
  })

  it('pulls a card whose centre is in a lane but whose top sticks out above it inside', () => {
    const map = laneMap()
    // Top at 250 (in "act"), centre at 316 (in "front").
    const next = drop(map, 340, 250)
    expect(cardOf(next, 't2')).toMatchObject({
      phaseId: 'p2',
      laneId: 'front',
      position: { x: 20, y: PADDING },
    })
  })

  it('leaves a card whose centre is on a line, the curve or the metrics in no lane', () => {
    const map = laneMap()
    const centreOn = (y: number) => y - CARD_SIZE.height / 2
    for (const y of [LANE_TOPS.line + 10, LANE_TOPS.curve + 50, LANE_TOPS.metrics + 50]) {
      const next = drop(map, 40, centreOn(y))
      expect(cardOf(next, 't2'), `centre at ${y}`).toMatchObject({
        phaseId: 'p1',
        laneId: null,
        position: { x: 40, y: centreOn(y) },
      })
    }
  })

  it('drops several cards at once and ignores unknown ids', () => {
    const map = laneMap()
    const next = dropNodes(map, [
      { id: 't1', type: 'touchpoint', position: { x: 20, y: LANE_TOPS.back + 20 }, parentId: 'p1' },
      { id: 't4', type: 'touchpoint', position: { x: 740, y: 70 } },
      { id: 'ghost', type: 'touchpoint', position: { x: 0, y: 0 } },
    ])
    expect(cardOf(next, 't1')).toMatchObject({ laneId: 'back', position: { x: 20, y: 20 } })
    expect(cardOf(next, 't4')).toMatchObject({
      phaseId: 'p3',
      laneId: 'act',
      position: { x: 20, y: PADDING + 2 },
    })
    expect(Object.keys(next.touchpoints)).not.toContain('ghost')
    expect(dropNodes(map, [{ id: 'ghost', type: 'touchpoint', position: { x: 0, y: 0 } }])).toBe(
      map,
    )
  })
})

describe('lanes carry their cards', () => {
  it('moving a lane moves its cards without touching their records', () => {
    const map = laneMap()
    const next = moveLane(map, 'front', 0)
    expect(next.touchpoints).toBe(map.touchpoints)
    expect(absolutePosition(next, cardOf(next, 't3'))).toEqual({ x: 360, y: 56 + 30 })
    expect(absolutePosition(next, cardOf(next, 't1'))).toEqual({ x: 20, y: 56 + 180 + 20 })
    // A card in no lane stays put.
    expect(absolutePosition(next, cardOf(next, 't2'))).toEqual({ x: 20, y: 240 })
  })

  it('collapsing a lane moves the cards below it up, and opening it moves them back', () => {
    const map = laneMap()
    const folded = updateLane(map, 'act', { collapsed: true })
    expect(folded.touchpoints).toBe(map.touchpoints)
    expect(absolutePosition(folded, cardOf(folded, 't3')).y).toBe(322 - 200 + 36)
    expect(absolutePosition(folded, cardOf(folded, 't1')).y).toBe(76)
    const opened = updateLane(folded, 'act', { collapsed: false })
    expect(absolutePosition(opened, cardOf(opened, 't3')).y).toBe(322)
  })

  it('resizing a lane moves the cards below it by the difference', () => {
    const map = laneMap()
    const next = updateLane(map, 'act', { height: 260 })
    expect(absolutePosition(next, cardOf(next, 't3')).y).toBe(322 + 60)
    expect(absolutePosition(next, cardOf(next, 't1')).y).toBe(76)
  })

  it('a new lane above pushes cards down; the cards keep their cell', () => {
    const map = addLane(laneMap(), createLane({ id: 'top', height: 100 }), 0)
    expect(absolutePosition(map, cardOf(map, 't1')).y).toBe(176)
    expect(cardOf(map, 't1').laneId).toBe('act')
  })

  it('on any map, moving any lane anywhere keeps each card in its lane, at its place there', () => {
    fc.assert(
      fc.property(
        arbitraryJourneyMap({ extraFields: false }).filter((m) => m.lanes.length > 0),
        fc.nat(),
        fc.integer({ min: -2, max: 8 }),
        (map, pick, to) => {
          const lane = map.lanes[pick % map.lanes.length]!
          const next = moveLane(map, lane.id, to)
          expect(next.touchpoints).toBe(map.touchpoints)
          for (const card of Object.values(next.touchpoints)) {
            if (card.laneId === null) continue
            const before = absolutePosition(map, card).y - laneRow(map, card.laneId)!.y
            const after = absolutePosition(next, card).y - laneRow(next, card.laneId)!.y
            expect(after).toBeCloseTo(before, 6)
          }
        },
      ),
      { numRuns: 100 },
    )
  })
})

describe('deleting a lane', () => {
  it('on any map, keeps its cards where they were on the canvas, in no lane', () => {
    fc.assert(
      fc.property(
        arbitraryJourneyMap({ trickyIds: true }).filter((m) => m.lanes.length > 0),
        fc.nat(),
        (map, pick) => {
          const doomed = map.lanes[pick % map.lanes.length]!.id
          const next = deleteLane(map, doomed)
          expect(next.lanes.map((l) => l.id)).toEqual(
            map.lanes.filter((l) => l.id !== doomed).map((l) => l.id),
          )
          for (const [id, card] of Object.entries(map.touchpoints)) {
            const after = next.touchpoints[id]!
            if (card.laneId !== doomed) {
              expect(after).toBe(card)
              continue
            }
            expect(after.laneId).toBeNull()
            expect(after.phaseId).toBe(card.phaseId)
            const was = absolutePosition(map, card)
            const is = absolutePosition(next, after)
            expect(is.x).toBeCloseTo(was.x, 6)
            expect(is.y).toBeCloseTo(was.y, 6)
          }
          expect(checkInvariants(next)).toEqual([])
        },
      ),
      { numRuns: 150 },
    )
  })
})

describe('setTouchpointLane', () => {
  it('puts a card below the cards of its new cell and grows the lane to hold it', () => {
    const map = laneMap()
    const next = setTouchpointLane(map, 't2', 'act')
    // p1 is 320 wide: centred x 40; below t1 (y 20): 20 + 132 + 24.
    expect(cardOf(next, 't2')).toMatchObject({
      phaseId: 'p1',
      laneId: 'act',
      position: { x: 40, y: 176 },
    })
    expect(laneOf(next, 'act').height).toBe(176 + CARD_SIZE.height + PADDING)
    expect(checkInvariants(next)).toEqual([])
  })

  it('puts a card at the top of an empty cell, the lane untouched', () => {
    const map = laneMap()
    const next = setTouchpointLane(map, 't2', 'back')
    expect(cardOf(next, 't2')).toMatchObject({ laneId: 'back', position: { x: 40, y: 12 } })
    expect(next.lanes).toBe(map.lanes)
  })

  it('keeps an unassigned card at its x', () => {
    const next = setTouchpointLane(laneMap(), 't4', 'front')
    expect(cardOf(next, 't4')).toMatchObject({
      phaseId: null,
      laneId: 'front',
      position: { x: 1200, y: PADDING },
    })
  })

  it('takes a card out of its lane where it is on the canvas', () => {
    const map = laneMap()
    const next = setTouchpointLane(map, 't1', null)
    expect(cardOf(next, 't1')).toMatchObject({
      phaseId: 'p1',
      laneId: null,
      position: { x: 20, y: 76 },
    })
    expect(absolutePosition(next, cardOf(next, 't1'))).toEqual(
      absolutePosition(map, cardOf(map, 't1')),
    )
  })

  it('returns the same map for the same lane; refuses unknown lanes and cards', () => {
    const map = laneMap()
    expect(setTouchpointLane(map, 't1', 'act')).toBe(map)
    expect(setTouchpointLane(map, 't2', null)).toBe(map)
    expectJourneyError(() => setTouchpointLane(map, 't1', 'ghost'), 'unknown-lane', '"ghost"')
    expectJourneyError(() => setTouchpointLane(map, 'ghost', 'act'), 'unknown-touchpoint')
  })
})

describe('unknown lanes are refused by the card operations', () => {
  it("addTouchpoint, updateTouchpoint and moveTouchpoint check a card's lane", () => {
    const map = laneMap()
    const card = createTouchpoint({ id: 'new', laneId: 'ghost' })
    expectJourneyError(() => addTouchpoint(map, card), 'unknown-lane', '"ghost"')
    expectJourneyError(() => updateTouchpoint(map, 't1', { laneId: 'ghost' }), 'unknown-lane')
    expectJourneyError(
      () => moveTouchpoint(map, 't1', { x: 0, y: 0 }, 'p1', 'ghost'),
      'unknown-lane',
    )
    // A phase id is not a lane id.
    expectJourneyError(() => updateTouchpoint(map, 't1', { laneId: 'p1' }), 'unknown-lane')
    expect(cardOf(updateTouchpoint(map, 't1', { laneId: 'back' }), 't1').laneId).toBe('back')
  })
})

describe('a drop anywhere on any map', () => {
  it('joins the column and the lane under the probe and fits inside that lane', () => {
    const scene = arbitraryJourneyMap({ extraFields: false })
      .filter((m) => Object.keys(m.touchpoints).length > 0)
      .chain((map) =>
        fc.record({
          map: fc.constant(map),
          pick: fc.nat(),
          x: fc.integer({ min: -300, max: Math.ceil(columnsWidth(map)) + 300 }),
          y: fc.integer({ min: -100, max: Math.ceil(lanesBottom(map)) + 300 }),
        }),
      )
    fc.assert(
      fc.property(scene, ({ map, pick, x, y }) => {
        const ids = Object.keys(map.touchpoints)
        const id = ids[pick % ids.length]!
        const next = moveTouchpointToPoint(map, id, { x, y })
        const card = next.touchpoints[id]!
        const lane = laneAtY(map, y)
        expect(card.phaseId).toBe(phaseAtX(map, x)?.id ?? null)
        expect(card.laneId).toBe(lane?.id ?? null)
        const drawn = absolutePosition(next, card)
        expect(drawn.x).toBeCloseTo(x, 6)
        if (lane === null) {
          expect(drawn.y).toBe(y)
          expect(next.lanes).toBe(map.lanes)
        } else {
          const top = laneRow(map, lane.id)!.y
          expect(laneRow(next, lane.id)!.y).toBe(top)
          expect(card.position.y).toBeGreaterThanOrEqual(PADDING)
          // A lane cannot grow past MAX_LANE_HEIGHT; that case has its own test above.
          const needed = Math.max(y - top, PADDING) + CARD_SIZE.height + PADDING
          if (needed <= MAX_LANE_HEIGHT) {
            const height = laneOf(next, lane.id).height
            expect(card.position.y + CARD_SIZE.height + PADDING).toBeLessThanOrEqual(height)
            // Below the top padding the card lands exactly where it was dropped.
            expect(drawn.y).toBeCloseTo(Math.max(y, top + PADDING), 6)
          }
        }
        expect(checkInvariants(next)).toEqual([])
      }),
      { numRuns: 200 },
    )
  })
})
