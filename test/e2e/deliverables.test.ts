// The consultant's deliverables through the real Export dialog, in headless Chromium, for a map
// with lanes, personas and the emotion curve: the vector SVG drawn by rsvg with every card where
// the PNG has it; the PDF read back with poppler; the one-file HTML viewer opened with the network
// blocked, a card clicked, its pain points shown; Mermaid out and in again; and a long PNG export
// of a big map cancelled from its progress bar.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PNG } from 'pngjs'
import type { Browser, BrowserContext, Download, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleJourney } from '../../bin/sample-journey'
import { commitMap, fromY } from '../../src/collab/codec'
import { CARD_SIZE } from '../../src/domain/card'
import { mermaidToMap } from '../../src/domain/format/mermaid-import'
import { absolutePosition } from '../../src/domain/geometry'
import { templateById } from '../../src/domain/templates'
import type { JourneyMap } from '../../src/domain/types'
import { EMOTION_COLORS } from '../../src/domain/vocabulary'
import { exportFrame } from '../../src/export/export-frame'
import { launchBrowser } from '../support/browser'
import { connectClient, waitFor, waitSynced, type TestClient } from '../support/clients'
import { expectSameData, firstDifference } from '../support/equal'
import { exportPng } from '../support/export-dialog'
import { pixelStats } from '../support/pixels'
import { pdfInfo, renderPdfPage, renderSvg } from '../support/poppler'
import { createMapOn, spawnServer, tempDbPath, type ServerProcess } from '../support/server'

// Downloads and screenshots of the last run, to look at (not compared to goldens).
const SHOTS = path.join(os.tmpdir(), 'trailmap-deliverables-e2e')
fs.rmSync(SHOTS, { recursive: true, force: true })
fs.mkdirSync(SHOTS)

let server: ServerProcess
let browser: Browser
let context: BrowserContext
let page: Page
const clients: TestClient[] = []
const journey: JourneyMap = templateById('classic-5')!.build()
const big: JourneyMap = sampleJourney({ title: 'Big journey', phases: 6, perPhase: 50, across: 4 })
const ids = { journey: '', big: '' }

async function seed(map: JourneyMap): Promise<string> {
  const id = await createMapOn(server.url, map.meta.title)
  const writer = connectClient(server.wsUrl, id)
  clients.push(writer)
  await waitSynced(writer)
  commitMap(writer.doc, fromY(writer.doc), map)
  const reader = connectClient(server.wsUrl, id)
  clients.push(reader)
  await waitSynced(reader)
  await waitFor(
    () => firstDifference(fromY(reader.doc), map) === null,
    'the map to reach the server',
  )
  reader.destroy()
  writer.destroy()
  return id
}

async function openMap(id: string, cards: number) {
  await page.goto(`${server.url}m/${id}`)
  await expect
    .poll(() => page.getByTestId('connection').getAttribute('data-state'))
    .toBe('connected')
  await expect
    .poll(() => page.locator('.react-flow__node-touchpoint').count(), { timeout: 30_000 })
    .toBe(cards)
}

const dialog = () => page.getByRole('dialog', { name: 'Export map' })

/** Each test may run alone (`-t`): open the journey unless it is already open. */
async function onJourney() {
  if (!page.url().endsWith(`/m/${ids.journey}`))
    await openMap(ids.journey, Object.keys(journey.touchpoints).length)
}

async function openExport() {
  if (await dialog().isVisible()) return
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 600 } })
  await page.keyboard.press('Control+e')
  await expect.poll(() => dialog().isVisible()).toBe(true)
}

async function download(format: RegExp): Promise<{ download: Download; file: string }> {
  await openExport()
  await dialog().getByRole('radio', { name: format }).check()
  const [event] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    dialog().getByRole('button', { name: 'Export' }).click(),
  ])
  const file = path.join(SHOTS, event.suggestedFilename())
  await event.saveAs(file)
  return { download: event, file }
}

beforeAll(async () => {
  server = await spawnServer({ TRAILMAP_DB: tempDbPath('e2e-deliverables'), TRAILMAP_AUTH: 'off' })
  browser = await launchBrowser()
  context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  })
  page = await context.newPage()
  page.on('pageerror', (error) => {
    throw error
  })
  ids.journey = await seed(journey)
  ids.big = await seed(big)
})

