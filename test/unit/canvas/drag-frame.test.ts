import { describe, expect, it } from 'vitest'
import { getBezierPath, Position } from '@xyflow/react'
import { DRAG_FRAME_GRID, dragFrameAround } from '../../../src/canvas/edges/drag-frame'
import type { Rect } from '../../../src/domain/geometry'

const contains = (frame: Rect, x: number, y: number) =>
  x >= frame.x && x <= frame.x + frame.width && y >= frame.y && y <= frame.y + frame.height

/** Points along React Flow's bezier from (sx, sy) leaving right to (tx, ty) entering left. */
function curvePoints(sx: number, sy: number, tx: number, ty: number) {
  const [path] = getBezierPath({
    sourceX: sx,
    sourceY: sy,
    targetX: tx,
    targetY: ty,
    sourcePosition: Position.Right,
    targetPosition: Position.Left,
  })
  const [x0, y0, c1x, c1y, c2x, c2y, x1, y1] = path.match(/-?\d+(\.\d+)?/g)!.map(Number)
  const points: [number, number][] = []
  for (let i = 0; i <= 40; i++) {
    const t = i / 40
    const u = 1 - t
    points.push([
      u ** 3 * x0! + 3 * u * u * t * c1x! + 3 * u * t * t * c2x! + t ** 3 * x1!,
      u ** 3 * y0! + 3 * u * u * t * c1y! + 3 * u * t * t * c2y! + t ** 3 * y1!,
    ])
  }
  return points
}

describe('dragFrameAround', () => {
  it('holds the whole curve, also for a step dragged backwards past its other end', () => {
    const cases: [number, number, number, number][] = [
      [0, 0, 300, 0],
      [100, 200, 5_000, -3_000],
      // Dragged to the left of its source, which sits on a grid line: the curve bulges out past
      // both ends.
      [4_096, 512, -2_048, 900],
      [40_960, 0, -40_960, 0],
      [-7_000, -7_000, -6_990, -6_800],
    ]
    for (const [sx, sy, tx, ty] of cases) {
      const frame = dragFrameAround(sx, sy, tx, ty)
      for (const [x, y] of curvePoints(sx, sy, tx, ty)) expect(contains(frame, x, y)).toBe(true)
    }
  })

  it('stays the same while the ends move inside their grid cells, and follows them out', () => {
    const start = dragFrameAround(1_100, 1_100, 1_900, 1_300)
    // A drag of a few hundred canvas px in small steps: the same frame, by value.
    for (let dx = 0; dx < 100; dx += 7) {
      expect(dragFrameAround(1_100 + dx, 1_100 + dx, 1_900, 1_300)).toEqual(start)
    }
    // Past a grid line, the frame grows to hold the end.
    const further = dragFrameAround(1_100, 1_100, 1_900 + DRAG_FRAME_GRID, 1_300)
    expect(further).not.toEqual(start)
    expect(contains(further, 1_900 + DRAG_FRAME_GRID, 1_300)).toBe(true)
  })

  it('is local: a short step claims a few grid cells, not the map', () => {
    const frame = dragFrameAround(20_000, 9_000, 20_300, 9_100)
    expect(frame.width).toBeLessThanOrEqual(5 * DRAG_FRAME_GRID)
    expect(frame.height).toBeLessThanOrEqual(5 * DRAG_FRAME_GRID)
    expect(contains(frame, 20_000, 9_000) && contains(frame, 20_300, 9_100)).toBe(true)
  })
})
