// The built app, served by the real server process, in headless Chromium.

import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser } from '../support/browser'
import { spawnServer, tempDbPath, type ServerProcess } from '../support/server'

let server: ServerProcess
let browser: Browser

beforeAll(async () => {
  server = await spawnServer({ TRAILMAP_DB: tempDbPath('e2e-smoke') })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  server?.child.kill('SIGTERM')
  await server?.exited
})

const connection = (page: Page) => page.getByTestId('connection').getAttribute('data-state')

/** Makes a new map from the map list and waits until the page is connected to it; returns the
 * page errors seen so far and from then on. */
async function createMapFromList(page: Page): Promise<string[]> {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(server.url)
  await page.getByRole('button', { name: 'New map' }).click()
  await page.getByRole('button', { name: 'Create map' }).click()
  await page.waitForURL(/\/m\/[A-Za-z0-9_-]+$/)
  await expect.poll(() => connection(page)).toBe('connected')
  return errors
}

it('creates a map from the map list and opens it live', async () => {
  const page = await browser.newPage()
  const errors = await createMapFromList(page)
  expect(await page.locator('.editor__title').textContent()).toBe('Untitled journey')
  const health = await fetch(`${server.url}healthz`)
  expect(health.status).toBe(200)
  expect(errors).toEqual([])
})

it("loads the editor's scripts and styles compressed, from the copies the build wrote", async () => {
  const page = await browser.newPage()
  const errors = await createMapFromList(page)
  const files = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry as PerformanceResourceTiming)
      .filter((entry) => /\/assets\/[^/]+\.(js|css)$/.test(entry.name))
      .map(({ name, encodedBodySize, decodedBodySize }) => ({
        name,
        encodedBodySize,
        decodedBodySize,
      })),
  )
  const big = files.filter((file) => file.decodedBodySize > 1024)
  // The editor's core, its styles and the chunks they import.
  expect(big.length).toBeGreaterThanOrEqual(4)
  for (const file of big)
    expect(file.encodedBodySize, file.name).toBeLessThan(file.decodedBodySize / 2)
  expect(errors).toEqual([])
  await page.close()
})

it('shows a notice with a reload button, not a blank page, when a part of the editor cannot load', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  const errors = await createMapFromList(page)
  // A newer build replaced the export dialog's chunk: this page's copy of its name is gone.
  const exportChunk = /\/assets\/ExportContent-[^/]+\.js$/
  await context.route(exportChunk, (route) => route.fulfill({ status: 404, body: 'gone' }))
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 300 } })
  await page.keyboard.press('Control+e')
  const alert = page.getByRole('alert').filter({ hasText: 'Trailmap stopped showing this page' })
  await expect.poll(() => alert.textContent()).toContain('newer version may have been installed')
  await page.screenshot({ path: '/tmp/trailmap-crash-notice.png' })
  // Still reported as the page's error (error trackers, and every other test's page-error check).
  expect(errors.join('\n')).toMatch(/dynamically imported module/)
  await context.unroute(exportChunk)
  await page.getByRole('button', { name: 'Reload' }).click()
  await expect.poll(() => connection(page)).toBe('connected')
  expect(await alert.count()).toBe(0)
  await context.close()
})