afterAll(async () => {
  for (const client of clients) client.destroy()
  await context?.close()
  await browser?.close()
  server?.child.kill('SIGTERM')
  await server?.exited
})

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
const near = (a: number[], b: number[], tolerance = 28) =>
  a.every((v, i) => Math.abs(v - b[i]!) <= tolerance)
function pixel(image: PNG, x: number, y: number) {
  const i = (Math.round(y) * image.width + Math.round(x)) * 4
  return [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!]
}

describe('deliverables', () => {
  it('exports an SVG that rsvg draws with every card where the PNG has it', async () => {
    await openMap(ids.journey, Object.keys(journey.touchpoints).length)
    const png = await exportPng(page, { padding: 48, dir: SHOTS, pane: { x: 30, y: 600 } })
    await dialog().getByRole('radio', { name: '1×' }).check()
    await dialog().getByLabel('Padding').fill('48')
    const svg = await download(/^SVG/)
    expect(svg.download.suggestedFilename()).toBe('classic-5-phases.svg')
    const text = fs.readFileSync(svg.file, 'utf8')
    expect(text).not.toContain('foreignObject')
    const drawn = PNG.sync.read(renderSvg(svg.file))
    fs.writeFileSync(path.join(SHOTS, 'svg-by-rsvg.png'), PNG.sync.write(drawn))
    expect([drawn.width, drawn.height]).toEqual([png.width, png.height])
    expect(pixelStats(PNG.sync.write(drawn)).inkRatio).toBeGreaterThan(0.3)
    const frame = exportFrame(journey, { padding: 48, scale: 1, includeNotes: true })
    for (const card of Object.values(journey.touchpoints)) {
      const at = absolutePosition(journey, card)
      const x = at.x - frame.x + CARD_SIZE.width / 2
      const y = at.y - frame.y + 2
      const band = rgb(EMOTION_COLORS[card.emotion])
      // The emotion band on the card's top edge is at the same place in both pictures.
      expect(near(pixel(png, x, y), band), `PNG ${card.title}`).toBe(true)
      expect(near(pixel(drawn, x, y), band), `SVG ${card.title}`).toBe(true)
      const inside = [
        at.x - frame.x + CARD_SIZE.width - 10,
        at.y - frame.y + CARD_SIZE.height - 10,
      ] as const
      expect(near(pixel(png, ...inside), [255, 255, 255], 8), `PNG body ${card.title}`).toBe(true)
      expect(near(pixel(drawn, ...inside), [255, 255, 255], 8), `SVG body ${card.title}`).toBe(true)
    }
  })

  it('exports a PDF with a cover, the map and a summary, every title in its text', async () => {
    await onJourney()
    await openExport()
    await dialog().getByRole('radio', { name: /^PDF/ }).check()
    await dialog().getByRole('radio', { name: 'One poster page' }).check()
    await dialog().getByRole('radio', { name: 'A3' }).check()
    await dialog()
      .getByRole('checkbox', { name: /Cover page/ })
      .check()
    await dialog()
      .getByRole('checkbox', { name: /Summary table/ })
      .check()
    await page.screenshot({ path: path.join(SHOTS, 'export-dialog-pdf.png') })
    const pdf = await download(/^PDF/)
    expect(pdf.download.suggestedFilename()).toBe('classic-5-phases.pdf')
    expect(pdfInfo(pdf.file)).toMatchObject({
      pages: 3,
      width: 1190.55,
      height: 841.89,
      title: 'Classic 5 phases',
    })
    const { execFileSync } = await import('node:child_process')
    const text = execFileSync('pdftotext', ['-raw', pdf.file, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    )
    for (const card of Object.values(journey.touchpoints)) expect(text).toContain(card.title)
    expect(pixelStats(renderPdfPage(pdf.file, 2)).inkRatio).toBeGreaterThan(0.3)
    await expect
      .poll(() => dialog().getByRole('status').last().textContent())
      .toMatch(/Saved classic-5-phases\.pdf: 3 pages/)
  })

  it('exports a one-file HTML viewer that works with the network blocked', async () => {
    await onJourney()
    const html = await download(/^Interactive HTML/)
    expect(html.download.suggestedFilename()).toBe('classic-5-phases.html')
    const viewer = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      offline: true,
    })
    const requests: string[] = []
    await viewer.route('**/*', (route) => {
      const url = route.request().url()
      if (url === `file://${html.file}`) return route.continue()
      requests.push(url)
      return route.abort()
    })
    const tab = await viewer.newPage()
    const errors: string[] = []
    tab.on('pageerror', (error) => errors.push(error.message))
    await tab.goto(`file://${html.file}`)
    await expect.poll(() => tab.locator('#tm-zoom').textContent()).toMatch(/^\d+%$/)
    await tab.screenshot({ path: path.join(SHOTS, 'viewer.png') })
    const painful = Object.values(journey.touchpoints).find(
      (c) => c.title === 'Calls about a missing ingredient',
    )!
    await tab.locator(`g.tm-card[data-id="${painful.id}"]`).click()
    const panel = tab.getByRole('complementary')
    await expect.poll(() => panel.isVisible()).toBe(true)
    await expect.poll(() => panel.textContent()).toContain(painful.painPoints[0]!)
    expect(await panel.textContent()).toContain(journey.personas[0]!.name)
    await tab.screenshot({ path: path.join(SHOTS, 'viewer-card.png') })
    // Zoom changes the scale; the personas panel shows the curve.
    const before = await tab.locator('#tm-zoom').textContent()
    await tab.getByRole('button', { name: 'Zoom in' }).click()
    expect(await tab.locator('#tm-zoom').textContent()).not.toBe(before)
    await tab.getByRole('button', { name: 'Personas & curve' }).click()
    await expect.poll(() => panel.locator('svg[aria-label="Emotion curve"]').count()).toBe(1)
    await tab.screenshot({ path: path.join(SHOTS, 'viewer-personas.png') })
    // Printed, it is the whole map on one landscape page, without the controls.
    await tab.emulateMedia({ media: 'print' })
    expect(await tab.locator('.bar__tools').isVisible()).toBe(false)
    expect(await tab.getByRole('complementary').isVisible()).toBe(false)
    const printed = path.join(SHOTS, 'viewer-print.pdf')
    await tab.pdf({ path: printed, format: 'A4', landscape: true })
    expect(pdfInfo(printed).pages).toBe(1)
    expect(pixelStats(renderPdfPage(printed, 1)).inkRatio).toBeGreaterThan(0.2)
    expect(requests).toEqual([])
    expect(errors).toEqual([])
    await viewer.close()
  })

  it('exports a Mermaid journey that reads back as the same map', async () => {
    await onJourney()
    const mermaid = await download(/^Mermaid/)
    expect(mermaid.download.suggestedFilename()).toBe('classic-5-phases.mmd')
    const text = fs.readFileSync(mermaid.file, 'utf8')
    expect(text).toMatch(/^journey$/m)
    expect(text).toContain('  section Awareness')
    const back = mermaidToMap(text)
    if (!back.ok) throw new Error(JSON.stringify(back.problems))
    expectSameData(back.map, journey)
    await page.keyboard.press('Escape')
  })

  it('imports a Mermaid journey from the Import dialog', async () => {
    await onJourney()
    await page.locator('.react-flow__pane').click({ position: { x: 30, y: 600 } })
    await page.keyboard.press('Control+o')
    const importDialog = page.getByRole('dialog', { name: 'Import' })
    await expect.poll(() => importDialog.isVisible()).toBe(true)
    await importDialog
      .locator('input[type=file]')
      .setInputFiles(path.resolve('test/fixtures/mermaid/my-working-day.mmd'))
    await expect
      .poll(() => importDialog.getByTestId('import-summary').textContent())
      .toBe('2 phases, 5 touchpoints, 0 steps, 0 notes')
    expect(await importDialog.textContent()).toContain('Mermaid user journey')
    const broken = path.join(SHOTS, 'broken.mmd')
    fs.writeFileSync(broken, 'journey\n  section A\n    Make tea: 9: Me\n')
    await importDialog.locator('input[type=file]').setInputFiles(broken)
    await expect.poll(() => importDialog.textContent()).toContain('line 3')
    await page.keyboard.press('Escape')
  })

  it('shows the progress of a long PNG export and cancels it', async () => {
    await openMap(ids.big, 300)
    await openExport()
    await dialog().getByRole('radio', { name: /^PNG/ }).check()
    await dialog().getByRole('radio', { name: '3×' }).check()
    const downloads: string[] = []
    page.on('download', (d) => downloads.push(d.suggestedFilename()))
    // Long tasks (the page's thread busy) and the moments the progress bar announced a step.
    await page.evaluate(`(() => {
      window.__longTasks = []
      window.__steps = []
      // The PNG is encoded with canvas.toBlob once the drawing is done: a cancel must stop before.
      window.__encoded = 0
      const toBlob = HTMLCanvasElement.prototype.toBlob
      HTMLCanvasElement.prototype.toBlob = function (...args) {
        window.__encoded++
        return toBlob.apply(this, args)
      }
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration])
      }).observe({ type: 'longtask' })
      new MutationObserver(() => {
        const bar = document.querySelector('[role=dialog] [role=progressbar][aria-label="Export progress"]')
        const step = bar?.getAttribute('aria-valuetext')
        if (step && window.__steps.at(-1)?.[1] !== step)
          window.__steps.push([performance.now(), step, bar.checkVisibility()])
        if (step === 'Drawing the picture' && !window.__armed) {
          window.__armed = true
          // A person who clicks Cancel while the picture is being drawn: the click is handled at
          // the first moment the page's thread is free after the drawing's first long stretch of
          // work. (A click sent from outside could only be timed against this machine's speed:
          // each of its frames waits for a second of drawing.)
          let last = performance.now()
          const tick = () => {
            const now = performance.now()
            if (now - last > 200) {
              window.__cancelled = [now, window.__steps.at(-1)[1]]
              document.querySelector('.xp-progress__cancel').click()
              return
            }
            last = now
            setTimeout(tick, 0)
          }
          setTimeout(tick, 0)
        }
      }).observe(document.body, { subtree: true, childList: true, attributes: true })
    })()`)
    await dialog().getByRole('button', { name: 'Export' }).click()
    // The bar is up for a second or two, its page busy most of it: what it showed is recorded in
    // the page, as it changed.
    await expect
      .poll(() => page.evaluate('window.__cancelled?.[1] ?? null'), { timeout: 30_000 })
      .toBe('Drawing the picture')
    const bar = dialog().getByRole('progressbar', { name: 'Export progress' })
    await expect
      .poll(() => dialog().getByRole('status').last().textContent())
      .toContain('cancelled')
    expect(await bar.count()).toBe(0)
    // The page is back as it was at once: no exporting state, the dialog ready for another try.
    expect(await page.locator('.trailmap-exporting').count()).toBe(0)
    expect(await dialog().getByRole('button', { name: 'Export' }).getAttribute('aria-busy')).toBe(
      'false',
    )
    await page.waitForTimeout(4000)
    // Cancelling stops the work: what the drawing library had already taken in may still be drawn
    // (its promise cannot be stopped), but nothing is encoded. (A cap on the length of each long
    // task was here: it measured this machine's speed, and failed at 3,006 ms on a slow one.)
    expect(await page.evaluate('window.__encoded')).toBe(0)
    expect(downloads).toEqual([])
    // No stretch of more than a second without feedback: every long task started while the
    // progress bar was showing a step (its moving bar is a compositor animation, so it keeps
    // moving while the thread is busy).
    const tasks = (await page.evaluate('window.__longTasks')) as [number, number][]
    const steps = (await page.evaluate('window.__steps')) as [number, string, boolean][]
    // The bar showed each step, and the export went no further than the drawing it was cancelled in.
    expect(steps.map(([, step]) => step).slice(-2)).toEqual([
      'Copying the map’s styles',
      'Drawing the picture',
    ])
    expect(steps.every(([, , visible]) => visible)).toBe(true)
    for (const [start, duration] of tasks) {
      if (duration > 1000) expect(steps.some(([at]) => at <= start)).toBe(true)
    }
  })
})
