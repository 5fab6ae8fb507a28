// A small journey by keyboard alone (issue 11, item 21): every card, phase and connection is
// reached with Tab, selected (opened in the inspector) with Enter, moved with the arrows,
// connected with C and deleted with Delete, and shows a visible focus ring on the way.

import { expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { serverAndBrowser } from '../support/e2e'
import { createMapOn } from '../support/server'

const harness = serverAndBrowser('e2e-keyboard')

/** Presses Tab until the focused element matches `selector` (and holds `text`), like a person. */
async function tabTo(page: Page, selector: string, text?: string) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab')
    const found = await page.evaluate(
      ([sel, txt]) => {
        const el = document.activeElement
        return !!el && el.matches(sel!) && (!txt || (el.textContent ?? '').includes(txt))
      },
      [selector, text] as const,
    )
    if (found) return
  }
  throw new Error(`Tab never reached ${selector} ${text ?? ''}`)
}

const focused = (page: Page) => page.locator(':focus')

async function focusRing(page: Page, inner: string) {
  return focused(page).evaluate((el, sel) => {
    const target = sel ? el.querySelector(sel) : el
    const style = getComputedStyle(target!)
    return { outline: `${style.outlineStyle} ${style.outlineColor}`, stroke: style.stroke }
  }, inner)
}

async function translate(page: Page, selector: string) {
  const transform = await page
    .locator(selector)
    .evaluate((el) => (el as HTMLElement).style.transform)
  return transform
}

it('builds, moves, connects, inspects and deletes with the keyboard only', async () => {
  const id = await createMapOn(harness.server.url, 'Keyboard journey')
  const context = await harness.browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  page.on('pageerror', (error) => {
    throw error
  })
  await page.goto(`${harness.server.url}m/${id}`)
  await expect
    .poll(() => page.getByTestId('connection').getAttribute('data-state'))
    .toBe('connected')
  await expect.poll(() => page.getByRole('button', { name: 'Add phase' }).isEnabled()).toBe(true)

  // A phase and two cards in it, from the keyboard shortcuts.
  await page.keyboard.press('p')
  await expect.poll(() => page.locator('.react-flow__node-phase').count()).toBe(1)
  await page.keyboard.press('t')
  await page.keyboard.press('t')
  const cards = page.locator('.react-flow__node-touchpoint')
  await expect.poll(() => cards.count()).toBe(2)
  await page.keyboard.press('Escape')
  const [firstId, secondId] = await cards.evaluateAll((nodes) =>
    nodes.map((node) => node.getAttribute('data-id')),
  )
  const first = `.react-flow__node-touchpoint[data-id="${firstId}"]`
  const second = `.react-flow__node-touchpoint[data-id="${secondId}"]`

  // Tab reaches the first card; it shows a focus ring; Enter opens it in the inspector.
  await tabTo(page, first)
  expect((await focusRing(page, '.card')).outline).toBe('solid rgb(30, 58, 138)')
  await page.screenshot({ path: '/tmp/trailmap-keyboard-focus.png' })
  await page.keyboard.press('Enter')
  await page.getByRole('heading', { name: 'Touchpoint' }).waitFor()

  // The arrows move it (Shift: ten times as far).
  const before = await translate(page, first)
  await page.keyboard.press('Shift+ArrowRight')
  await expect.poll(() => translate(page, first)).not.toBe(before)

  // Shift+Enter on the second card adds it to the selection; C connects the two.
  await tabTo(page, second)
  await page.keyboard.down('Shift')
  await page.keyboard.press('Enter')
  await page.keyboard.up('Shift')
  await expect.poll(() => page.locator('.react-flow__node-touchpoint.selected').count()).toBe(2)
  await page.keyboard.press('c')
  await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1)

  // The connection is reached with Tab too, shows focus, opens with Enter and is deleted.
  await tabTo(page, '.react-flow__edge')
  expect((await focusRing(page, '.react-flow__edge-path')).stroke).toBe('rgb(30, 58, 138)')
  await page.screenshot({ path: '/tmp/trailmap-keyboard-edge-focus.png' })
  await page.keyboard.press('Enter')
  await page.getByRole('heading', { name: 'Connection' }).waitFor()
  await page.keyboard.press('Delete')
  await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(0)

  // A phase: focus, select with Space, a second phase, then Right/Left reorder it.
  await page.keyboard.press('p')
  await expect.poll(() => page.locator('.react-flow__node-phase').count()).toBe(2)
  const phaseNames = () =>
    page.locator('.react-flow__node-phase .phase__name').evaluateAll((nodes) =>
      nodes
        .map((node) => ({ x: node.getBoundingClientRect().x, name: node.textContent }))
        .sort((a, b) => a.x - b.x)
        .map((node) => node.name),
    )
  await expect.poll(phaseNames).toEqual(['Phase 1', 'Phase 2'])
  await page.keyboard.press('Escape')
  await tabTo(page, '.react-flow__node-phase', 'Phase 1')
  expect((await focusRing(page, '.phase')).outline).toBe('solid rgb(30, 58, 138)')
  await page.keyboard.press(' ')
  await page.getByRole('heading', { name: 'Phase' }).waitFor()
  await page.keyboard.press('ArrowRight')
  await expect.poll(phaseNames).toEqual(['Phase 2', 'Phase 1'])

  // Delete a card from the keyboard.
  await page.keyboard.press('Escape')
  await tabTo(page, second)
  await page.keyboard.press('Enter')
  await page.keyboard.press('Delete')
  await expect.poll(() => cards.count()).toBe(1)
  await page.screenshot({ path: '/tmp/trailmap-keyboard-end.png' })
  await context.close()
})
