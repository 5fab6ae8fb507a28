// The canvas's stacking order, bottom to top: React Flow's `zIndex` of each kind of node and of the
// steps (JourneyCanvas uses zIndexMode "manual", so these are taken as they are).

/** Phase columns: behind everything. */
export const PHASE_Z = 0
/** Lanes: rows across the columns. */
export const LANE_Z = 1
/** Steps between cards at rest: above the columns and lanes, under the cards they join. */
export const STEP_Z = 5
export const CARD_Z = 10
export const NOTE_Z = 20

/**
 * What moves draws above everything at rest: over what it passes, as in any whiteboard, and first
 * in the browser's hit test of each pointer move, which otherwise tried every card drawn after the
 * dragged one (~3 ms per move at 1,000 cards, traced).
 */
export const MOVING_Z = 1000

/**
 * A step whose card moves draws above the cards at rest too, just under the moving card. It is held
 * on a layer of its own (compositor-moves.ts), and each card overlapping a layer under it would
 * need a layer above it: with five colleagues dragging on a 2,000-card map that doubled the CPU of
 * each of my drag frames (bench:canvas, "drag+5 peers").
 */
export const MOVING_STEP_Z = MOVING_Z - 1
