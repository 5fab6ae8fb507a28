// A column step's ends, computed from its two cards' boxes in React Flow's store: the step is drawn
// again only when those ends move (edges/route-ends.ts).

import { describe, expect, it } from 'vitest'
import { Position, type InternalNode } from '@xyflow/react'
import { columnEnds, sameEnds } from '../../../src/canvas/edges/route-ends'

/** The parts of React Flow's internal node the ends are read from. */
function node(x: number, y: number, width: number, height: number, selected = false) {
  return {
    id: `n-${x}-${y}`,
    position: { x, y },
    data: {},
    selected,
    measured: { width, height },
    internals: { positionAbsolute: { x, y }, z: 0, userNode: {} },
  } as unknown as InternalNode
}

describe('a column step', () => {
  it("runs down from the upper card's bottom middle to the lower card's top middle", () => {
    expect(columnEnds('down', node(100, 40, 200, 120), node(110, 300, 180, 100))).toEqual({
      sourceX: 200,
      sourceY: 160,
      targetX: 200,
      targetY: 300,
      sourcePosition: Position.Bottom,
      targetPosition: Position.Top,
    })
  })

  it("runs up from the lower card's top to the upper card's bottom", () => {
    expect(columnEnds('up', node(0, 300, 200, 100), node(0, 0, 200, 120))).toMatchObject({
      sourceY: 300,
      targetY: 120,
      sourcePosition: Position.Top,
      targetPosition: Position.Bottom,
    })
  })

  it('has no ends while either card is unknown', () => {
    expect(columnEnds('down', undefined, node(0, 0, 10, 10))).toBeNull()
    expect(columnEnds('down', node(0, 0, 10, 10), undefined)).toBeNull()
  })

  it('is the same step when its cards changed in anything but their boxes (a selection, a title)', () => {
    const before = columnEnds('down', node(0, 0, 200, 120), node(0, 300, 200, 100))
    const selected = columnEnds('down', node(0, 0, 200, 120, true), node(0, 300, 200, 100))
    expect(sameEnds(before, selected)).toBe(true)
    expect(sameEnds(before, columnEnds('down', node(4, 0, 200, 120), node(0, 300, 200, 100)))).toBe(
      false,
    )
    expect(sameEnds(before, columnEnds('down', node(0, 0, 200, 140), node(0, 300, 200, 100)))).toBe(
      false,
    )
    // React Flow's measured handles differ from the declared ones in the thousandths.
    const measured = columnEnds('down', node(0.001, 0, 200, 120), node(0, 300, 200, 100))
    expect(sameEnds(before, measured)).toBe(true)
    expect(sameEnds(null, null)).toBe(true)
    expect(sameEnds(before, null)).toBe(false)
  })
})
