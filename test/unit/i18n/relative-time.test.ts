import { describe, expect, it } from 'vitest'
import { formatRelative, type Locale } from '../../../src/domain/i18n'

const NOW = Date.UTC(2025, 5, 15, 12, 0, 0)
const JUST_NOW = { en: 'just now', de: 'gerade eben' }
const ago = (seconds: number, locale: Locale = 'en') =>
  formatRelative(locale, NOW - seconds * 1000, NOW, JUST_NOW[locale])

describe('formatRelative', () => {
  it('says "just now" for the last 45 seconds and for small clock skew', () => {
    expect(ago(0)).toBe('just now')
    expect(ago(44)).toBe('just now')
    expect(ago(-30)).toBe('just now')
    expect(ago(10, 'de')).toBe('gerade eben')
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

  it('speaks German', () => {
    expect(ago(5 * 60, 'de')).toBe('vor 5 Minuten')
    expect(ago(24 * 3600, 'de')).toBe('gestern')
    expect(ago(14 * 24 * 3600, 'de')).toBe('vor 2 Wochen')
    expect(ago(400 * 24 * 3600, 'de')).toBe('letztes Jahr')
  })
})
