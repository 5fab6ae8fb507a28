import { describe, expect, it } from 'vitest'
import { isValidMapId, parseMapIdSegment } from '../../../src/domain/map-id'

describe('map ids', () => {
  it('accepts the URL-safe alphabet up to 64 characters', () => {
    expect(isValidMapId('abc_DEF-123')).toBe(true)
    expect(isValidMapId('x'.repeat(64))).toBe(true)
    expect(isValidMapId('x'.repeat(65))).toBe(false)
    expect(isValidMapId('')).toBe(false)
    expect(isValidMapId('a/b')).toBe(false)
  })

  it('parses a path segment without throwing', () => {
    expect(parseMapIdSegment('abc')).toEqual({ ok: true, id: 'abc' })
    expect(parseMapIdSegment('%E0%A4%A')).toMatchObject({ ok: false, error: /URL encoding/ })
    expect(parseMapIdSegment('a%2Fb')).toMatchObject({ ok: false, error: /not a valid map id/ })
  })
})
