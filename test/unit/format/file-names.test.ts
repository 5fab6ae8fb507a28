import { describe, expect, it } from 'vitest'
import { exportFileName, slugify } from '../../../src/domain/format/file-names'

describe('export file names', () => {
  it('slugifies the map title', () => {
    expect(exportFileName('Customer Onboarding', 'png')).toBe('customer-onboarding.png')
    expect(exportFileName('Customer Onboarding', 'svg')).toBe('customer-onboarding.svg')
    expect(exportFileName('Customer Onboarding', 'json')).toBe('customer-onboarding.trailmap.json')
    expect(exportFileName('Customer Onboarding', 'csv')).toBe('customer-onboarding.csv')
  })

  it('drops accents, punctuation and repeated separators', () => {
    expect(slugify('  Café — Bestellung & Lieferung (v2)!  ')).toBe('cafe-bestellung-lieferung-v2')
    expect(slugify('Straße/Übergabe')).toBe('strasse-ubergabe')
    expect(slugify('../../etc/passwd')).toBe('etc-passwd')
    expect(slugify('a\u0000b\nc')).toBe('a-b-c')
  })

  it('keeps letters of other scripts', () => {
    expect(slugify('顧客 ジャーニー')).toBe('顧客-ジャーニー')
  })

  it('falls back to a usable name for empty or symbol-only titles', () => {
    expect(exportFileName('', 'png')).toBe('journey-map.png')
    expect(exportFileName('🙂 — !!', 'json')).toBe('journey-map.trailmap.json')
  })

  it('keeps names short', () => {
    const slug = slugify('word '.repeat(100))
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug.endsWith('-')).toBe(false)
  })
})
