// Two people in two browser contexts edit one map through the real UI, against the server started
// exactly as `npm start` starts it; a third person arrives after a server restart.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchBrowser } from '../support/browser'
import { pixelStats } from '../support/pixels'
import {
  createMapOn,
  freePort,
  spawnServer,
  tempDbPath,
  type ServerProcess,
} from '../support/server'

let server: ServerProcess
let browser: Browser
const dbPath = tempDbPath('e2e-collab')
let port = 0
const contexts: BrowserContext[] = []

async function startServer() {
  server = await spawnServer({ TRAILMAP_DB: dbPath, PORT: String(port) })
}

async function person(name: string, mapId: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  contexts.push(context)
  await context.addInitScript(
    (user) => {
      localStorage.setItem('trailmap:user', JSON.stringify(user))
    },
    { name, color: name === 'Ada' ? '#e11d48' : '#2563eb' },
  )
  const page = await context.newPage()
  page.on('pageerror', (error) => {
    throw error
  })
  await page.goto(`${server.url}m/${mapId}`)
  await expect
    .poll(() => page.getByTestId('connection').getAttribute('data-state'))
    .toBe('connected')
  return page
}

const cards = (page: Page) => page.locator('.react-flow__node-touchpoint')
const cardTitled = (page: Page, title: string) => cards(page).filter({ hasText: title })

beforeAll(async () => {
  port = await freePort()
  await startServer()
  browser = await launchBrowser()
})
afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
  server?.child.kill('SIGTERM')
  await server?.exited
})

describe('two people on one map', () => {
  let mapId = ''
  let a: Page
  let b: Page

  it('A builds a phase with two connected touchpoints and B sees all of it', async () => {
    mapId = await createMapOn(server.url, 'Workshop journey')
    a = await person('Ada', mapId)
    b = await person('Ben', mapId)

    await a.getByRole('button', { name: 'Add phase' }).click()
    await expect.poll(() => b.locator('.react-flow__node-phase').count()).toBe(1)

    await a.getByRole('button', { name: 'Add touchpoint' }).click()
    await a.getByLabel('Title', { exact: true }).fill('Sees an ad')
    await a.getByRole('button', { name: 'Add touchpoint' }).click()
    await a.getByLabel('Title', { exact: true }).fill('Visits the website')
    await expect.poll(() => cards(a).count()).toBe(2)

    // Connect by dragging from the first card's handle onto the second card's handle.
    const from = cardTitled(a, 'Sees an ad').locator('.react-flow__handle-right.source')
    const to = cardTitled(a, 'Visits the website').locator('.react-flow__handle-left.target')
    const start = await from.boundingBox()
    const end = await to.boundingBox()
    if (!start || !end) throw new Error('handles not visible')
    await a.mouse.move(start.x + start.width / 2, start.y + start.height / 2)
    await a.mouse.down()
    await a.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 })
    await a.mouse.up()
    await expect.poll(() => a.locator('.react-flow__edge').count()).toBe(1)

    // A edits a field of the second card in the inspector.
    await cardTitled(a, 'Visits the website').click()
    await a.getByLabel('Owner').fill('Marketing team')

    await expect.poll(() => cards(b).count()).toBe(2)
    await expect.poll(() => b.locator('.react-flow__edge').count()).toBe(1)
    await expect.poll(() => cardTitled(b, 'Sees an ad').count()).toBe(1)
    await cardTitled(b, 'Visits the website').click()
    await expect.poll(() => b.getByLabel('Owner').inputValue()).toBe('Marketing team')
  })

  it('shows who is present on both sides', async () => {
    for (const page of [a, b]) {
      await expect.poll(() => page.locator('.pres-avatars .pres-avatar').count()).toBe(2)
    }
    await expect.poll(() => a.locator('.pres-avatar[title="Ben"]').count()).toBe(1)
    await expect.poll(() => b.locator('.pres-avatar[title="Ada"]').count()).toBe(1)
  })

  it('B deletes a card and A sees it gone; A undoes only its own last edit', async () => {
    await cardTitled(b, 'Sees an ad').click()
    await b.keyboard.press('Delete')
    await expect.poll(() => cardTitled(a, 'Sees an ad').count()).toBe(0)
    await expect.poll(() => a.locator('.react-flow__edge').count()).toBe(0)

    // A's last edit was the owner field: undo reverts it, and B's delete stays.
    await a.locator('.react-flow__pane').click({ position: { x: 900, y: 700 } })
    await a.keyboard.press('Control+z')
    await cardTitled(b, 'Visits the website').click()
    await expect.poll(() => b.getByLabel('Owner').inputValue()).toBe('')
    expect(await cardTitled(a, 'Sees an ad').count()).toBe(0)
    expect(await cardTitled(a, 'Visits the website').count()).toBe(1)
  })

  it('names the map in the browser tab, and a rename reaches the other tab', async () => {
    expect(await b.title()).toBe('Workshop journey · Trailmap')
    await a.locator('.editor__title').dblclick()
    await a.keyboard.press('ControlOrMeta+a')
    await a.keyboard.type('Workshop journey v2')
    await a.keyboard.press('Enter')
    await expect.poll(() => b.title()).toBe('Workshop journey v2 · Trailmap')
  })

  it('draws a canvas with visible cards (not blank, not broken)', async () => {
    await a.getByRole('button', { name: 'Fit map to screen' }).click()
    await a.waitForTimeout(400)
    const shot = await a.locator('.react-flow').screenshot({ path: '/tmp/trailmap-editor.png' })
    const stats = pixelStats(shot)
    expect(stats.inkRatio).toBeGreaterThan(0.03)
    expect(stats.distinctColors).toBeGreaterThan(20)
    const card = await cardTitled(a, 'Visits the website').screenshot()
    expect(pixelStats(card).inkRatio).toBeGreaterThan(0.02)
  })

  it('a third person opening the map after a server restart sees the same map', async () => {
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
    await startServer()
    const c = await person('Cy', mapId)
    await expect.poll(() => cards(c).count()).toBe(1)
    await expect.poll(() => cardTitled(c, 'Visits the website').count()).toBe(1)
    expect(await c.locator('.react-flow__node-phase').count()).toBe(1)
    // The people already there reconnect by themselves.
    await expect
      .poll(() => a.getByTestId('connection').getAttribute('data-state'), { timeout: 15_000 })
      .toBe('connected')
  })
})
