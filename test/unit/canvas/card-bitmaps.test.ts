// The shipped bitmaps (src/canvas/card-bitmaps.generated.css, written by `npm run card-bitmaps`):
// drawn from the images as they are now, one rule per image, each a PNG at the shipped scale. Whether each bitmap shows its SVG's picture is checked
// in a browser (test/e2e/canvas-renders.test.ts).

import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cardImagesDigest, digestLine } from '../../../scripts/card-bitmaps-digest'
import { SHIPPED_BITMAP_SCALE, cardImages } from '../../../src/canvas/card-images'

const SHEET = path.resolve(import.meta.dirname, '../../../src/canvas/card-bitmaps.generated.css')
const sheet = fs.readFileSync(SHEET, 'utf8')

/** Width, height and colour type of a PNG, from its IHDR chunk. */
function pngHeader(base64: string) {
  const png = Buffer.from(base64, 'base64')
  expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colourType: png[25] }
}

describe('shipped card bitmaps', () => {
  it('were drawn from the card images as they are now', () => {
    expect(
      sheet.includes(digestLine(cardImagesDigest())),
      'the card images changed since their bitmaps were drawn: run `npm run card-bitmaps`',
    ).toBe(true)
  })

  it('paint every image through its own property, a bitmap at the shipped scale', () => {
    const rules = sheet.split('\n').filter((line) => line.startsWith('.'))
    expect(rules).toHaveLength(cardImages().length)
    for (const image of cardImages()) {
      const rule = rules.find((line) => line.startsWith(`${image.selector}{`))
      expect(rule, image.selector).toBeDefined()
      const url = new RegExp(
        `^[^{]+\\{${image.property}:url\\("data:image/png;base64,([^"]+)"\\)\\}$`,
      ).exec(rule!)
      expect(url, image.selector).not.toBeNull()
      const pixels = image.box * SHIPPED_BITMAP_SCALE
      expect(pngHeader(url![1]!)).toEqual({
        width: pixels,
        height: pixels,
        // A mask paints only its alpha: grey and alpha; a face keeps its colours.
        colourType: image.property === 'mask-image' ? 4 : 6,
      })
    }
  })
})
