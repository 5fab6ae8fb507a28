// `npx trailmap export file.json --png out.png` end to end: its own server, headless Chromium,
// the editor's exporter under the page's Content-Security-Policy, a real PNG on disk; and the
// deliverables drawn without a browser (PDF, SVG, HTML, Mermaid), read back with poppler and rsvg.

import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { PNG } from 'pngjs'
import { expect, it } from 'vitest'
import { serializeMap } from '../../src/domain/format'
import { templateById } from '../../src/domain/templates'
import { pixelStats } from '../support/pixels'
import { pdfInfo, pdfPages, renderPdfPage, renderSvg } from '../support/poppler'
import { tempDir } from '../support/temp-dirs'

const run = promisify(execFile)
/** `trailmap sample <json> …options`: a generated map file. */
const sample = (json: string, ...options: string[]) =>
  run(process.execPath, ['bin/trailmap.mjs', 'sample', json, ...options])

it('exports a map file to a PNG from the command line', async () => {
  const dir = tempDir('trailmap-cli-')
  const json = path.join(dir, 'sample.trailmap.json')
  const png = path.join(dir, 'sample.png')
  await sample(json, '--phases', '3', '--per-phase', '4')
  const { stdout, stderr } = await run(
    process.execPath,
    ['bin/trailmap.mjs', 'export', json, '--png', png],
    {
      timeout: 90_000,
    },
  )
  expect(stdout + stderr).toMatch(/wrote .*sample\.png: \d+ × \d+ px/)
  const image = PNG.sync.read(fs.readFileSync(png))
  expect(image.width).toBeGreaterThan(1000)
  expect(image.height).toBeGreaterThan(500)
})

// The page used to count the map's phases, cards and notes against the nodes on the canvas before
// exporting: a template's lanes (nodes too) or a map too wide for the view (culled) never matched,
// and the command gave up with "did not finish loading".
it('exports maps with lanes, and maps wider than the view, with every card in the picture', async () => {
  const dir = tempDir('trailmap-cli-')
  const lanes = path.join(dir, 'lanes.trailmap.json')
  fs.writeFileSync(lanes, serializeMap(templateById('classic-5')!.build()))
  const wide = path.join(dir, 'wide.trailmap.json')
  await sample(wide, '--phases', '10', '--per-phase', '30', '--across', '8')
  for (const [json, png] of [
    [lanes, path.join(dir, 'lanes.png')],
    [wide, path.join(dir, 'wide.png')],
  ] as const) {
    const { stdout, stderr } = await run(
      process.execPath,
      ['bin/trailmap.mjs', 'export', json, '--png', png, '--scale', '1'],
      { timeout: 90_000 },
    )
    expect(stdout + stderr).toMatch(/wrote .*\.png: \d+ × \d+ px/)
  }
  // 300 cards in one row of phases: ~16,000 px wide, far wider than the page's view even at the
  // smallest zoom, where the canvas mounts only the middle. Card titles (dark text) fill every
  // tenth of the picture, the first and last included.
  const tenths = darkShareByTenth(PNG.sync.read(fs.readFileSync(path.join(dir, 'wide.png'))))
  expect(tenths.every((share) => share > 0.01)).toBe(true)
})

/** The share of dark pixels (text) in each tenth of the picture's width. */
function darkShareByTenth(image: PNG): number[] {
  const dark = Array.from({ length: 10 }, () => 0)
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4
      const luma = 0.3 * image.data[i]! + 0.59 * image.data[i + 1]! + 0.11 * image.data[i + 2]!
      if (luma < 96) dark[Math.floor((x * 10) / image.width)]! += 1
    }
  }
  return dark.map((count) => (count * 10) / (image.width * image.height))
}

it('writes PDF, SVG, HTML and Mermaid from the command line, and reads a Mermaid journey', async () => {
  const dir = tempDir('trailmap-cli-')
  const json = path.join(dir, 'journey.trailmap.json')
  fs.writeFileSync(json, serializeMap(templateById('classic-5')!.build()))
  const out = (name: string) => path.join(dir, name)
  const { stderr } = await run(
    process.execPath,
    [
      'bin/trailmap.mjs',
      'export',
      json,
      '--pdf',
      out('map.pdf'),
      '--paper',
      'a3',
      '--svg',
      out('map.svg'),
    ].concat(['--html', out('map.html'), '--mermaid', out('map.mmd')]),
    { timeout: 90_000 },
  )
  expect(stderr).toMatch(/wrote .*map\.pdf: 3 pages, poster, A3/)
  expect(pdfInfo(out('map.pdf'))).toMatchObject({ pages: 3, width: 1190.55, height: 841.89 })
  const text = pdfPages(out('map.pdf')).join(' ').replace(/\s+/g, ' ')
  expect(text).toContain('Calls about a missing ingredient')
  expect(pixelStats(renderPdfPage(out('map.pdf'), 2)).inkRatio).toBeGreaterThan(0.3)
  expect(pixelStats(renderSvg(out('map.svg'))).inkRatio).toBeGreaterThan(0.3)
  const html = fs.readFileSync(out('map.html'), 'utf8')
  expect(html).toMatch(/^<!doctype html>/)
  expect(html).toContain('id="tm-data"')
  expect(html).not.toMatch(/\s(src|href)="(https?:)?\/\//)

  // The Mermaid file goes back in: a tiled A2 PDF of it, without cover or summary.
  const again = await run(
    process.execPath,
    [
      'bin/trailmap.mjs',
      'export',
      out('map.mmd'),
      '--pdf',
      out('again.pdf'),
      '--paper',
      'a2',
    ].concat(['--layout', 'tiled', '--no-cover', '--no-summary']),
    { timeout: 90_000 },
  )
  const pages = Number(/wrote .*again\.pdf: (\d+) pages?, tiled, A2/.exec(again.stderr)?.[1])
  expect(pdfInfo(out('again.pdf'))).toMatchObject({ pages, width: 1683.78, height: 1190.55 })
  expect(pdfPages(out('again.pdf')).join(' ').replace(/\s+/g, ' ')).toContain(
    'Calls about a missing',
  )

  // Problems are named: a bad paper, a bad Mermaid line.
  const badPaper = await run(process.execPath, [
    'bin/trailmap.mjs',
    'export',
    json,
    '--pdf',
    out('x.pdf'),
    '--paper',
    'b5',
  ]).catch((error: { stderr: string; code: number }) => error)
  expect(badPaper).toMatchObject({
    code: 2,
    stderr: expect.stringMatching(/--paper must be one of a3, a2, a1, a0, fit/),
  })
  fs.writeFileSync(out('bad.mmd'), 'journey\n  section A\n    Make tea: 9: Me\n')
  const badLine = await run(process.execPath, [
    'bin/trailmap.mjs',
    'export',
    out('bad.mmd'),
    '--pdf',
    out('y.pdf'),
  ]).catch((error: { stderr: string; code: number }) => error)
  expect(badLine).toMatchObject({
    code: 1,
    stderr: expect.stringMatching(/line 3: the score of "Make tea" is "9"/),
  })
})
