// The map's JSON inside an exported PNG, so that the picture a consultant mailed can be opened
// again as an editable map. PNG (ISO/IEC 15948) stores text in chunks; we write one `iTXt` chunk
// (UTF-8, uncompressed) with the keyword "trailmap" just before IEND:
//
//   length (4, big-endian) · "iTXt" · keyword · 0 · compression flag 0 · method 0 ·
//   language tag "" · 0 · translated keyword "" · 0 · UTF-8 text · CRC-32 of type and data
//
// Readers that do not know the keyword skip the chunk, so the file stays an ordinary picture.
// Reading also accepts a `tEXt` chunk with the same keyword (Latin-1, as the spec says).

import { messagesFor, type Messages } from '../domain/i18n'

export const PNG_TEXT_KEYWORD = 'trailmap'

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

/** CRC-32 as PNG (and zlib, gzip) define it. */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let crc = 0xffffffff
  for (let i = start; i < end; i++) crc = CRC_TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

interface Chunk {
  type: string
  /** Offset of the length field: the chunk spans [start, start + 12 + length). */
  start: number
  dataStart: number
  length: number
  crcOk: boolean
}

export type PngTextResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'not-png' | 'damaged' | 'no-data'; message: string }

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && SIGNATURE.every((byte, i) => bytes[i] === byte)
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (
    ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0
  )
}

function writeUint32(bytes: Uint8Array, at: number, value: number) {
  bytes[at] = value >>> 24
  bytes[at + 1] = (value >>> 16) & 0xff
  bytes[at + 2] = (value >>> 8) & 0xff
  bytes[at + 3] = value & 0xff
}

type PngWords = Messages['exports']['import']['png']

/** The chunks of a PNG, or a sentence saying why the bytes are not a well-formed one. */
function chunksOf(bytes: Uint8Array, words: PngWords): Chunk[] | string {
  if (!isPng(bytes)) return words.notPng
  const chunks: Chunk[] = []
  let at = 8
  while (at < bytes.length) {
    if (at + 12 > bytes.length) return words.cutShort
    const length = readUint32(bytes, at)
    const end = at + 12 + length
    if (end > bytes.length) return words.cutShort
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8))
    const crcOk = crc32(bytes, at + 4, at + 8 + length) === readUint32(bytes, at + 8 + length)
    chunks.push({ type, start: at, dataStart: at + 8, length, crcOk })
    at = end
    if (type === 'IEND') return chunks
  }
  return words.noEnd
}

function latin1(text: string): Uint8Array {
  const out = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff
  return out
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length)
  writeUint32(out, 0, data.length)
  out.set(latin1(type), 4)
  out.set(data, 8)
  writeUint32(out, 8 + data.length, crc32(out, 4, 8 + data.length))
  return out
}

function itxtData(keyword: string, text: string): Uint8Array {
  const header = latin1(`${keyword}\0\0\0\0\0`) // keyword, flag 0, method 0, "" language, "" keyword
  const body = new TextEncoder().encode(text)
  const out = new Uint8Array(header.length + body.length)
  out.set(header)
  out.set(body, header.length)
  return out
}

/** The keyword of a tEXt/iTXt chunk (up to its first zero byte). */
function keywordOf(bytes: Uint8Array, c: Chunk): { keyword: string; next: number } {
  // Keywords are 1–79 bytes; a longer run without a zero is not a keyword we could match.
  const limit = Math.min(c.dataStart + c.length, c.dataStart + 80)
  const zero = bytes.subarray(c.dataStart, limit).indexOf(0)
  if (zero === -1) return { keyword: '', next: limit }
  const stop = c.dataStart + zero
  return { keyword: String.fromCharCode(...bytes.subarray(c.dataStart, stop)), next: stop + 1 }
}

const isOurs = (bytes: Uint8Array, c: Chunk) =>
  (c.type === 'iTXt' || c.type === 'tEXt') && keywordOf(bytes, c).keyword === PNG_TEXT_KEYWORD

/**
 * A copy of the PNG with `json` in an iTXt chunk before IEND. An earlier "trailmap" chunk is
 * replaced, so exporting a re-imported picture does not pile up copies. Throws on bytes that are
 * not a PNG (our own exporter produced them, so that is a bug, not a user error).
 */
export function embedJsonInPng(bytes: Uint8Array, json: string): Uint8Array {
  // A developer's error, not the person's: said in English whatever the interface language.
  const chunks = chunksOf(bytes, messagesFor('en').exports.import.png)
  if (typeof chunks === 'string') throw new Error(chunks)
  const added = chunk('iTXt', itxtData(PNG_TEXT_KEYWORD, json))
  const kept = chunks.filter((c) => c.type !== 'IEND' && !isOurs(bytes, c))
  const iend = chunks[chunks.length - 1]!
  const size = 8 + kept.reduce((sum, c) => sum + 12 + c.length, 0) + added.length + 12
  const out = new Uint8Array(size)
  out.set(bytes.subarray(0, 8))
  let at = 8
  for (const c of kept) {
    out.set(bytes.subarray(c.start, c.start + 12 + c.length), at)
    at += 12 + c.length
  }
  out.set(added, at)
  out.set(bytes.subarray(iend.start, iend.start + 12), at + added.length)
  return out
}

/** The text stored under the "trailmap" keyword, or why there is none (in the messages' language). */
export function readJsonFromPng(bytes: Uint8Array, messages: Messages): PngTextResult {
  const words = messages.exports.import.png
  const chunks = chunksOf(bytes, words)
  if (typeof chunks === 'string') {
    return { ok: false, reason: isPng(bytes) ? 'damaged' : 'not-png', message: chunks }
  }
  const found = chunks.find((c) => isOurs(bytes, c))
  if (!found) {
    return {
      ok: false,
      reason: 'no-data',
      message: words.noData,
    }
  }
  if (!found.crcOk) {
    return { ok: false, reason: 'damaged', message: words.damagedCrc }
  }
  const end = found.dataStart + found.length
  let { next } = keywordOf(bytes, found)
  if (found.type === 'tEXt') {
    return { ok: true, text: new TextDecoder('latin1').decode(bytes.subarray(next, end)) }
  }
  const compressed = bytes[next]
  next += 2 // compression flag and method
  for (let skip = 0; skip < 2; skip++) {
    const zero = bytes.indexOf(0, next)
    if (zero === -1 || zero >= end) {
      return { ok: false, reason: 'damaged', message: words.damaged }
    }
    next = zero + 1 // language tag, then translated keyword
  }
  if (compressed !== 0) {
    return {
      ok: false,
      reason: 'damaged',
      message: words.compressed,
    }
  }
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(next, end)),
    }
  } catch {
    return { ok: false, reason: 'damaged', message: words.notUtf8 }
  }
}
