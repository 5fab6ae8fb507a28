// The PDF deliverable read back with poppler: page count and sizes, every card title in the text
// layer (vector text, selectable and searchable), pages that render non-blank; the tiled layout's
// breaks between phases, repeated headers and page numbers; progress and cancel.

import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { sampleJourney } from '../../../bin/sample-journey'
import { templateById } from '../../../src/domain/templates'
import type { JourneyMap } from '../../../src/domain/types'
import { exportFrame } from '../../../src/export/export-frame'
import { PAPERS, buildPdf, type PdfOptions } from '../../../src/export/pdf/build-pdf'
import { ExportCancelled, type Progress } from '../../../src/export/progress'
import { pixelStats } from '../../support/pixels'
import { pageSizes, pdfInfo, renderPdfPage } from '../../support/poppler'
import { execFileSync } from 'node:child_process'
import { tempDir } from '../../support/temp-dirs'

const dir = tempDir('trailmap-pdf-test-')
const DATE = new Date(Date.UTC(2026, 11, 2))

async function written(map: JourneyMap, options: Partial<PdfOptions>, name: string) {
  const result = await buildPdf(map, {
    paper: 'a3',
    layout: 'poster',
    cover: false,
    summary: false,
    includeNotes: true,
    date: DATE,
    locale: 'en',
    ...options,
  })
  const file = path.join(dir, `${name}.pdf`)
  fs.writeFileSync(file, result.bytes)
  return { file, result }
}

/** Each page's text in drawing order, whitespace collapsed (a wrapped title reads as one). */
function pageTexts(file: string): string[] {
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' })
  return text
    .split('\f')
    .slice(0, -1)
    .map((page) => page.replace(/\s+/g, ' '))
}

const titles = (map: JourneyMap) => Object.values(map.touchpoints).map((card) => card.title)

describe('PDF export', () => {
  const map = templateById('classic-5')!.build()

  it('makes an A3 poster with a cover and a summary, every title searchable', async () => {
    const { file, result } = await written(map, { cover: true, summary: true }, 'poster')
    const info = pdfInfo(file)
    expect(info.pages).toBe(3)
    expect(result.pages).toBe(3)
    expect(info.title).toBe('Classic 5 phases')
    for (const size of pageSizes(file)) expect(size).toEqual({ width: 1190.55, height: 841.89 })
    const [cover, poster, summary] = pageTexts(file)
    expect(cover).toContain('Classic 5 phases')
    expect(cover).toContain('Exported 2 December 2026')
    expect(cover).toContain('TOP PAIN POINTS')
    expect(cover).toContain('Long wait at dinner time')
    expect(cover).toContain(map.personas[0]!.name)
    expect(cover).toContain('Very negative')
    expect(cover).toContain('Customer service 1')
    for (const title of titles(map)) {
      expect(poster).toContain(title)
      expect(summary).toContain(title)
    }
    expect(poster).toContain('Page 2 of 3')
    expect(summary).toContain('Touchpoints at a glance')
    for (const page of [1, 2, 3])
      expect(pixelStats(renderPdfPage(file, page)).inkRatio).toBeGreaterThan(0.03)
    expect(pixelStats(renderPdfPage(file, 2)).inkRatio).toBeGreaterThan(0.3)
  })

  it('sizes poster pages: A0 landscape, or fit to the map', async () => {
    const a0 = await written(map, { paper: 'a0' }, 'a0')
    expect(pdfInfo(a0.file)).toMatchObject({
      pages: 1,
      width: PAPERS.a0.width,
      height: PAPERS.a0.height,
    })
    const fit = await written(map, { paper: 'fit' }, 'fit')
    const frame = exportFrame(map, { padding: 32, scale: 1, includeNotes: true })
    const info = pdfInfo(fit.file)
    expect(info.width).toBeCloseTo(frame.width * 0.75 + 80, 0)
    expect(info.height).toBeCloseTo(frame.height * 0.75 + 120, 0)
    for (const title of titles(map)) expect(pageTexts(fit.file)[0]).toContain(title)
  })

  it('tiles a large map over A3 sheets: whole phases, repeated headers, page numbers', async () => {
    const big = sampleJourney({ phases: 6, perPhase: 24, across: 2, title: 'Big journey' })
    const { file, result } = await written(big, { layout: 'tiled', summary: true }, 'tiled')
    const pages = pageTexts(file)
    expect(pages.length).toBe(result.pages)
    expect(pages.length).toBeGreaterThan(4)
    for (const size of pageSizes(file)) expect(size).toEqual({ width: 1190.55, height: 841.89 })
    const tiles = pages.filter((page) => !page.includes('Touchpoints at a glance'))
    const phasesOn = tiles.map((page) =>
      big.phases
        .filter((phase) => page.includes(`${phase.name} 24 touchpoints`))
        .map((p) => p.name),
    )
    tiles.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`)
      // Every tile, the lower bands of the tall columns too, shows its phases' headers.
      expect(phasesOn[i]!.length).toBeGreaterThan(0)
    })
    // Breaks fall between phases: two tiles show the same phases or none in common.
    for (const a of phasesOn)
      for (const b of phasesOn) {
        const shared = a.filter((name) => b.includes(name))
        expect(shared.length === 0 || (shared.length === a.length && a.length === b.length)).toBe(
          true,
        )
      }
    // The map is two bands tall: each phase's header is repeated on a second sheet.
    for (const phase of big.phases)
      expect(phasesOn.filter((names) => names.includes(phase.name)).length).toBe(2)
    const everything = tiles.join(' ')
    for (const title of titles(big)) expect(everything).toContain(title)
    expect(pixelStats(renderPdfPage(file, 1)).inkRatio).toBeGreaterThan(0.2)
  })

  it('reports progress page by page and stops when cancelled', async () => {
    const seen: Progress[] = []
    await buildPdf(
      map,
      {
        paper: 'a3',
        layout: 'poster',
        cover: true,
        summary: true,
        includeNotes: true,
        locale: 'en',
      },
      { onProgress: (p) => seen.push(p) },
    )
    expect(seen.map((p) => p.fraction)).toEqual([0, 1 / 3, 2 / 3, 1])
    expect(seen[1]!.step).toBe('Page 2 of 3')
    const controller = new AbortController()
    const cancelled = buildPdf(
      map,
      {
        paper: 'a3',
        layout: 'poster',
        cover: true,
        summary: true,
        includeNotes: true,
        locale: 'en',
      },
      {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.fraction !== null && p.fraction > 0) controller.abort()
        },
      },
    )
    await expect(cancelled).rejects.toBeInstanceOf(ExportCancelled)
  })
})
