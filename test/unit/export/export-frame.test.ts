import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CARD_SIZE } from '../../../src/domain/card'
import { emptyMap } from '../../../src/domain/defaults'
import { messagesFor } from '../../../src/domain/i18n'
import { mapBounds } from '../../../src/domain/bounds'
import {
  MAX_CANVAS_PIXELS,
  MAX_CANVAS_SIDE,
  clampScale,
  toPixels,
  exportFrame,
  frameForBounds,
  loweredScaleMessage,
} from '../../../src/export/export-frame'
import { sampleMap } from '../../support/sample-map'

describe('export frame', () => {
  it('frames the whole map plus padding, times the scale', () => {
    const map = sampleMap()
    const bounds = mapBounds(map, CARD_SIZE)
    const frame = exportFrame(map, { padding: 40, scale: 2, includeNotes: true })
    expect(frame).toMatchObject({
      x: bounds.x - 40,
      y: bounds.y - 40,
      width: bounds.width + 80,
      height: bounds.height + 80,
      scale: 2,
      lowered: false,
      pixelWidth: (bounds.width + 80) * 2,
      pixelHeight: (bounds.height + 80) * 2,
    })
    expect(loweredScaleMessage(frame, messagesFor('en'))).toBeNull()
  })

  it('leaves notes out of the bounds when they are not exported', () => {
    const map = sampleMap()
    expect(Object.keys(map.notes).length).toBeGreaterThan(0)
    const withNotes = exportFrame(map, { padding: 0, scale: 1, includeNotes: true })
    const without = exportFrame(map, { padding: 0, scale: 1, includeNotes: false })
    expect(without).toMatchObject(mapBounds({ ...map, notes: {} }, CARD_SIZE))
    expect(withNotes.width * withNotes.height).toBeGreaterThanOrEqual(
      without.width * without.height,
    )
  })

  it('gives an empty map a picture of its padding, never a zero-sized canvas', () => {
    expect(exportFrame(emptyMap(), { padding: 24, scale: 3, includeNotes: true })).toMatchObject({
      width: 48,
      height: 48,
      pixelWidth: 144,
    })
    expect(exportFrame(emptyMap(), { padding: 0, scale: 1, includeNotes: true })).toMatchObject({
      width: 1,
      height: 1,
    })
  })

  it('rounds fractional bounds up to whole pixels', () => {
    const frame = frameForBounds({ x: 0.5, y: -3.25, width: 100.2, height: 50 }, 10, 2)
    expect(frame).toMatchObject({ x: -9.5, y: -13.25, width: 121, height: 70, pixelWidth: 242 })
  })

  it('lowers the scale to stay within 16,384 px a side', () => {
    const frame = frameForBounds({ x: 0, y: 0, width: 9000, height: 1000 }, 0, 3)
    expect(frame.lowered).toBe(true)
    expect(frame.scale).toBe(1.82)
    expect(frame.pixelWidth).toBe(16380)
    expect(loweredScaleMessage(frame, messagesFor('en'))).toContain('exported at 1.82×')
  })

  it('lowers the scale to stay within 64 megapixels', () => {
    const frame = frameForBounds({ x: 0, y: 0, width: 6000, height: 5000 }, 0, 2)
    expect(frame.lowered).toBe(true)
    expect(frame.pixelWidth * frame.pixelHeight).toBeLessThanOrEqual(MAX_CANVAS_PIXELS)
    expect(frame.scale).toBe(1.46)
  })

  it('always picks the largest 0.01 step within the limits (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60_000 }),
        fc.integer({ min: 1, max: 60_000 }),
        fc.constantFrom(1, 2, 3),
        (width, height, requested) => {
          const scale = clampScale(width, height, requested)
          const w = toPixels(width, scale)
          const h = toPixels(height, scale)
          expect(scale).toBeLessThanOrEqual(requested)
          expect(scale).toBeGreaterThan(0)
          if (scale > 0.01) {
            expect(w).toBeLessThanOrEqual(MAX_CANVAS_SIDE)
            expect(h).toBeLessThanOrEqual(MAX_CANVAS_SIDE)
            expect(w * h).toBeLessThanOrEqual(MAX_CANVAS_PIXELS)
          }
          if (scale < requested) {
            const next = Math.round((scale + 0.01) * 100) / 100
            const nw = toPixels(width, next)
            const nh = toPixels(height, next)
            const fitsNext =
              nw <= MAX_CANVAS_SIDE && nh <= MAX_CANVAS_SIDE && nw * nh <= MAX_CANVAS_PIXELS
            expect(fitsNext).toBe(false)
          }
        },
      ),
      { numRuns: 500 },
    )
  })

  it('counts pixels without floating-point surprises', () => {
    expect(100 * 2.01).toBeLessThan(201)
    expect(toPixels(100, 2.01)).toBe(201)
    expect(toPixels(100.5, 2)).toBe(201)
  })

  it('uses the limits it is given', () => {
    expect(clampScale(100, 100, 3, { maxSide: 250, maxPixels: 1e9 })).toBe(2.5)
    expect(clampScale(100, 100, 3, { maxSide: 1e9, maxPixels: 40_000 })).toBe(2)
  })
})
