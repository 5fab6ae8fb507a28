// Edits made while the server cannot be reached are kept in the browser's copy of the map
// (IndexedDB) and reach the map when it is opened again with the server there. The copy is written
// in batches only while the server has everything (src/collab/offline-copy.ts); without it each
// edit is written at once, so this closes the tab right after typing and still finds the edit.

import { afterAll, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import * as Y from 'yjs'
import { sampleJourney } from '../../bin/sample-journey'
import { commitMap, fromY } from '../../src/collab/codec'
import { LARGE_STATE_BYTES } from '../../src/collab/received-state'
import { defaultRegistry } from '../../src/domain/kinds/registry'
import { connectClient, waitSynced } from '../support/clients'
import { serverAndBrowser } from '../support/e2e'
import { createMapOn, toWsUrl } from '../support/server'

const harness = serverAndBrowser('e2e-offline-copy')
const contexts: BrowserContext[] = []
afterAll(async () => {
  for (const context of contexts) await context.close()
})

async function open(context: BrowserContext, mapId: string): Promise<Page> {
  const page = await context.newPage()
  page.on('pageerror', (error) => {
    throw error
  })
  await page.goto(`${harness.server.url}m/${mapId}`)
  return page
}

/** The touchpoint titles the server holds, read by a y-websocket client of its own. */
async function serverTitles(mapId: string): Promise<string[]> {
  const client = connectClient(toWsUrl(harness.server.url), mapId)
  try {
    await waitSynced(client)
    const map = fromY(client.doc, defaultRegistry)
    return Object.values(map.touchpoints).map((touchpoint) => touchpoint.title)
  } finally {
    client.destroy()
  }
}

const title = (page: Page) => page.getByRole('textbox', { name: 'Title', exact: true })
const connected = (page: Page) => page.getByTestId('connection').getAttribute('data-state')

it('a title typed while the server is unreachable survives closing the tab and reaches the server on the next visit', async () => {
  const mapId = await createMapOn(harness.server.url, 'Offline journey')
  const context = await harness.browser.newContext({ viewport: { width: 1440, height: 900 } })
  contexts.push(context)

  // Online: one card, then the tab is closed (its copy now holds the map).
  const online = await open(context, mapId)
  await expect.poll(() => connected(online)).toBe('connected')
  await online.getByRole('button', { name: 'Add touchpoint' }).click()
  await title(online).fill('Typed online')
  await expect.poll(() => serverTitles(mapId)).toEqual(['Typed online'])
  // While connected, the copy is written in batches (at most every 400 ms): let the last one go.
  await online.waitForTimeout(1_500)
  await online.close()

  // The sync socket now reaches nothing (the page still loads): the map comes from the copy.
  let offlineMode = true
  await context.routeWebSocket(/\/sync\//, (socket) => {
    if (!offlineMode) socket.connectToServer()
  })
  const offline = await open(context, mapId)
  const card = offline.locator('.react-flow__node-touchpoint')
  await expect.poll(() => card.textContent()).toContain('Typed online')
  await card.click()
  await title(offline).fill('Typed offline')
  await expect.poll(() => card.textContent()).toContain('Typed offline')
  // Closed at once: the server never answered this page, so the edit was written as it was made.
  await offline.close()
  expect(await serverTitles(mapId)).toEqual(['Typed online'])

  // Back online: the copy's edit merges into the server's map.
  offlineMode = false
  const back = await open(context, mapId)
  await expect.poll(() => connected(back)).toBe('connected')
  await expect.poll(() => serverTitles(mapId)).toEqual(['Typed offline'])
  await expect
    .poll(() => back.locator('.react-flow__node-touchpoint').textContent())
    .toContain('Typed offline')
})

it('a big map received from the server is in the copy: it opens again without the server', async () => {
  // The server's whole state arrives as one large message, handed to the copy as received
  // (src/collab/received-state.ts) rather than encoded again; the copy must still hold all of it.
  const mapId = await createMapOn(harness.server.url, 'Big offline journey')
  const journey = sampleJourney({ phases: 6, perPhase: 40, across: 4, notes: 0 })
  const writer = connectClient(toWsUrl(harness.server.url), mapId)
  try {
    await waitSynced(writer)
    commitMap(writer.doc, fromY(writer.doc), journey)
    expect(Y.encodeStateAsUpdate(writer.doc).length).toBeGreaterThan(LARGE_STATE_BYTES)
    await expect.poll(async () => (await serverTitles(mapId)).length).toBe(240)
  } finally {
    writer.destroy()
  }
  const context = await harness.browser.newContext({ viewport: { width: 1440, height: 900 } })
  contexts.push(context)
  // The server's messages wait until the page's copy is open: y-indexeddb writes the whole doc
  // once when it opens, and that write must not be what puts the map into the copy.
  let copyOpen = () => {}
  const opened = new Promise<void>((resolve) => (copyOpen = resolve))
  let offlineMode = false
  await context.routeWebSocket(/\/sync\//, (socket) => {
    if (offlineMode) return
    const server = socket.connectToServer()
    socket.onMessage((message) => server.send(message))
    let queue = Promise.resolve()
    server.onMessage((message) => {
      queue = queue.then(() => opened).then(() => socket.send(message))
    })
  })
  const online = await open(context, mapId)
  const copyName = `trailmap:${mapId}`
  await expect
    .poll(() =>
      online.evaluate(
        async (name) => (await indexedDB.databases()).some((db) => db.name === name),
        copyName,
      ),
    )
    .toBe(true)
  await online.waitForTimeout(300)
  copyOpen()
  const cards = (page: Page) => page.locator('.react-flow__node-touchpoint')
  await expect.poll(() => cards(online).count(), { timeout: 20_000 }).toBe(240)
  await online.waitForTimeout(1_500)
  await online.close()

  offlineMode = true
  const offline = await open(context, mapId)
  // The socket goes nowhere: every card comes from the copy.
  await expect.poll(() => cards(offline).count(), { timeout: 20_000 }).toBe(240)
})
