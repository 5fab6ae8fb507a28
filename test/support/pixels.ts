// Reading screenshots back, to assert on what a person would see (not a pixel-perfect golden).

import { PNG } from 'pngjs'

export interface PixelStats {
  width: number
  height: number
  /** Share of pixels that differ clearly from the most common colour (the background). */
  inkRatio: number
  distinctColors: number
}

export function pixelStats(png: Buffer): PixelStats {
  const image = PNG.sync.read(png)
  const counts = new Map<number, number>()
  const { data } = image
  for (let i = 0; i < data.length; i += 4) {
    // Quantise to 4 bits a channel so antialiasing does not inflate the colour count.
    const key =
      ((data[i]! >> 4) << 12) |
      ((data[i + 1]! >> 4) << 8) |
      ((data[i + 2]! >> 4) << 4) |
      (data[i + 3]! >> 4)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  let background = 0
  for (const count of counts.values()) background = Math.max(background, count)
  const total = image.width * image.height
  return {
    width: image.width,
    height: image.height,
    inkRatio: (total - background) / total,
    distinctColors: counts.size,
  }
}
