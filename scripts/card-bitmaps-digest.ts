// What src/canvas/card-bitmaps.generated.css was drawn from: every card image's selector,
// property, SVG and box, and the scale. The generator writes it into the sheet's header and a unit
// test recomputes it, so an image changed without drawing the bitmaps again fails the tests.

import { createHash } from 'node:crypto'
import { SHIPPED_BITMAP_SCALE, cardImages } from '../src/canvas/card-images'

export function cardImagesDigest(): string {
  const drawn = cardImages().map(({ selector, property, svg, box }) => [
    selector,
    property,
    svg,
    box,
  ])
  return createHash('sha256')
    .update(JSON.stringify({ scale: SHIPPED_BITMAP_SCALE, drawn }))
    .digest('hex')
    .slice(0, 16)
}

/** The header line that names the digest (the generator writes it, the test reads it). */
export const digestLine = (digest: string) =>
  `/* scale ${SHIPPED_BITMAP_SCALE}, images ${digest} */`
