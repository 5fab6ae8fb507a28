import { describe, expect, it } from 'vitest'
import { relativeTime } from '../../../src/ui/map-list/relative-time'

const NOW = Date.UTC(2025, 5, 15, 12, 0, 0)
const ago = (seconds: number) => relativeTime(NOW - seconds * 1000, NOW)

describe('relativeTime', () => {
  it('says "just now" for the last 45 seconds and for small clock skew', () => {
    expect(ago(0)).toBe('just now')
    expect(ago(44)).toBe('just now')
    expect(ago(-30)).toBe('just now')
  })

  it('uses the largest whole unit', () => {
    expect(ago(50)).toBe('1 minute ago')
    expect(ago(5 * 60)).toBe('5 minutes ago')
    expect(ago(3 * 3600)).toBe('3 hours ago')
    expect(ago(24 * 3600)).toBe('yesterday')
    expect(ago(3 * 24 * 3600)).toBe('3 days ago')
    expect(ago(14 * 24 * 3600)).toBe('2 weeks ago')
    expect(ago(62 * 24 * 3600)).toBe('2 months ago')
    expect(ago(400 * 24 * 3600)).toBe('last year')
  })
})
