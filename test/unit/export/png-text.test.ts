import { deflateSync } from 'node:zlib'
import fc from 'fast-check'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { parseMapFile, serializeMap } from '../../../src/domain/format'
import { messagesFor } from '../../../src/domain/i18n'
import {
  PNG_TEXT_KEYWORD,
  crc32,
  embedJsonInPng,
  readJsonFromPng,
} from '../../../src/export/png-text'
import { arbitraryJourneyMap } from '../../support/arbitraries'
import { expectSameData } from '../../support/equal'

const EN = messagesFor('en')

function smallPng(width = 3, height = 2): Uint8Array {
  const png = new PNG({ width, height })
  for (let i = 0; i < png.data.length; i += 4) {
    png.data[i] = 200
    png.data[i + 1] = (i * 7) & 0xff
    png.data[i + 2] = 40
    png.data[i + 3] = 255
  }
  return new Uint8Array(PNG.sync.write(png))
}

interface RawChunk {
  type: string
  data: Buffer
  crc: number
}

function chunks(bytes: Uint8Array): RawChunk[] {
  const buffer = Buffer.from(bytes)
  const out: RawChunk[] = []
  for (let at = 8; at < buffer.length;) {
    const length = buffer.readUInt32BE(at)
    out.push({
      type: buffer.toString('latin1', at + 4, at + 8),
      data: buffer.subarray(at + 8, at + 8 + length),
      crc: buffer.readUInt32BE(at + 8 + length),
    })
    at += 12 + length
  }
  return out
}

function rawChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])))
  return Buffer.concat([head, data, crc])
}

/** Inserts a chunk before IEND (the last 12 bytes). */
function withChunk(png: Uint8Array, chunk: Buffer): Uint8Array {
  const buffer = Buffer.from(png)
  return new Uint8Array(
    Buffer.concat([buffer.subarray(0, -12), chunk, buffer.subarray(buffer.length - 12)]),
  )
}

describe('CRC-32', () => {
  it('matches the standard check value and zlib', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
    expect(crc32(new Uint8Array())).toBe(0)
  })
})

describe('map data inside a PNG', () => {
  it('round-trips UTF-8 JSON in an iTXt chunk right before IEND', () => {
    const json = '{"title":"Überblick — 顧客 😀"}'
    const embedded = embedJsonInPng(smallPng(), json)
    expect(readJsonFromPng(embedded, EN)).toEqual({ ok: true, text: json })
    const list = chunks(embedded)
    expect(list.map((c) => c.type).slice(-2)).toEqual(['iTXt', 'IEND'])
    const itxt = list.at(-2)!
    expect(itxt.data.subarray(0, PNG_TEXT_KEYWORD.length + 5)).toEqual(
      Buffer.from(`${PNG_TEXT_KEYWORD}\0\0\0\0\0`, 'latin1'),
    )
    // The CRC covers the chunk type and data.
    expect(itxt.crc).toBe(crc32(Buffer.concat([Buffer.from('iTXt'), itxt.data])))
  })

  it('leaves a picture that still decodes to the same pixels', () => {
    const original = smallPng(5, 4)
    const embedded = embedJsonInPng(original, '{"a":1}')
    const before = PNG.sync.read(Buffer.from(original))
    const after = PNG.sync.read(Buffer.from(embedded), { checkCRC: true })
    expect([after.width, after.height]).toEqual([5, 4])
    expect(after.data.equals(before.data)).toBe(true)
  })

  it('replaces earlier map data instead of adding a second copy', () => {
    const twice = embedJsonInPng(embedJsonInPng(smallPng(), '"first"'), '"second"')
    expect(chunks(twice).filter((c) => c.type === 'iTXt')).toHaveLength(1)
    expect(readJsonFromPng(twice, EN)).toEqual({ ok: true, text: '"second"' })
  })

  it('keeps other text chunks', () => {
    const other = rawChunk('tEXt', Buffer.from('Software\0Paint', 'latin1'))
    const embedded = embedJsonInPng(withChunk(smallPng(), other), '{}')
    expect(chunks(embedded).map((c) => c.type)).toContain('tEXt')
    expect(readJsonFromPng(embedded, EN)).toEqual({ ok: true, text: '{}' })
  })

  it('reads a tEXt chunk with our keyword too', () => {
    const text = rawChunk('tEXt', Buffer.from(`${PNG_TEXT_KEYWORD}\0{"b":2}`, 'latin1'))
    expect(readJsonFromPng(withChunk(smallPng(), text), EN)).toEqual({ ok: true, text: '{"b":2}' })
  })

  it('says why nothing could be read', () => {
    expect(readJsonFromPng(new TextEncoder().encode('{"type":"x"}'), EN)).toMatchObject({
      ok: false,
      reason: 'not-png',
    })
    expect(readJsonFromPng(smallPng(), EN)).toMatchObject({ ok: false, reason: 'no-data' })
    const embedded = embedJsonInPng(smallPng(), '{"c":3}')
    expect(readJsonFromPng(embedded.subarray(0, embedded.length - 20), EN)).toMatchObject({
      ok: false,
      reason: 'damaged',
      message: 'the PNG file is cut short',
    })
    const flipped = embedded.slice()
    flipped[flipped.length - 20] = flipped.at(-20)! ^ 0xff // a JSON byte: the iTXt CRC fails
    expect(readJsonFromPng(flipped, EN)).toMatchObject({ ok: false, reason: 'damaged' })
    const compressed = Buffer.concat([
      Buffer.from(`${PNG_TEXT_KEYWORD}\0\x01\0\0\0`, 'latin1'),
      deflateSync('{}'),
    ])
    expect(readJsonFromPng(withChunk(smallPng(), rawChunk('iTXt', compressed)), EN)).toMatchObject({
      ok: false,
      message: expect.stringContaining('compressed'),
    })
  })

  it('refuses to embed into something that is not a PNG', () => {
    expect(() => embedJsonInPng(new Uint8Array([1, 2, 3]), '{}')).toThrow('not a PNG')
  })

  it('carries any map through PNG → JSON → load unchanged (property)', () => {
    const picture = smallPng()
    fc.assert(
      fc.property(arbitraryJourneyMap({ trickyIds: true }), (map) => {
        const read = readJsonFromPng(embedJsonInPng(picture, serializeMap(map)), EN)
        if (!read.ok) throw new Error(read.message)
        const loaded = parseMapFile(read.text)
        if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems))
        expect(loaded.repairs).toEqual([])
        expectSameData(loaded.map, map)
      }),
      { numRuns: 100 },
    )
  })
})
