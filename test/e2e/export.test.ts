// Export and import through the real editor in headless Chromium, against the server started as
// `npm start` starts it: a 36-touchpoint map exported as PNG (2×, checked pixel by pixel and for
// its embedded map; zoomed in and zoomed out, the same picture as in the fitted view), SVG, JSON
// and CSV; the JSON imported into a new map and compared record by record over a y-websocket
// client; bad files (every failing fixture, a 50 MB file, a sheet with bad rows) shown with their
// problems while the open map stays exactly as it was; replace + undo.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PNG } from 'pngjs'
import type { Browser, BrowserContext, Download, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fromY, commitMap } from '../../src/collab/codec'
import { CARD_SIZE } from '../../src/domain/card'
import { parseMapFile } from '../../src/domain/format'
import { mapBounds } from '../../src/domain/bounds'
import { messagesFor } from '../../src/domain/i18n'
import type { JourneyMap } from '../../src/domain/types'
import { readJsonFromPng } from '../../src/export/png-text'
import { sampleJourney } from '../../bin/sample-journey'
import { launchBrowser } from '../support/browser'
import { connectClient, waitFor, waitSynced, type TestClient } from '../support/clients'
import { expectSameData, firstDifference } from '../support/equal'
import { FIXTURES_DIR, type BadFixture } from '../support/fixtures'
import { pixelStats } from '../support/pixels'
import { createMapOn, spawnServer, tempDbPath, type ServerProcess } from '../support/server'

const PADDING = 48
// Downloads and screenshots of the last run, to look at (they are not compared to goldens).
const SHOTS = path.join(os.tmpdir(), 'trailmap-export-e2e')
fs.rmSync(SHOTS, { recursive: true, force: true })
fs.mkdirSync(SHOTS)

let server: ServerProcess
let browser: Browser
let context: BrowserContext
let page: Page
const clients: TestClient[] = []

const seeded: JourneyMap = sampleJourney({
  title: 'Customer Onboarding',
  phases: 4,
  perPhase: 9,
  across: 3,
  notes: 2,
})
let mapId = ''

/** The map as the server has it, read by a fresh y-websocket client. */
async function serverMap(id: string): Promise<JourneyMap> {
  const client = connectClient(server.wsUrl, id)
  clients.push(client)
  await waitSynced(client)
  const map = fromY(client.doc)
  client.destroy()
  return map
}

async function download(
  action: () => Promise<void>,
): Promise<{ download: Download; file: string }> {
  const [event] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), action()])
  const file = path.join(SHOTS, event.suggestedFilename())
  await event.saveAs(file)
  return { download: event, file }
}

const dialog = (name: string) => page.getByRole('dialog', { name })
const cards = () => page.locator('.react-flow__node-touchpoint')

async function openMap(id: string) {
  await page.goto(`${server.url}m/${id}`)
  await expect
    .poll(() => page.getByTestId('connection').getAttribute('data-state'))
    .toBe('connected')
}

async function openImport() {
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 300 } })
  await page.keyboard.press('Control+o')
  await expect.poll(() => dialog('Import').isVisible()).toBe(true)
}

beforeAll(async () => {
  server = await spawnServer({ TRAILMAP_DB: tempDbPath('e2e-export'), TRAILMAP_AUTH: 'off' })
  browser = await launchBrowser()
  context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  })
  page = await context.newPage()
  page.on('pageerror', (error) => {
    throw error
  })

  // Content goes in like any edit: through a y-websocket client, then checked by a second one.
  mapId = await createMapOn(server.url, 'Customer Onboarding')
  const writer = connectClient(server.wsUrl, mapId)
  clients.push(writer)
  await waitSynced(writer)
  commitMap(writer.doc, fromY(writer.doc), seeded)
  const reader = connectClient(server.wsUrl, mapId)
  clients.push(reader)
  await waitSynced(reader)
  await waitFor(
    () => firstDifference(fromY(reader.doc), seeded) === null,
    'the map to reach the server',
  )
  reader.destroy()
  writer.destroy()
})

