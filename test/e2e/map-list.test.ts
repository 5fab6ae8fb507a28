// The start page in headless Chromium against the real server: create a map from a template
// through the dialog, come back, rename, duplicate and delete (with confirmation), checking the
// list after each step. Screenshots go to /tmp for a person to look at; they are not compared.

import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { templateById } from '../../src/domain/templates'
import { launchBrowser } from '../support/browser'
import { spawnServer, tempDbPath, type ServerProcess } from '../support/server'

let server: ServerProcess
let browser: Browser

beforeAll(async () => {
  server = await spawnServer({ TRAILMAP_DB: tempDbPath('e2e-map-list') })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  server?.child.kill('SIGTERM')
  await server?.exited
})

const titles = (page: Page) =>
  page.getByRole('list', { name: 'Journey maps' }).getByRole('link').allTextContents()

async function apiCreate(body: object) {
  const res = await fetch(`${server.url}api/maps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  // On failure, say why: the response and what the server logged about it.
  const why = res.status === 201 ? '' : `${await res.text()}\n${server.stdout.slice(-5).join('\n')}`
  expect(res.status, why).toBe(201)
}

it('creates from a template, renames, duplicates and deletes maps from the list', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(server.url)
  await expect.poll(() => page.getByText('No journey maps yet').isVisible()).toBe(true)
  await page.screenshot({ path: '/tmp/map-list-empty.png' })

  // Keyboard: the dialog opens from the keyboard, Escape closes it and focus goes back.
  const newMap = page.getByRole('button', { name: 'New map', exact: true })
  await newMap.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'New journey map' })
  await dialog.waitFor()
  await page.keyboard.press('Escape')
  await dialog.waitFor({ state: 'detached' })
  expect(await newMap.evaluate((el) => el === document.activeElement)).toBe(true)

  // Create from "Classic 5 phases" through the dialog.
  await newMap.click()
  await dialog.getByRole('radio', { name: 'Classic 5 phases' }).check()
  expect(await dialog.getByText('Awareness → Consideration → Decision').isVisible()).toBe(true)
  await page.waitForTimeout(300) // let the selection's colour transition finish
  await page.screenshot({ path: '/tmp/map-list-dialog.png' })
  await dialog.getByRole('button', { name: 'Create map' }).click()
  await page.waitForURL(/\/m\/[A-Za-z0-9_-]+$/)
  const mapId = new URL(page.url()).pathname.split('/').pop() ?? ''
  const record = (await (await fetch(`${server.url}api/maps/${mapId}`)).json()) as { title: string }
  expect(record.title).toBe('Classic 5 phases')

  // Back to the list.
  await page.goBack()
  await expect.poll(() => titles(page)).toEqual(['Classic 5 phases'])
  expect(await page.getByText(/edited just now/).count()).toBe(1)

  // Rename through the dialog.
  await page.getByRole('button', { name: 'Rename Classic 5 phases', exact: true }).click()
  const rename = page.getByRole('dialog', { name: 'Rename map' })
  await rename.getByRole('textbox', { name: 'Title' }).fill('Onboarding workshop')
  await page.screenshot({ path: '/tmp/map-list-rename.png' })
  await rename.getByRole('button', { name: 'Save' }).click()
  await rename.waitFor({ state: 'detached' })
  await expect.poll(() => titles(page)).toEqual(['Onboarding workshop'])

  // Duplicate: the copy appears first (newest edit first).
  await page.getByRole('button', { name: 'Duplicate Onboarding workshop', exact: true }).click()
  await expect
    .poll(() => titles(page))
    .toEqual(['Copy of Onboarding workshop', 'Onboarding workshop'])
  expect(await page.getByRole('status').textContent()).toBe(
    'Created “Copy of Onboarding workshop”.',
  )

  // Delete the copy, confirming in a dialog that names it.
  await page
    .getByRole('button', { name: 'Delete Copy of Onboarding workshop', exact: true })
    .click()
  const confirm = page.getByRole('dialog', { name: 'Delete “Copy of Onboarding workshop”?' })
  await confirm.waitFor()
  await page.screenshot({ path: '/tmp/map-list-delete.png' })
  await confirm.getByRole('button', { name: 'Delete map' }).click()
  await confirm.waitFor({ state: 'detached' })
  await expect.poll(() => titles(page)).toEqual(['Onboarding workshop'])

  // A fuller list for the screenshot a person looks at.
  await apiCreate({ template: 'patient-journey', title: 'Knee surgery – patient pathway' })
  await apiCreate({ template: 'ecommerce-omnichannel' })
  await apiCreate({ template: 'six-phase', title: 'E-bike purchase' })
  await page.reload()
  await expect.poll(async () => (await titles(page)).length).toBe(4)
  await page.screenshot({ path: '/tmp/map-list.png' })

  // Each card says what its map holds and shows its layout as a small inline SVG.
  const sixPhase = templateById('six-phase')!.build()
  const cards = Object.values(sixPhase.touchpoints)
  const painPoints = cards.reduce((sum, card) => sum + card.painPoints.length, 0)
  const ebike = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'E-bike purchase' }) })
  expect(await ebike.getByTestId('map-counts').textContent()).toBe(
    `${sixPhase.phases.length} phases · ${cards.length} cards · ${painPoints} pain points`,
  )
  const thumbnail = ebike.getByTestId('map-thumbnail')
  expect(await thumbnail.evaluate((el) => el.tagName.toLowerCase())).toBe('svg')
  expect(await thumbnail.locator('.ml-thumb__phase').count()).toBe(6)
  expect(await thumbnail.locator('.ml-thumb__card').count()).toBe(
    cards.length + Object.keys(sixPhase.notes).length,
  )
  // The columns carry the phases' colours.
  const fills = await thumbnail
    .locator('.ml-thumb__phase rect:last-child')
    .evaluateAll((rects) => rects.map((rect) => rect.getAttribute('fill')))
  expect(fills).toEqual(sixPhase.phases.map((phase) => phase.color))

  // Search ignores case and accents; sorting by name puts them in natural order.
  await page.getByRole('searchbox', { name: 'Search maps' }).fill('PATIENT')
  await expect.poll(() => titles(page)).toEqual(['Knee surgery – patient pathway'])
  await page.getByRole('searchbox', { name: 'Search maps' }).fill('nothing of the sort')
  await expect.poll(() => page.getByText('No map matches').count()).toBe(1)
  await page.getByRole('searchbox', { name: 'Search maps' }).fill('')
  await page.getByRole('combobox', { name: 'Sort maps' }).selectOption('name')
  await expect
    .poll(() => titles(page))
    .toEqual([
      'E-bike purchase',
      'E-commerce omnichannel',
      'Knee surgery – patient pathway',
      'Onboarding workshop',
    ])
  expect(errors).toEqual([])
})
