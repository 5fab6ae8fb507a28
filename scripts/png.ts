// A small PNG encoder for scripts/card-bitmaps.ts: 8-bit RGBA, or grey and alpha for masks, each
// row with the filter that leaves the smallest sum of residuals (the usual heuristic), deflated at
// level 9. Node has deflate and CRC-32; nothing else is needed.

import zlib from 'node:zlib'

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])
const COLOUR_TYPE = { greyAlpha: 4, rgba: 6 } as const

export interface PngOptions {
  /** Keep only the alpha channel (grey 0): for images used as a mask. */
  alphaOnly?: boolean
}

/** `rgba`: width × height pixels, 4 bytes each, not premultiplied (canvas getImageData). */
export function encodePng(
  width: number,
  height: number,
  rgba: Uint8Array,
  { alphaOnly = false }: PngOptions = {},
): Buffer {
  if (rgba.length !== width * height * 4) throw new Error('rgba must hold width × height pixels')
  const channels = alphaOnly ? 2 : 4
  const stride = width * channels
  const filtered: Buffer[] = []
  let previous: Uint8Array = new Uint8Array(stride)
  for (let y = 0; y < height; y++) {
    const row = new Uint8Array(stride)
    for (let x = 0; x < width; x++) {
      const from = (y * width + x) * 4
      if (alphaOnly) row[x * 2 + 1] = rgba[from + 3]!
      else row.set(rgba.subarray(from, from + 4), x * 4)
    }
    filtered.push(bestFilteredRow(row, previous, channels))
    previous = row
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bits per channel
  header[9] = alphaOnly ? COLOUR_TYPE.greyAlpha : COLOUR_TYPE.rgba
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(filtered), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** The row with its filter-type byte, under whichever of the five filters deflates best (guessed). */
function bestFilteredRow(row: Uint8Array, above: Uint8Array, channels: number): Buffer {
  let best: Buffer | null = null
  let bestCost = Infinity
  for (let type = 0; type < 5; type++) {
    const out = Buffer.alloc(row.length + 1)
    out[0] = type
    let cost = 0
    for (let i = 0; i < row.length; i++) {
      const left = i >= channels ? row[i - channels]! : 0
      const up = above[i]!
      const upLeft = i >= channels ? above[i - channels]! : 0
      const residual = (row[i]! - predict(type, left, up, upLeft)) & 0xff
      out[i + 1] = residual
      cost += residual < 128 ? residual : 256 - residual
    }
    if (cost < bestCost) {
      bestCost = cost
      best = out
    }
  }
  return best!
}

function predict(type: number, left: number, up: number, upLeft: number): number {
  switch (type) {
    case 1:
      return left
    case 2:
      return up
    case 3:
      return (left + up) >> 1
    case 4: {
      const estimate = left + up - upLeft
      const toLeft = Math.abs(estimate - left)
      const toUp = Math.abs(estimate - up)
      const toUpLeft = Math.abs(estimate - upLeft)
      if (toLeft <= toUp && toLeft <= toUpLeft) return left
      return toUp <= toUpLeft ? up : upLeft
    }
    default:
      return 0
  }
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(body))
  return Buffer.concat([length, body, crc])
}
