// When the canvas mounts only the cards in view (React Flow's `onlyRenderVisibleElements`).
//
// Culling pays when the map is much bigger than the view: zoomed in on a 1,000-card map, a pan
// mounts the few cards coming into view instead of the canvas holding all thousand at full detail
// (a pan step at 100 %: ~75 ms culled, ~300–600 ms not, measured at 1,000 and 2,000 cards). While
// the whole map is in view it saves nothing and costs: each pan step of the fitted view unmounted
// the cards leaving the view and mounted those coming back (~17 cards and their steps a step), so
// panning a fitted 1,000-card map took 1.34–1.53× the frame time of the plain React Flow page, and
// 1.04–1.19× without culling (bench:canvas, alternating builds). So cards are culled only once
// less than about two thirds of the map's area is in view: zoomed in past 1.25× the zoom that fits
// the whole map. Not culling a map that overflows the view at the smallest zoom did not pay: at
// 2,000 cards (~80 % in view) its pan was no faster (1.24–1.31× against 1.25–1.27×) and each
// keystroke cost more (1.17–1.25× the plain page's CPU against 0.95–1.17×), every mounted card
// being one more React Flow store subscriber.

import type { Rect } from '../domain/geometry'

/** Culled above this many times the zoom at which the whole map fits the view. */
export const CULL_ABOVE_FIT = 1.25

/** Space the fitted view leaves around the map (JourneyCanvas's fit padding), in screen px. */
export interface FitMargins {
  top: number
  bottom: number
  x: number
}

/** The zoom at which `bounds` fills the `width` × `height` pane inside `margins` (0: unknown). */
export function fitZoom(bounds: Rect, width: number, height: number, margins: FitMargins): number {
  const room = { width: width - 2 * margins.x, height: height - margins.top - margins.bottom }
  if (room.width <= 0 || room.height <= 0) return 0
  if (bounds.width <= 0 || bounds.height <= 0) return Infinity
  return Math.min(room.width / bounds.width, room.height / bounds.height)
}

/**
 * Whether to mount only the cards in view at `zoom`. A pane not measured yet culls (the first
 * frame of a big map mounts what is in view, not everything).
 */
export function shouldCull(zoom: number, fit: number): boolean {
  return zoom > fit * CULL_ABOVE_FIT
}
