// The deliverables in German: the words come from the German catalogue (cover, summary, page
// numbers, emotions, badges) and the cover's date is written the German way.

import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { templateById } from '../../../src/domain/templates'
import { buildPdf } from '../../../src/export/pdf/build-pdf'
import { mapToSvg } from '../../../src/export/vector'
import { buildViewerHtml } from '../../../src/export/viewer/viewer-html'
import { tempDir } from '../../support/temp-dirs'

const dir = tempDir('trailmap-pdf-de-')
const DATE = new Date(Date.UTC(2026, 11, 2))

describe('deliverables in German', () => {
  const map = templateById('classic-5')!.build()

  it('writes the PDF cover, map and summary in German, with a German date', async () => {
    const result = await buildPdf(map, {
      paper: 'a3',
      layout: 'poster',
      cover: true,
      summary: true,
      includeNotes: true,
      date: DATE,
      locale: 'de',
    })
    const file = path.join(dir, 'de.pdf')
    fs.writeFileSync(file, result.bytes)
    const [cover, poster, summary] = execFileSync('pdftotext', ['-raw', file, '-'], {
      encoding: 'utf8',
    })
      .split('\f')
      .map((page) => page.replace(/\s+/g, ' '))
    expect(cover).toContain('CUSTOMER JOURNEY MAP')
    expect(cover).toContain('Exportiert am 2. Dezember 2026')
    expect(cover).toContain('WICHTIGSTE PAIN POINTS')
    expect(cover).toContain('Sehr negativ')
    expect(cover).not.toContain('Exported')
    expect(poster).toContain('Seite 2 von 3')
    expect(poster).toContain('Erstellt mit Trailmap')
    expect(summary).toContain('Touchpoints im Überblick')
  })

  it('labels the SVG in German', () => {
    const svg = mapToSvg(map, {
      padding: 48,
      includeNotes: true,
      background: 'white',
      locale: 'de',
    })
    expect(svg.text).toMatch(/\d Pain Points?</)
    expect(svg.text).toContain('Emotionskurve')
    expect(svg.text).not.toMatch(/\d pain points?</)
  })

  it('gives the HTML viewer German buttons and a German date', () => {
    const html = buildViewerHtml(map, { script: '', includeNotes: true, date: DATE, locale: 'de' })
    expect(html).toContain('<html lang="de">')
    expect(html).toContain('Exportiert am 2. Dezember 2026')
    expect(html).toContain('An Fenster anpassen')
  })
})
