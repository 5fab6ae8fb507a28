import { describe, expect, it } from 'vitest'
import {
  formatIsoDate,
  formatList,
  formatNumber,
  formatRelative,
  matchLocale,
  plural,
} from '../../../src/domain/i18n'

describe('matchLocale', () => {
  it('takes the first preferred language we speak, by primary subtag', () => {
    expect(matchLocale(['de-AT', 'en-US'])).toBe('de')
    expect(matchLocale(['fr-FR', 'de'])).toBe('de')
    expect(matchLocale(['EN-gb'])).toBe('en')
  })
  it('falls back to English', () => {
    expect(matchLocale(['fr', 'ja'])).toBe('en')
    expect(matchLocale([])).toBe('en')
  })
})

describe('plural and formats', () => {
  const card = { one: '# Karte', other: '# Karten' }
  it('picks the form by the locale rules and formats the number', () => {
    expect(plural('de', 1, card)).toBe('1 Karte')
    expect(plural('de', 0, card)).toBe('0 Karten')
    expect(plural('de', 1234, card)).toBe('1.234 Karten')
    expect(plural('en', 1234, { one: '# card', other: '# cards' })).toBe('1,234 cards')
    expect(plural('en', 0, { zero: 'no cards', one: '# card', other: '# cards' })).toBe('no cards')
  })
  it('formats numbers, lists and relative times by locale', () => {
    expect(formatNumber('de', 0.5, { style: 'percent' })).toBe('50\u00a0%')
    expect(formatList('de', ['A', 'B', 'C'])).toBe('A, B und C')
    expect(formatList('en', ['A', 'B', 'C'])).toBe('A, B, and C')
    const now = Date.UTC(2026, 11, 2, 12)
    expect(formatRelative('de', now - 3 * 3600_000, now, 'gerade eben')).toBe('vor 3 Stunden')
    expect(formatRelative('en', now - 86_400_000, now, 'just now')).toBe('yesterday')
    expect(formatRelative('en', now + 5000, now, 'just now')).toBe('just now')
    expect(formatIsoDate('de', '2025-03-31')).toBe('31.03.2025')
    expect(formatIsoDate('en', '2025-03-31')).toBe('Mar 31, 2025')
    expect(formatIsoDate('de', 'soon')).toBe('soon')
  })
})