afterAll(async () => {
  for (const client of clients) client.destroy()
  await context?.close()
  await browser?.close()
  server?.child.kill('SIGTERM')
  await server?.exited
})

describe('export', () => {
  it('exports the whole map as a 2× PNG with the map inside', async () => {
    expect(Object.keys(seeded.touchpoints)).toHaveLength(36)
    await openMap(mapId)
    await expect.poll(() => cards().count()).toBe(36)
    // Selection outlines must not show in the picture, and the selection comes back afterwards.
    await page.locator('.react-flow__pane').click({ position: { x: 30, y: 300 } })
    await page.keyboard.press('Control+a')
    const selected = page.locator('.react-flow__node.selected')
    await expect.poll(() => selected.count()).toBe(38) // touchpoints and notes
    await page.keyboard.press('Control+e')
    const exportDialog = dialog('Export map')
    await expect.poll(() => exportDialog.isVisible()).toBe(true)
    await exportDialog.getByRole('radio', { name: /^PNG/ }).check()
    await exportDialog.getByRole('radio', { name: '2×' }).check()
    await exportDialog.getByRole('radio', { name: 'White' }).check()
    await exportDialog.getByLabel('Padding').fill(String(PADDING))
    await page.screenshot({ path: path.join(SHOTS, 'export-dialog.png') })

    const { download: png, file } = await download(() =>
      exportDialog.getByRole('button', { name: 'Export' }).click(),
    )
    expect(png.suggestedFilename()).toBe('customer-onboarding.png')
    const bytes = fs.readFileSync(file)
    const image = PNG.sync.read(bytes)
    const bounds = mapBounds(seeded, CARD_SIZE)
    expect([image.width, image.height]).toEqual([
      (bounds.width + 2 * PADDING) * 2,
      (bounds.height + 2 * PADDING) * 2,
    ])
    const stats = pixelStats(bytes)
    expect(stats.inkRatio).toBeGreaterThan(0.2)
    expect(stats.distinctColors).toBeGreaterThan(100)
    // White corners (padding), coloured phase headers right inside them.
    expect([...image.data.subarray(0, 4)]).toEqual([255, 255, 255, 255])
    const embedded = readJsonFromPng(new Uint8Array(bytes), messagesFor('en'))
    if (!embedded.ok) throw new Error(embedded.message)
    const loaded = parseMapFile(embedded.text)
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems))
    expectSameData(loaded.map, seeded)

    await expect
      .poll(() => exportDialog.getByRole('status').first().textContent())
      .toContain('Saved customer-onboarding.png')
    await page.screenshot({ path: path.join(SHOTS, 'export-dialog-done.png') })
    await page.keyboard.press('Escape')
    await expect.poll(() => exportDialog.count()).toBe(0)
    await expect.poll(() => selected.count()).toBe(38)
  })

  it('exports SVG, JSON and CSV named after the map', async () => {
    await page.keyboard.press('Control+e')
    const exportDialog = dialog('Export map')
    const exportButton = exportDialog.getByRole('button', { name: 'Export' })

    await exportDialog.getByRole('radio', { name: /^SVG/ }).check()
    const svg = await download(() => exportButton.click())
    expect(svg.download.suggestedFilename()).toBe('customer-onboarding.svg')
    const text = fs.readFileSync(svg.file, 'utf8')
    const bounds = mapBounds(seeded, CARD_SIZE)
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /)
    expect(text).toContain(`width="${bounds.width + 2 * PADDING}"`)
    // Native SVG (test/e2e/deliverables.test.ts checks it in rsvg against the PNG).
    expect(text).not.toContain('foreignObject')
    for (const card of Object.values(seeded.touchpoints))
      expect(text).toContain(`id="card-${card.id}"`)
    // The SVG shows the map when a browser opens it on its own.
    const viewer = await context.newPage()
    await viewer.setViewportSize({ width: 1600, height: 1000 })
    await viewer.goto(`file://${svg.file}`)
    const shot = await viewer.screenshot({ path: path.join(SHOTS, 'svg-in-browser.png') })
    expect(pixelStats(shot).inkRatio).toBeGreaterThan(0.1)
    await viewer.close()

    await exportDialog.getByRole('radio', { name: /^JSON/ }).check()
    const json = await download(() => exportButton.click())
    expect(json.download.suggestedFilename()).toBe('customer-onboarding.trailmap.json')
    const loaded = parseMapFile(fs.readFileSync(json.file, 'utf8'))
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems))
    expectSameData(loaded.map, seeded)

    await exportDialog.getByRole('radio', { name: /^CSV/ }).check()
    const csv = await download(() => exportButton.click())
    expect(csv.download.suggestedFilename()).toBe('customer-onboarding.csv')
    const sheet = fs.readFileSync(csv.file, 'utf8')
    expect(sheet.startsWith('\uFEFFphase,title,channel,kind,emotion')).toBe(true)
    expect(sheet.trim().split('\r\n')).toHaveLength(37)
    await exportDialog.getByRole('radio', { name: /^PNG/ }).check()
    await page.keyboard.press('Escape')
  })

  // The canvas mounts only the cards in view when zoomed in (culling.ts) and draws them with less
  // detail when zoomed out (canvas.css); a PNG is taken from the canvas, and must not show either.
  it('draws every card at full detail into the PNG, however far the view is zoomed', async () => {
    // Wide enough that the fitted view draws every card at full detail: the reference picture.
    await page.setViewportSize({ width: 2560, height: 1600 })
    try {
      await openMap(mapId)
      await expect.poll(() => cards().count()).toBe(36)
      const canvas = page.locator('.canvas')
      expect(await canvas.getAttribute('data-detail')).toBe('full')
      const fitted = await exportPngFromDialog('fitted')

      await zoomWithWheel(-400, async () => (await cards().count()) < 36)
      const culled = await cards().count()
      const zoomedIn = await exportPngFromDialog('zoomed-in')
      // The canvas is as it was: culled again once the picture is taken.
      await expect.poll(() => cards().count()).toBe(culled)

      await zoomWithWheel(400, async () => (await canvas.getAttribute('data-detail')) === 'low')
      const zoomedOut = await exportPngFromDialog('zoomed-out')
      expect(await canvas.getAttribute('data-detail')).toBe('low')

      // Before, the zoomed-in picture lacked the cards out of view and the zoomed-out one drew
      // its cards without channel and badges: each differed in far more than a tenth of a percent.
      expect(differingShare(zoomedIn, fitted)).toBeLessThan(0.001)
      expect(differingShare(zoomedOut, fitted)).toBeLessThan(0.001)
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 })
    }
  })
})

