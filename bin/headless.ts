// Rendering maps headlessly with the editor's own components: the CLI (`trailmap export`) and the
// benchmark (bench/png-export.ts) open `/m/<id>?export` in headless Chromium, wait until every
// node and edge is on the canvas and call `window.trailmapExport` (src/export/export-hook.ts),
// which runs the same exporter as the Export dialog. For a JSON file, the server runs in this
// process on a free loopback port with a temporary SQLite file.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { startServer, type TrailmapServer } from '../server/app'
import { DEFAULTS } from '../server/config'
import { createLogger } from '../server/log'
import { SERVER_ORIGIN, withMapDoc } from '../server/maps/edit-doc'
import { createMap } from '../server/maps/manage'
import { fromY, commitMap } from '../src/collab/codec'
import type { JourneyMap } from '../src/domain/types'
import type { HeadlessPng, HeadlessPngOptions } from '../src/export/export-hook'
import { titleForApi } from '../src/export/import-file'

export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export class HeadlessError extends Error {}

export interface LocalServer {
  readonly server: TrailmapServer
  readonly url: string
  close(): Promise<void>
}

/** The Trailmap server in this process: loopback, a free port, a throw-away SQLite file. */
export async function startLocalServer(
  staticDir = path.join(PACKAGE_ROOT, 'dist'),
): Promise<LocalServer> {
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    throw new HeadlessError(
      `The editor is not built (${staticDir} has no index.html): run "npm run build" first.`,
    )
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trailmap-render-'))
  const server = await startServer(
    {
      ...DEFAULTS,
      host: '127.0.0.1',
      port: 0,
      dbPath: path.join(dir, 'trailmap.db'),
      staticDir,
      logLevel: 'silent',
      auth: false,
    },
    createLogger('silent'),
  )
  return {
    server,
    url: server.url,
    async close() {
      await server.close()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** A new map on the local server holding exactly `map`; returns its id. */
export async function createMapWith(local: LocalServer, map: JourneyMap): Promise<string> {
  const { server } = local
  const title = titleForApi(map.meta.title)
  const { catalogue, tokens, log } = server.storage
  const record = await createMap({ catalogue, tokens, log, rooms: server.rooms }, { title })
  await withMapDoc(server.rooms, record.id, (doc) => commitMap(doc, fromY(doc), map, SERVER_ORIGIN))
  await server.storage.log.flush()
  return record.id
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Debian's Chromium (browser downloads are not possible everywhere), as the e2e tests use it.
 * `extraArgs`: more command-line switches (bench:canvas lifts the frame-rate cap).
 */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new HeadlessError(
      `Chromium was not found at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    )
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Pages pick their interface language from the browser's: English unless a context asks
      // for another (`newContext({ locale: 'de-DE' })`), whatever the machine's locale is.
      '--lang=en-US',
      ...extraArgs,
    ],
  })
}

export interface OpenOptions {
  /** A capability token for servers that require one. */
  readonly token?: string | undefined
  readonly timeoutMs?: number
}

/** Opens the map in export mode and waits until everything is drawn. */
export async function openExportPage(
  browser: Browser,
  baseUrl: string,
  mapId: string,
  options: OpenOptions = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1600, height: 1000 },
    acceptDownloads: false,
    // Our own page, driven by our own script: the page's Content-Security-Policy (no eval) would
    // refuse the waiting predicates Playwright evaluates in it.
    bypassCSP: true,
  })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  const url = new URL(
    `m/${encodeURIComponent(mapId)}`,
    baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`,
  )
  url.searchParams.set('export', '')
  if (options.token) url.searchParams.set('token', options.token)
  await page.goto(url.toString())
  try {
    await page.waitForFunction('window.trailmapExport?.ready() === true', null, {
      timeout: options.timeoutMs ?? 60_000,
      polling: 100,
    })
  } catch {
    const state = await page
      .evaluate('document.querySelector("[data-testid=connection]")?.textContent ?? ""')
      .catch(() => '')
    throw new HeadlessError(
      `The map did not finish loading in the browser${errors.length ? `: ${errors.join('; ')}` : ''}${state ? ` (${String(state)})` : ''}.`,
    )
  }
  return page
}

export interface RenderedPng extends Omit<HeadlessPng, 'dataUrl'> {
  readonly bytes: Buffer
}

/** The whole map as PNG, through the page's exporter (the Export dialog's own code). */
export async function renderPng(
  page: Page,
  options: HeadlessPngOptions = {},
): Promise<RenderedPng> {
  // A string, not a function: tsx would compile a function with helpers the page does not have.
  const result = (await page.evaluate(
    `window.trailmapExport.png(${JSON.stringify(options)})`,
  )) as HeadlessPng
  const { dataUrl, ...rest } = result
  return { ...rest, bytes: Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64') }
}
