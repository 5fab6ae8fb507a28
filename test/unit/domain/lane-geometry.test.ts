// Layout maths of lanes: rows stacked below the phase headers, which row a canvas y falls in, and
// where a card in a (phase, lane) cell is drawn.

import { describe, expect, it } from 'vitest'
import { CARD_SIZE } from '../../../src/domain/card'
import { mapBounds } from '../../../src/domain/bounds'
import { emptyMap } from '../../../src/domain/defaults'
import {
  COLLAPSED_LANE_HEIGHT,
  COLUMN_BOTTOM_PADDING,
  DEFAULT_COLUMN_HEIGHT,
  LANE_LABEL_WIDTH,
  LINE_LANE_HEIGHT,
  PHASE_HEADER_HEIGHT,
  absolutePosition,
  columnHeight,
  drawnLaneHeight,
  laneAtY,
  laneRow,
  laneRows,
  lanesBottom,
  relativeToCell,
} from '../../../src/domain/geometry'
import { createLane, updateLane } from '../../../src/domain/kinds/lane'
import { updateTouchpoint } from '../../../src/domain/operations'
import type { JourneyMap } from '../../../src/domain/types'
import { LANES_BOTTOM, LANE_TOPS, cardOf, laneMap } from '../../support/lane-map'
import { expectJourneyError, sampleMap } from '../../support/sample-map'

const rows = (map: JourneyMap) =>
  laneRows(map).map(({ lane, index, y, height }) => [lane.id, index, y, height])

describe('drawnLaneHeight', () => {
  it('is the stored height, or the fixed height of a line or a collapsed lane', () => {
    expect(drawnLaneHeight(createLane({ type: 'backstage', height: 250 }))).toBe(250)
    expect(drawnLaneHeight(createLane({ type: 'line-of-visibility', height: 500 }))).toBe(
      LINE_LANE_HEIGHT,
    )
    expect(drawnLaneHeight(createLane({ type: 'text', height: 250, collapsed: true }))).toBe(
      COLLAPSED_LANE_HEIGHT,
    )
    // A collapsed line is still a line.
    const line = createLane({ type: 'line-of-interaction', height: 60, collapsed: true })
    expect(drawnLaneHeight(line)).toBe(LINE_LANE_HEIGHT)
  })
})

describe('laneRows', () => {
  it('stack the lanes in list order from the bottom of the phase headers', () => {
    expect(rows(laneMap())).toEqual([
      ['act', 0, PHASE_HEADER_HEIGHT, 200],
      ['line', 1, LANE_TOPS.line, 36],
      ['front', 2, LANE_TOPS.front, 180],
      ['curve', 3, LANE_TOPS.curve, 200],
      ['metrics', 4, LANE_TOPS.metrics, 132],
      ['folded', 5, LANE_TOPS.folded, 36],
      ['back', 6, LANE_TOPS.back, 180],
    ])
    expect(laneRows(sampleMap())).toEqual([])
  })

  it('move down when a lane above grows or opens', () => {
    const taller = updateLane(laneMap(), 'act', { height: 260 })
    expect(laneRow(taller, 'back')?.y).toBe(LANE_TOPS.back + 60)
    const opened = updateLane(laneMap(), 'folded', { collapsed: false })
    expect(laneRow(opened, 'back')?.y).toBe(LANE_TOPS.back + 180 - COLLAPSED_LANE_HEIGHT)
    expect(laneRow(opened, 'act')?.y).toBe(LANE_TOPS.act)
  })

  it('laneRow finds one row, or nothing for an unknown id', () => {
    expect(laneRow(laneMap(), 'front')).toMatchObject({ index: 2, y: 292, height: 180 })
    expect(laneRow(laneMap(), 'ghost')).toBeUndefined()
    expect(laneRow(laneMap(), 'p1')).toBeUndefined()
  })

  it('lanesBottom is where the last row ends, or the header without lanes', () => {
    expect(lanesBottom(laneMap())).toBe(LANES_BOTTOM)
    expect(lanesBottom(emptyMap())).toBe(PHASE_HEADER_HEIGHT)
  })
})