/** Exports a 1× white PNG through the Export dialog (pointer off the canvas) and returns it. */
async function exportPngFromDialog(name: string): Promise<Buffer> {
  await page.mouse.move(5, 5)
  await page.keyboard.press('Control+e')
  const exportDialog = dialog('Export map')
  await expect.poll(() => exportDialog.isVisible()).toBe(true)
  await exportDialog.getByRole('radio', { name: /^PNG/ }).check()
  await exportDialog.getByRole('radio', { name: '1×' }).check()
  await exportDialog.getByRole('radio', { name: 'White' }).check()
  const { file } = await download(() =>
    exportDialog.getByRole('button', { name: 'Export' }).click(),
  )
  const copy = path.join(SHOTS, `whole-map-${name}.png`)
  fs.copyFileSync(file, copy)
  await page.keyboard.press('Escape')
  await expect.poll(() => exportDialog.count()).toBe(0)
  return fs.readFileSync(copy)
}

/** Ctrl+wheel over the middle of the canvas until `done`. */
async function zoomWithWheel(deltaY: number, done: () => Promise<boolean>) {
  const pane = await page.locator('.react-flow__pane').boundingBox()
  if (!pane) throw new Error('no canvas')
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2)
  for (let i = 0; i < 20 && !(await done()); i++) {
    await page.keyboard.down('Control')
    await page.mouse.wheel(0, deltaY)
    await page.keyboard.up('Control')
    await page.waitForTimeout(100)
  }
  await expect.poll(done).toBe(true)
}

