// An axe-core audit (WCAG 2.1 A and AA) of every page and dialog a workshop meets: the map list,
// the New-map dialog, the editor with a card selected, the Share, Shortcuts, Export and Import
// dialogs. Zero violations, and it stays zero.

import { expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { axeViolations } from '../support/axe'
import { serverAndBrowser } from '../support/e2e'

const harness = serverAndBrowser('e2e-a11y')

async function expectNoViolations(page: Page, where: string) {
  const violations = await axeViolations(page)
  expect(violations, `${where}: ${JSON.stringify(violations, null, 1)}`).toEqual([])
}

it('finds no WCAG 2.1 A/AA violation on the map list, the editor and every dialog', async () => {
  const res = await fetch(`${harness.server.url}api/maps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template: 'classic-5' }),
  })
  const { id } = (await res.json()) as { id: string }
  // A blank map too: its card shows the thumbnail's placeholder.
  await fetch(`${harness.server.url}api/maps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Blank' }),
  })
  const page = await (
    await harness.browser.newContext({ viewport: { width: 1280, height: 800 } })
  ).newPage()

  await page.goto(harness.server.url)
  await page.getByRole('heading', { name: 'Journey maps' }).waitFor()
  await expectNoViolations(page, 'map list')
  await page.getByRole('button', { name: 'New map' }).click()
  await page.getByRole('dialog', { name: 'New journey map' }).waitFor()
  await expectNoViolations(page, 'New-map dialog')
  // On a projector's 1280×800 the whole dialog fits: no scrolling to reach Create.
  const fits = await page.evaluate(() => {
    const body = document.querySelector('dialog[open] .dlg__body') as HTMLElement
    return body.scrollHeight <= body.clientHeight + 1
  })
  expect(fits).toBe(true)

  await page.goto(`${harness.server.url}m/${id}`)
  await page.locator('.react-flow__node-touchpoint').first().waitFor()
  await page.locator('.react-flow__node-touchpoint').nth(1).click()
  await page.getByRole('heading', { name: 'Touchpoint' }).waitFor()
  await expectNoViolations(page, 'editor with a card selected')

  for (const [button, dialog] of [
    ['Share map', 'Share this map'],
    ['Keyboard shortcuts', 'Keyboard shortcuts'],
    ['Export', 'Export map'],
    ['Import', 'Import'],
  ] as const) {
    await page.getByRole('button', { name: button }).first().click()
    await page.getByRole('dialog', { name: dialog }).waitFor()
    await expectNoViolations(page, `${dialog} dialog`)
    await page.keyboard.press('Escape')
    await page.getByRole('dialog', { name: dialog }).waitFor({ state: 'detached' })
  }
})