describe('laneAtY', () => {
  const map = laneMap()
  const at = (y: number) => laneAtY(map, y)?.id ?? null

  it('finds the row of a lane that holds cards; a lane owns its top edge', () => {
    expect(at(56)).toBe('act')
    expect(at(255.99)).toBe('act')
    expect(at(292)).toBe('front')
    expect(at(471.5)).toBe('front')
    expect(at(840)).toBe('back')
    expect(at(1019.9)).toBe('back')
  })

  it('gives no lane above the rows, below them, and for a non-finite y', () => {
    expect(at(0)).toBeNull()
    expect(at(55.9)).toBeNull()
    expect(at(LANES_BOTTOM)).toBeNull()
    expect(at(5000)).toBeNull()
    expect(at(-10)).toBeNull()
    expect(at(Number.NaN)).toBeNull()
    expect(at(Infinity)).toBeNull()
    expect(laneAtY(sampleMap(), 100)).toBeNull()
  })

  it('gives no lane on a blueprint line, the curve, the metrics or a collapsed lane', () => {
    expect(at(256)).toBeNull()
    expect(at(291)).toBeNull()
    expect(at(472)).toBeNull()
    expect(at(600)).toBeNull()
    expect(at(672)).toBeNull()
    expect(at(780)).toBeNull()
    expect(at(804)).toBeNull()
    expect(at(839)).toBeNull()
  })

  it('finds a collapsed lane once it is opened again', () => {
    const opened = updateLane(map, 'folded', { collapsed: false })
    expect(laneAtY(opened, 804)?.id).toBe('folded')
    expect(laneAtY(opened, 983)?.id).toBe('folded')
    expect(laneAtY(opened, 984)?.id).toBe('back')
  })
})

describe('absolutePosition and relativeToCell with lanes', () => {
  it('measure x from the column and y from the lane', () => {
    const map = laneMap()
    expect(absolutePosition(map, cardOf(map, 't1'))).toEqual({ x: 20, y: 76 })
    expect(absolutePosition(map, cardOf(map, 't3'))).toEqual({ x: 360, y: 322 })
    expect(absolutePosition(map, cardOf(map, 't5'))).toEqual({ x: 730, y: 816 })
    // No lane: y from the top of the canvas.
    expect(absolutePosition(map, cardOf(map, 't2'))).toEqual({ x: 20, y: 240 })
    // A lane but no phase: x from the canvas origin.
    const placed = { phaseId: null, laneId: 'back', position: { x: 1200, y: 5 } }
    expect(absolutePosition(map, placed)).toEqual({ x: 1200, y: 845 })
  })

  it('draw a card whose lane is missing as if it had none', () => {
    const map = laneMap()
    const position = { x: 7, y: 9 }
    expect(absolutePosition(map, { phaseId: 'p2', laneId: 'gone', position })).toEqual({
      x: 327,
      y: 9,
    })
    expect(absolutePosition(map, { phaseId: 'gone', laneId: 'gone', position })).toEqual(position)
  })

  it('relativeToCell is the inverse, per axis', () => {
    const map = laneMap()
    expect(relativeToCell(map, 'p2', 'front', { x: 360, y: 322 })).toEqual({ x: 40, y: 30 })
    expect(relativeToCell(map, null, 'back', { x: 1200, y: 845 })).toEqual({ x: 1200, y: 5 })
    expect(relativeToCell(map, 'p3', null, { x: 730, y: 816 })).toEqual({ x: 10, y: 816 })
    expect(relativeToCell(map, null, null, { x: -3, y: 4 })).toEqual({ x: -3, y: 4 })
    // JSON cannot keep -0: a -0 coming in leaves as 0.
    const corner = relativeToCell(map, null, 'act', { x: -0, y: 56 })
    expect(Object.is(corner.x, 0) && Object.is(corner.y, 0)).toBe(true)
  })

  it('relativeToCell refuses an unknown lane or phase', () => {
    const map = laneMap()
    expectJourneyError(() => relativeToCell(map, 'p1', 'ghost', { x: 0, y: 0 }), 'unknown-lane')
    expectJourneyError(() => relativeToCell(map, 'ghost', 'act', { x: 0, y: 0 }), 'unknown-phase')
  })
})

describe('columnHeight with lanes', () => {
  it('ends with the last lane when every card fits', () => {
    expect(columnHeight(laneMap(), CARD_SIZE)).toBe(LANES_BOTTOM)
    expect(columnHeight(sampleMap(), CARD_SIZE)).toBe(DEFAULT_COLUMN_HEIGHT)
  })

  it('grows to hold a card low in a lane, measured from that lane', () => {
    const map = updateTouchpoint(laneMap(), 't3', {
      laneId: 'back',
      position: { x: 0, y: 100 },
    })
    expect(columnHeight(map, CARD_SIZE)).toBe(
      LANE_TOPS.back + 100 + CARD_SIZE.height + COLUMN_BOTTOM_PADDING,
    )
  })

  it('ignores unassigned cards, however low', () => {
    const map = updateTouchpoint(laneMap(), 't4', { laneId: 'back', position: { x: 0, y: 900 } })
    expect(columnHeight(map, CARD_SIZE)).toBe(LANES_BOTTOM)
  })
})

describe('mapBounds with lanes', () => {
  it('frame the lane labels left of the first column and every row', () => {
    const map = laneMap()
    // Right: t4 (unassigned, x 1200) plus a card; bottom: the last lane.
    expect(mapBounds(map, CARD_SIZE)).toEqual({
      x: -LANE_LABEL_WIDTH,
      y: 0,
      width: LANE_LABEL_WIDTH + 1200 + CARD_SIZE.width,
      height: LANES_BOTTOM,
    })
  })
})