/** The share of pixels whose colour differs by more than a rounding error; sizes must match. */
function differingShare(a: Buffer, b: Buffer): number {
  const one = PNG.sync.read(a)
  const other = PNG.sync.read(b)
  expect([one.width, one.height]).toEqual([other.width, other.height])
  let differing = 0
  for (let i = 0; i < one.data.length; i += 4) {
    for (let channel = 0; channel < 4; channel++) {
      if (Math.abs(one.data[i + channel]! - other.data[i + channel]!) > 8) {
        differing++
        break
      }
    }
  }
  return differing / (one.width * one.height)
}

describe('import', () => {
  let before: JourneyMap

  it('shows every problem of a bad file and leaves the map untouched', async () => {
    before = await serverMap(mapId)
    const expected = JSON.parse(
      fs.readFileSync(path.join(FIXTURES_DIR, 'bad', 'expected.json'), 'utf8'),
    ) as Record<string, BadFixture>
    await openImport()
    const importDialog = dialog('Import')
    const input = importDialog.locator('input[type=file]')
    const failing = Object.entries(expected).filter(([, f]) => !f.ok && !f.options)
    expect(failing.length).toBeGreaterThan(15)
    for (const [name, fixture] of failing) {
      await input.setInputFiles(path.join(FIXTURES_DIR, 'bad', name))
      const list = importDialog.getByRole('list', { name: 'Problems' })
      await expect
        .poll(() => importDialog.getByRole('alert').textContent())
        .toContain(`${name} cannot be imported`)
      const items = await list.getByRole('listitem').allTextContents()
      for (const problem of fixture.problems ?? []) {
        expect(
          items.some((item) => item.includes(problem.path) && item.includes(problem.message)),
          `${name}: ${problem.path} ${problem.message}`,
        ).toBe(true)
      }
      if (name === 'wrong-field-types.json')
        await page.screenshot({ path: path.join(SHOTS, 'import-problems.png') })
    }

    // 50 MB: refused by its size before it is read.
    const huge = path.join(SHOTS, 'huge.trailmap.json')
    fs.writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 0x20))
    await input.setInputFiles(huge)
    await expect
      .poll(() => importDialog.getByRole('alert').textContent())
      .toContain('the file is 50.0 MB; the limit is 20.0 MB')
    fs.rmSync(huge)

    // A sheet with bad rows: every row and column named, nothing added.
    const sheet = path.join(SHOTS, 'bad-rows.csv')
    fs.writeFileSync(
      sheet,
      'phase,title,channel,emotion\nAwareness,,website,0\nAwareness,Ok,telegraph,0\nDecision,Fine,email,7\n',
    )
    await input.setInputFiles(sheet)
    await expect
      .poll(() =>
        importDialog
          .getByRole('list', { name: 'Problems' })
          .getByRole('listitem')
          .allTextContents(),
      )
      .toEqual([
        'row 2, titleis empty',
        expect.stringContaining('row 3, channel"telegraph" is not one of'),
        'row 4, emotion"7" must be an integer from -2 to 2',
      ])
    await page.keyboard.press('Escape')
    await expect.poll(() => importDialog.count()).toBe(0)

    expectSameData(await serverMap(mapId), before)
    expect(await cards().count()).toBe(36)
  })

  it('imports the exported JSON into a new map that is identical', async () => {
    const json = path.join(SHOTS, 'customer-onboarding.trailmap.json')
    await openImport()
    const importDialog = dialog('Import')
    await importDialog.locator('input[type=file]').setInputFiles(json)
    await expect
      .poll(() => importDialog.getByTestId('import-summary').textContent())
      .toBe('4 phases, 36 touchpoints, 35 steps, 2 notes')
    await page.screenshot({ path: path.join(SHOTS, 'import-summary.png') })
    await importDialog.getByRole('button', { name: 'Open as a new map' }).click()
    await expect.poll(() => page.url()).not.toContain(mapId)
    const newId = /\/m\/([^/?#]+)/.exec(page.url())?.[1] ?? ''
    expect(newId).not.toBe('')
    await expect.poll(() => cards().count()).toBe(36)
    // Identical but for the title: the original's title is taken, so the copy says "(imported)".
    const expected = {
      ...seeded,
      meta: { ...seeded.meta, title: `${seeded.meta.title} (imported)` },
    }
    await expect
      .poll(async () => firstDifference(await serverMap(newId), expected), { timeout: 15_000 })
      .toBeNull()
    // The original is as it was.
    expectSameData(await serverMap(mapId), before)
  })

  it('re-imports the PNG, replaces the open map after confirming, and undo brings it back', async () => {
    const target = await serverMap(mapId)
    await openMap(mapId)
    await openImport()
    const importDialog = dialog('Import')
    await importDialog
      .locator('input[type=file]')
      .setInputFiles(path.join(FIXTURES_DIR, 'valid', 'v1-full.json'))
    await importDialog.getByRole('button', { name: 'Replace this map' }).click()
    await expect
      .poll(() => importDialog.getByRole('group').textContent())
      .toContain('Replace “Customer Onboarding”?')
    await page.screenshot({ path: path.join(SHOTS, 'import-confirm.png') })
    await importDialog.getByRole('button', { name: 'Replace map' }).click()
    await expect.poll(() => importDialog.count()).toBe(0)
    const full = parseMapFile(
      fs.readFileSync(path.join(FIXTURES_DIR, 'valid', 'v1-full.json'), 'utf8'),
    )
    if (!full.ok) throw new Error('fixture does not load')
    await expect.poll(async () => firstDifference(await serverMap(mapId), full.map)).toBeNull()

    // One undo step puts everything back.
    await page.locator('.react-flow__pane').click({ position: { x: 30, y: 300 } })
    await page.keyboard.press('Control+z')
    await expect.poll(async () => firstDifference(await serverMap(mapId), target)).toBeNull()

    // The exported picture carries the map: importing it offers exactly that map.
    await openImport()
    await importDialog
      .locator('input[type=file]')
      .setInputFiles(path.join(SHOTS, 'customer-onboarding.png'))
    await expect.poll(() => importDialog.textContent()).toContain('map data inside the picture')
    await expect
      .poll(() => importDialog.getByTestId('import-summary').textContent())
      .toBe('4 phases, 36 touchpoints, 35 steps, 2 notes')
    await page.keyboard.press('Escape')
  })

  it('adds the touchpoints of a good sheet after confirming', async () => {
    await openImport()
    const importDialog = dialog('Import')
    const sheet = path.join(SHOTS, 'workshop.csv')
    fs.writeFileSync(
      sheet,
      'Stage;Touchpoint;Channel;Feeling\nAwareness;Hears a podcast;Other;1\nAftercare;Gets a survey;E-mail;-1\n',
    )
    await importDialog.locator('input[type=file]').setInputFiles(sheet)
    await expect
      .poll(() => importDialog.getByTestId('import-summary').textContent())
      .toBe('New phases: Aftercare.')
    await importDialog.getByRole('button', { name: 'Add to this map' }).click()
    await importDialog.getByRole('button', { name: 'Add touchpoints' }).click()
    // Counted in the stored map: the view now follows the new phase, and only cards in view are
    // drawn (onlyRenderVisibleElements).
    await expect.poll(async () => Object.keys((await serverMap(mapId)).touchpoints).length).toBe(38)
    await expect.poll(async () => (await serverMap(mapId)).phases.length).toBe(5)
    // The new phase is brought into view.
    const canvas = await page.locator('.react-flow').boundingBox()
    const header = page
      .locator('.react-flow__node-phase', { hasText: 'Aftercare' })
      .locator('.phase__header')
    await expect
      .poll(async () => {
        const box = await header.boundingBox()
        return (
          !!box && !!canvas && box.x >= canvas.x && box.x + box.width <= canvas.x + canvas.width
        )
      })
      .toBe(true)
    await page.screenshot({ path: path.join(SHOTS, 'csv-import-revealed.png') })
  })
})
