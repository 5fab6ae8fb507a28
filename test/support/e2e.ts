// The frame of an end-to-end test file: a real server (as `npm start` runs it, with a temporary
// SQLite file) and headless Chromium, started before its tests and ended after them.

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
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
