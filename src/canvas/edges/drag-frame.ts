// The area a step's drawing claims while a card at either end moves (compositor-moves.ts says why
// it claims a fixed one): the step's two ends snapped out to a coarse grid, with a margin for the
// curve's bulge. Its values stay the same while the ends move inside their grid cells, so the
// drawing's bounds change only when an end crosses a grid line: one re-layered frame in many,
// instead of every frame.
//
// It is local on purpose: a frame spanning the whole map (what this replaced) made a layer as big
// as the map for each moving step, five colleagues dragging made ten, and the browser works out
// their overlap with the page in every frame (z-order.ts, MOVING_STEP_Z, says where they draw).

import type { Rect } from '../../domain/geometry'

/** Grid the frame's edges snap to (canvas px). */
export const DRAG_FRAME_GRID = 1_024

/** The frame around a step from (sx, sy) to (tx, ty), canvas px. */
export function dragFrameAround(sx: number, sy: number, tx: number, ty: number): Rect {
  const grid = DRAG_FRAME_GRID
  const left = Math.floor(Math.min(sx, tx) / grid) * grid
  const top = Math.floor(Math.min(sy, ty) / grid) * grid
  const right = Math.ceil(Math.max(sx, tx) / grid) * grid
  const bottom = Math.ceil(Math.max(sy, ty) / grid) * grid
  // React Flow's bezier bulges past its ends only when drawn backwards (a card dragged behind the
  // other end), by 0.25 × 25 × √distance at its control points: under one grid step up to ~100,000
  // px apart. One step of margin holds it.
  const margin = grid
  return {
    x: left - margin,
    y: top - margin,
    width: right - left + 2 * margin,
    height: bottom - top + 2 * margin,
  }
}
