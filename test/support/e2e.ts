// The frame of an end-to-end test file: a real server (as `npm start` runs it, with a temporary
// SQLite file) and headless Chromium, started before its tests and ended after them.

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'
import { launchBrowser } from './browser'
import { spawnServer, tempDbPath, type ServerProcess } from './server'

export interface E2eHarness {
  readonly server: ServerProcess
  readonly browser: Browser
}

export function serverAndBrowser(label: string, env: Record<string, string> = {}): E2eHarness {
  let server: ServerProcess | undefined
  let browser: Browser | undefined
  beforeAll(async () => {
    server = await spawnServer({ TRAILMAP_DB: tempDbPath(label), ...env })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    server?.child.kill('SIGTERM')
    await server?.exited
  })
  return {
    get server() {
      if (!server) throw new Error('the server starts in beforeAll')
      return server
    },
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll')
      return browser
    },
  }
}

/**
 * One person opening a map in a browser context of their own (1440×900): resolves once the page
 * is connected and shows cards. A page error fails the test.
 */
export async function openMapAs(
  harness: E2eHarness,
  contexts: BrowserContext[],
  mapId: string,
  options: { acceptDownloads?: boolean } = {},
): Promise<Page> {
  const context = await harness.browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: options.acceptDownloads ?? false,
  })
  contexts.push(context)
  const page = await context.newPage()
  page.on('pageerror', (error) => {
    throw error
  })
  await page.goto(`${harness.server.url}m/${mapId}`)
  await expect
    .poll(() => page.getByTestId('connection').getAttribute('data-state'))
    .toBe('connected')
  await expect.poll(() => page.locator('.react-flow__node-touchpoint').count()).toBeGreaterThan(0)
  return page
}
