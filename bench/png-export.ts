// `npm run bench:export`: PNG export of a 300-touchpoint map (6 phases × 50 cards, 4 cards wide
// per phase, every card connected to the next, 3 notes) at 2× in headless Chromium, through the
// same exporter as the Export dialog (window.trailmapExport, see bin/headless.ts). The page is
// loaded once; one warm-up export, then RUNS timed ones (median reported). Target: under 3 s.
//
// It also checks that the shared reads of compact-styles.ts give exactly the styles of reading
// every element, and with `--baseline` times html-to-image's own style copying once (~25 s).
// Prints figures; asserts nothing.

import { PNG } from 'pngjs'
import { CARD_SIZE } from '../src/domain/card'
import { mapBounds } from '../src/domain/bounds'
import type { StyleCheck } from '../src/export/export-hook'
import {
  createMapWith,
  launchChromium,
  openExportPage,
  renderPng,
  startLocalServer,
} from '../bin/headless'
import { sampleJourney } from '../bin/sample-journey'

const RUNS = 3
const SCALE = 2
const TARGET_MS = 3_000

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

async function main() {
  const baseline = process.argv.includes('--baseline')
  const map = sampleJourney({ phases: 6, perPhase: 50, across: 4 })
  const bounds = mapBounds(map, CARD_SIZE)
  const local = await startLocalServer()
  const browser = await launchChromium()
  try {
    const id = await createMapWith(local, map)
    const loadStarted = performance.now()
    const page = await openExportPage(browser, local.url, id, { timeoutMs: 120_000 })
    const loadMs = performance.now() - loadStarted
    const elements = (await page.evaluate(
      'document.querySelectorAll(".react-flow__viewport *").length',
    )) as number

    const check = (await page.evaluate('window.trailmapExport.checkStyles()')) as StyleCheck
    const warm = await renderPng(page, { scale: SCALE })
    const runs: { ms: number; wall: number }[] = []
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now()
      const png = await renderPng(page, { scale: SCALE })
      runs.push({ ms: png.ms, wall: performance.now() - started })
    }
    const image = PNG.sync.read(warm.bytes)
    let baselineMs: number | null = null
    if (baseline) baselineMs = (await renderPng(page, { scale: SCALE, compactStyles: false })).ms

    const inPage = median(runs.map((r) => r.ms))
    const rows: [string, string][] = [
      [
        'map',
        `${Object.keys(map.touchpoints).length} touchpoints, ${Object.keys(map.edges).length} edges, ${map.phases.length} phases, ${Object.keys(map.notes).length} notes`,
      ],
      [
        'map bounds',
        `${bounds.width} × ${bounds.height} canvas px (${elements.toLocaleString('en')} DOM elements in the viewport)`,
      ],
      [
        'picture',
        `${image.width} × ${image.height} px at ${warm.scale}× (${((image.width * image.height) / 1e6).toFixed(1)} Mpx), ${(warm.bytes.length / 1024 / 1024).toFixed(1)} MB PNG with the map embedded`,
      ],
      ['page load until drawn', seconds(loadMs)],
      ['first export (cold)', seconds(warm.ms)],
      [
        `export, median of ${RUNS}`,
        `${seconds(inPage)} (runs: ${runs.map((r) => seconds(r.ms)).join(', ')})`,
      ],
      ['incl. transfer to Node', seconds(median(runs.map((r) => r.wall)))],
      [
        'style shortcut check',
        `${check.mismatches} mismatches in ${check.elements.toLocaleString('en')} elements; ${check.fullReads} full reads; ${seconds(check.shortcutMs)} vs ${seconds(check.readAllMs)} reading everything; ${(check.compactChars / 1e6).toFixed(1)} M characters of inline style`,
      ],
    ]
    if (baselineMs !== null) rows.push(['html-to-image slow path', seconds(baselineMs)])
    rows.push(['target', `< ${seconds(TARGET_MS)}: ${inPage < TARGET_MS ? 'met' : 'NOT met'}`])
    const width = Math.max(...rows.map(([label]) => label.length))
    console.log('\nPNG export benchmark (headless Chromium)\n')
    for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`)
    console.log(
      `\n${JSON.stringify({ medianMs: Math.round(inPage), coldMs: Math.round(warm.ms), width: image.width, height: image.height, styleMismatches: check.mismatches, baselineMs })}`,
    )
  } finally {
    await browser.close()
    await local.close()
  }
}

await main()
