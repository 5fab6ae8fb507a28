import { describe, expect, it } from 'vitest'
import { pickEncoding, type Encoding } from '../../../server/http/content-encoding'

const both = () => true
const only =
  (...names: string[]) =>
  (encoding: Encoding) =>
    names.includes(encoding.name)
const pick = (header: string | undefined, has: (encoding: Encoding) => boolean = both) =>
  pickEncoding(header, has)?.name ?? null

describe('pickEncoding', () => {
  it('prefers Brotli, then gzip, among what the browser accepts', () => {
    expect(pick('gzip, deflate, br, zstd')).toBe('br')
    // What Chromium sends over plain HTTP.
    expect(pick('gzip, deflate')).toBe('gzip')
    expect(pick('br')).toBe('br')
  })

  it('sends the file as it is without a header, or when nothing acceptable was built', () => {
    expect(pick(undefined)).toBeNull()
    expect(pick('')).toBeNull()
    expect(pick('identity')).toBeNull()
    expect(pick('deflate, zstd')).toBeNull()
    expect(pick('gzip, br', only())).toBeNull()
  })

  it('takes only the copies that exist', () => {
    expect(pick('gzip, br', only('gzip'))).toBe('gzip')
    expect(pick('gzip, br', only('br'))).toBe('br')
  })

  it('honours weights: q=0 refuses a coding, and * covers the unnamed ones', () => {
    expect(pick('br;q=0, gzip')).toBe('gzip')
    expect(pick('br; q=0.0, gzip;q=0')).toBeNull()
    expect(pick('gzip;q=0.5, br;q=0.8')).toBe('br')
    expect(pick('*')).toBe('br')
    expect(pick('*;q=0, gzip')).toBe('gzip')
    expect(pick('br;q=0, *')).toBe('gzip')
  })

  it('reads codings case-insensitively and ignores malformed weights as refusals', () => {
    expect(pick('GZIP')).toBe('gzip')
    expect(pick(' Br ; Q=1 ')).toBe('br')
    expect(pick('br;q=abc, gzip')).toBe('gzip')
    expect(pick(',,gzip,')).toBe('gzip')
  })
})
