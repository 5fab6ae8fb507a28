// What a whole-map image covers and how many pixels it gets. The frame is the map's bounds (every
// column, card and note — not what happens to be on screen) plus padding, in canvas pixels; the
// scale multiplies it. Canvases have hard limits (Chromium: 32,767 px a side, 268 Mpx; an 8k-wide
// canvas already costs hundreds of MB), so we stay at 16,384 px a side and 64 Mpx and lower the
// scale when a big map at 3× would pass them; the caller tells the person what scale was used.

import { CARD_SIZE } from '../domain/card'
import { mapBounds } from '../domain/bounds'
import type { Rect } from '../domain/geometry'
import type { Messages } from '../domain/i18n'
import type { JourneyMap } from '../domain/types'

export const MAX_CANVAS_SIDE = 16_384
export const MAX_CANVAS_PIXELS = 64_000_000

export const EXPORT_SCALES = [1, 2, 3] as const
export const DEFAULT_PADDING = 48

export interface CanvasLimits {
  readonly maxSide: number
  readonly maxPixels: number
}

const CANVAS_LIMITS: CanvasLimits = {
  maxSide: MAX_CANVAS_SIDE,
  maxPixels: MAX_CANVAS_PIXELS,
}

export interface ExportFrame {
  /** Top-left corner of the picture on the canvas (bounds minus padding). */
  readonly x: number
  readonly y: number
  /** Size of the picture in canvas pixels (bounds plus padding on both sides, whole pixels). */
  readonly width: number
  readonly height: number
  readonly requestedScale: number
  /** The scale actually used: the requested one, or lower to respect the limits. */
  readonly scale: number
  readonly lowered: boolean
  /** Size of the image file. */
  readonly pixelWidth: number
  readonly pixelHeight: number
}

/** Whole pixels for a length at a scale (the epsilon absorbs 2.01 × 100 = 200.99999999999997). */
export function toPixels(length: number, scale: number): number {
  return Math.floor(length * scale + 1e-6)
}

/** The largest scale ≤ `requested`, in steps of 0.01 when lowered, that keeps within `limits`. */
export function clampScale(
  width: number,
  height: number,
  requested: number,
  limits: CanvasLimits = CANVAS_LIMITS,
): number {
  const fits = (scale: number) =>
    toPixels(width, scale) <= limits.maxSide &&
    toPixels(height, scale) <= limits.maxSide &&
    toPixels(width, scale) * toPixels(height, scale) <= limits.maxPixels
  if (fits(requested)) return requested
  const most = Math.min(
    limits.maxSide / width,
    limits.maxSide / height,
    Math.sqrt(limits.maxPixels / (width * height)),
  )
  const step = (scale: number, by: number) => Math.round((scale + by) * 100) / 100
  let scale = Math.max(0.01, Math.floor(most * 100) / 100)
  // The pixel sizes are rounded down, so the next step may still fit; floating point can leave
  // the estimate a hair too big. Settle on the largest step that fits.
  while (scale > 0.01 && !fits(scale)) scale = step(scale, -0.01)
  while (step(scale, 0.01) < requested && fits(step(scale, 0.01))) scale = step(scale, 0.01)
  return scale
}

export function frameForBounds(
  bounds: Rect,
  padding: number,
  requestedScale: number,
  limits: CanvasLimits = CANVAS_LIMITS,
): ExportFrame {
  const pad = Math.max(0, padding)
  const width = Math.max(1, Math.ceil(bounds.width + 2 * pad))
  const height = Math.max(1, Math.ceil(bounds.height + 2 * pad))
  const scale = clampScale(width, height, requestedScale, limits)
  return {
    x: bounds.x - pad,
    y: bounds.y - pad,
    width,
    height,
    requestedScale,
    scale,
    lowered: scale < requestedScale,
    pixelWidth: Math.max(1, toPixels(width, scale)),
    pixelHeight: Math.max(1, toPixels(height, scale)),
  }
}

export interface FrameOptions {
  readonly padding: number
  readonly scale: number
  readonly includeNotes: boolean
}

/** The frame of a whole map; without notes, the picture shrinks to the columns and cards. */
export function exportFrame(
  map: JourneyMap,
  options: FrameOptions,
  limits: CanvasLimits = CANVAS_LIMITS,
): ExportFrame {
  const shown = options.includeNotes ? map : { ...map, notes: {} }
  return frameForBounds(mapBounds(shown, CARD_SIZE), options.padding, options.scale, limits)
}

/** "3× was lowered to 2.41× …" — the sentence the dialog shows, or null when nothing changed. */
export function loweredScaleMessage(frame: ExportFrame, messages: Messages): string | null {
  if (!frame.lowered) return null
  return messages.exports.dialog.lowered(
    frame.requestedScale,
    MAX_CANVAS_SIDE,
    MAX_CANVAS_PIXELS / 1_000_000,
    frame.scale,
    frame.pixelWidth,
    frame.pixelHeight,
  )
}
