import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SETTINGS,
  MAX_PADDING,
  clampPadding,
  readSettings,
} from '../../../src/ui/export/export-settings'

describe('remembered export settings', () => {
  it('reads back what was saved', () => {
    const saved = {
      format: 'svg',
      scale: 3,
      background: 'transparent',
      includeNotes: false,
      padding: 24,
      embed: false,
      sheet: 'metrics',
      paper: 'a1',
      layout: 'tiled',
      cover: false,
      summary: false,
    }
    expect(readSettings(JSON.stringify(saved))).toEqual(saved)
    for (const format of ['pdf', 'html', 'mermaid']) {
      expect(readSettings(JSON.stringify({ ...saved, format })).format).toBe(format)
    }
  })

  it('never remembers tiles on a page the size of the map, nor an unknown paper', () => {
    expect(readSettings(JSON.stringify({ paper: 'fit', layout: 'tiled' }))).toMatchObject({
      paper: 'fit',
      layout: 'poster',
    })
    expect(readSettings(JSON.stringify({ paper: 'letter', layout: 'sideways' }))).toMatchObject({
      paper: 'a3',
      layout: 'poster',
    })
  })

  it('falls back to the default for anything missing, damaged or out of range', () => {
    expect(readSettings(null)).toEqual(DEFAULT_SETTINGS)
    expect(readSettings('{not json')).toEqual(DEFAULT_SETTINGS)
    expect(readSettings('[1,2]')).toEqual(DEFAULT_SETTINGS)
    expect(
      readSettings(
        JSON.stringify({
          format: 'gif',
          scale: 4,
          background: 'pink',
          includeNotes: 'yes',
          padding: 5000,
        }),
      ),
    ).toEqual({ ...DEFAULT_SETTINGS, padding: MAX_PADDING })
  })

  it('keeps padding a whole number of pixels from 0 to the maximum', () => {
    expect(clampPadding(-5)).toBe(0)
    expect(clampPadding(12.6)).toBe(13)
    expect(clampPadding(Number.NaN)).toBe(DEFAULT_SETTINGS.padding)
  })
})
