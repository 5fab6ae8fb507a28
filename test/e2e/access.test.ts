// Capability links through the real UI with access control on: the creator's browser holds the
// tokens, the share dialog offers an edit and a view link, a view link is read-only, and a page
// without a token is refused with a clear message.

import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser } from '../support/browser'
import { spawnServer, tempDbPath, type ServerProcess } from '../support/server'

let server: ServerProcess
let browser: Browser

beforeAll(async () => {
  server = await spawnServer({ TRAILMAP_DB: tempDbPath('e2e-access'), TRAILMAP_AUTH: 'on' })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  server?.child.kill('SIGTERM')
  await server?.exited
})

/** The map sync sockets each page opened, by address. */
const syncSockets = new Map<Page, string[]>()

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  page.on('pageerror', (error) => {
    throw error
  })
  const sockets: string[] = []
  syncSockets.set(page, sockets)
  page.on('websocket', (socket) => {
    if (new URL(socket.url()).pathname.startsWith('/sync/')) sockets.push(socket.url())
  })
  return page
}

const state = (page: Page) => page.getByTestId('connection').getAttribute('data-state')

it('shares an edit and a view link; the view link is read-only; no link, no access', async () => {
  const owner = await newPage()
  await owner.goto(server.url)
  await owner.getByRole('button', { name: 'New map' }).click()
  await owner.getByRole('button', { name: 'Create map' }).click()
  await owner.waitForURL(/\/m\/[A-Za-z0-9_-]+$/)
  await expect.poll(() => state(owner)).toBe('connected')
  const mapUrl = owner.url()

  await owner.getByRole('button', { name: 'Share map' }).click()
  const editLink = await owner.getByLabel('Edit link', { exact: true }).inputValue()
  const viewLink = await owner.getByLabel('View link', { exact: true }).inputValue()
  expect(editLink).toMatch(/#token=[A-Za-z0-9_-]{20,}$/)
  expect(viewLink).toMatch(/#token=[A-Za-z0-9_-]{20,}$/)
  expect(viewLink).not.toBe(editLink)
  await owner.getByRole('button', { name: 'Close' }).click()

  // The owner's map list shows the map (its browser holds the token).
  await owner.goto(server.url)
  await expect.poll(() => owner.getByText('Untitled journey').count()).toBeGreaterThan(0)

  const viewer = await newPage()
  await viewer.goto(viewLink)
  await expect.poll(() => state(viewer)).toBe('connected')
  expect(viewer.url()).not.toContain('token=')
  // The page's boot script opened the map's socket with the link's token before the editor
  // loaded, and the editor adopted it: one socket (src/collab/early-socket.ts).
  expect(syncSockets.get(viewer)).toHaveLength(1)
  expect(syncSockets.get(viewer)?.[0]).toContain('?token=')
  // Read-only is visible at once: the badge, the editing tools and the inspector's fields.
  await expect.poll(() => viewer.getByTestId('role-badge').textContent()).toContain('View only')
  expect(await viewer.getByRole('button', { name: 'Add touchpoint' }).isDisabled()).toBe(true)
  expect(await viewer.getByLabel('Map title', { exact: true }).last().isDisabled()).toBe(true)
  await viewer.keyboard.press('t')
  await expect.poll(() => viewer.getByTestId('notice').textContent()).toContain('view-only')
  expect(await viewer.locator('.react-flow__node-touchpoint').count()).toBe(0)

  const editor = await newPage()
  await editor.goto(editLink)
  await expect.poll(() => state(editor)).toBe('connected')
  expect(syncSockets.get(editor)).toHaveLength(1)
  await editor.getByRole('button', { name: 'Add phase' }).click()
  await expect.poll(() => viewer.locator('.react-flow__node-phase').count()).toBe(1)

  const stranger = await newPage()
  await stranger.goto(mapUrl)
  await expect.poll(() => state(stranger)).toBe('closed')
  await expect.poll(() => stranger.getByRole('alert').textContent()).toContain('valid link')
  // Nothing on a refused page invites editing or sharing.
  expect(await stranger.getByRole('button', { name: 'Share map' }).isDisabled()).toBe(true)
  expect(await stranger.getByLabel('Map title', { exact: true }).last().isDisabled()).toBe(true)
  expect(await stranger.locator('.react-flow__node-phase').count()).toBe(0)
})
