// The formatters are made once per locale and options and kept: a cached one must never answer
// for other options or another locale.

import { describe, expect, it } from 'vitest'
import { formatDate, formatList, formatNumber, plural } from '../../../src/domain/i18n/format'

describe('locale formatting', () => {
  it('formats numbers per locale and per options, whichever was asked first', () => {
    expect(formatNumber('de', 1234.567, { maximumFractionDigits: 1 })).toBe('1.234,6')
    expect(formatNumber('de', 1234.567)).toBe('1.234,567')
    expect(formatNumber('en', 1234.567)).toBe('1,234.567')
    expect(formatNumber('en', 1234.567, { maximumFractionDigits: 1 })).toBe('1,234.6')
    expect(formatNumber('de', 0.5, { style: 'percent' })).toBe('50\u00a0%') // a no-break space before the sign
  })

  it('prints a value that is not a number as it is, as toLocaleString would', () => {
    expect(formatNumber('en', 'Ada' as unknown as number)).toBe('Ada')
  })

  it('formats dates and lists per locale and options', () => {
    const day = Date.UTC(2026, 11, 2, 12)
    expect(formatDate('en', day, { dateStyle: 'long', timeZone: 'UTC' })).toBe('December 2, 2026')
    expect(formatDate('de', day, { dateStyle: 'long', timeZone: 'UTC' })).toBe('2. Dezember 2026')
    expect(formatDate('de', day, { dateStyle: 'short', timeZone: 'UTC' })).toBe('02.12.26')
    expect(formatList('de', ['A', 'B', 'C'])).toBe('A, B und C')
    expect(formatList('en', ['A', 'B', 'C'])).toBe('A, B, and C')
  })

  it('picks plural forms and formats the count', () => {
    const forms = { one: '# Karte', other: '# Karten' }
    expect(plural('de', 1, forms)).toBe('1 Karte')
    expect(plural('de', 1234, forms)).toBe('1.234 Karten')
  })
})
