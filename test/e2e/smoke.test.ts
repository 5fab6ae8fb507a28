// The built app, served by the real server process, in headless Chromium.

import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
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

it('creates a map from the map list and opens it live', async () => {
  const page = await browser.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(server.url)
  await page.getByRole('button', { name: 'New map' }).click()
  await page.getByRole('button', { name: 'Create map' }).click()
  await page.waitForURL(/\/m\/[A-Za-z0-9_-]+$/)
  await expect
    .poll(() => page.getByTestId('connection').getAttribute('data-state'))
    .toBe('connected')
  expect(await page.locator('.editor__title').textContent()).toBe('Untitled journey')
  const health = await fetch(`${server.url}healthz`)
  expect(health.status).toBe(200)
  expect(errors).toEqual([])
})
