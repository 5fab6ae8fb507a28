// Editing on the canvas in headless Chromium (issue 11, items 4–9 and 15): arrow keys right after
// a click, C in reading order and Reverse direction, in-place card titles, new things in free space
// and in view, links within one column, the title clamp, and the editor at 1280×800.
// Screenshots go to /tmp/trailmap-editing-*.png.

import { describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { serverAndBrowser } from '../support/e2e'
import { createMapOn } from '../support/server'

const harness = serverAndBrowser('e2e-editing')

async function openMap(id: string, viewport = { width: 1440, height: 900 }): Promise<Page> {
  const context = await harness.browser.newContext({ viewport })
  const page = await context.newPage()
  page.on('pageerror', (error) => {
    throw error
  })
  await page.goto(`${harness.server.url}m/${id}`)
  await expect
    .poll(() => page.getByTestId('connection').getAttribute('data-state'))
    .toBe('connected')
  // The role is confirmed a moment after the connection.
  await expect.poll(() => page.getByRole('button', { name: 'Add phase' }).isEnabled()).toBe(true)
  return page
}

const cards = (page: Page) => page.locator('.react-flow__node-touchpoint')

/** A new map from the five-phase template, open at 1280×800 with its cards drawn. */
async function openClassicMap(): Promise<Page> {
  const res = await fetch(`${harness.server.url}api/maps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template: 'classic-5' }),
  })
  const { id } = (await res.json()) as { id: string }
  const page = await openMap(id, { width: 1280, height: 800 })
  await cards(page).first().waitFor()
  return page
}
const cardTitled = (page: Page, title: string) => cards(page).filter({ hasText: title })

/** A node's position as React Flow draws it (relative to its parent), from its transform. */
async function nodePosition(node: Locator): Promise<{ x: number; y: number }> {
  const transform = await node.evaluate((el) => (el as HTMLElement).style.transform)
  const match = /translate\(([-\d.]+)px, ?([-\d.]+)px\)/.exec(transform)
  if (!match) throw new Error(`no translate in "${transform}"`)
  return { x: Number(match[1]), y: Number(match[2]) }
}

async function addCard(page: Page, title: string) {
  await page.getByRole('button', { name: 'Add touchpoint' }).click()
  await page.getByLabel('Title', { exact: true }).fill(title)
  await expect.poll(() => cardTitled(page, title).count()).toBe(1)
}

async function box(locator: Locator) {
  const rect = await locator.boundingBox()
  if (!rect) throw new Error('not visible')
  return rect
}

function intersects(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

describe('cards', () => {
  let page: Page

  it('edits a card title in place on double-click, through the same edit as the inspector', async () => {
    page = await openMap(await createMapOn(harness.server.url, 'Editing'))
    await page.getByRole('button', { name: 'Add phase' }).click()
    await addCard(page, 'Sees an ad')
    await page.locator('.react-flow__pane').click({ position: { x: 40, y: 600 } })
    await cardTitled(page, 'Sees an ad').locator('.card__title').dblclick()
    const input = page.getByRole('textbox', { name: 'Touchpoint title' })
    await input.fill('Reads a review')
    await input.press('Enter')
    await expect.poll(() => cardTitled(page, 'Reads a review').count()).toBe(1)
    await cardTitled(page, 'Reads a review').click()
    await expect
      .poll(() => page.getByLabel('Title', { exact: true }).inputValue())
      .toBe('Reads a review')
    // One undo step brings the old title back.
    await page.locator('.react-flow__pane').click({ position: { x: 40, y: 600 } })
    await page.keyboard.press('Control+z')
    await expect.poll(() => cardTitled(page, 'Sees an ad').count()).toBe(1)
  })

  it("moves a card to another phase and into a lane with the inspector's selects", async () => {
    const other = await openMap(await createMapOn(harness.server.url, 'Selects'))
    await other.getByRole('button', { name: 'Add phase' }).click()
    await other.getByRole('button', { name: 'Add phase' }).click()
    await addCard(other, 'Changes column')
    const card = cardTitled(other, 'Changes column')
    const phaseSelect = other.getByLabel('Phase', { exact: true })
    const options = await phaseSelect
      .locator('option')
      .evaluateAll((els) =>
        els.map((el) => [(el as HTMLOptionElement).value, el.textContent ?? '']),
      )
    expect(options.at(-1)).toEqual(['', 'Unassigned'])
    // The other of the two phases (a new card goes into the one in view).
    const current = await phaseSelect.inputValue()
    const phaseId = options.map(([value]) => value!).find((v) => v !== '' && v !== current)!
    await phaseSelect.selectOption(phaseId)
    // The card now lies in that column on the canvas.
    const column = other.locator(`.react-flow__node[data-id="${phaseId}"]`)
    await expect
      .poll(async () => {
        const [c, p] = [await box(card), await box(column)]
        return c.x > p.x && c.x + c.width < p.x + p.width
      })
      .toBe(true)
    expect(await phaseSelect.inputValue()).toBe(phaseId)

    // A lane that holds cards brings the Lane select; picking it moves the card into the row.
    await other.getByRole('button', { name: 'Add a lane' }).click()
    await other.getByRole('button', { name: 'Customer actions' }).click()
    await card.click()
    const laneSelect = other.getByLabel('Lane', { exact: true })
    expect(await laneSelect.inputValue()).toBe('')
    const before = await box(card)
    const laneId = await laneSelect.locator('option').first().getAttribute('value')
    await laneSelect.selectOption(laneId!)
    await expect.poll(async () => (await box(card)).y !== before.y).toBe(true)
    expect(await laneSelect.inputValue()).toBe(laneId)
    await laneSelect.selectOption({ label: 'No lane' })
    await expect.poll(() => laneSelect.inputValue()).toBe('')
    await other.context().close()
  })

  it('nudges a card with the arrow keys right after clicking it', async () => {
    const card = cardTitled(page, 'Sees an ad')
    await card.click()
    expect(await card.evaluate((el) => el === document.activeElement)).toBe(true)
    const before = await nodePosition(card)
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => nodePosition(card)).toEqual({ x: before.x + 1, y: before.y + 1 })
    await page.keyboard.press('Shift+ArrowLeft')
    await expect.poll(() => nodePosition(card)).toEqual({ x: before.x - 9, y: before.y + 1 })
  })

  it('clamps a long title to exactly two lines', async () => {
    const long = 'Compares three providers on price, delivery time and reviews before deciding'
    await cardTitled(page, 'Sees an ad').click()
    await page.getByLabel('Title', { exact: true }).fill(long)
    const title = cardTitled(page, 'Compares three').locator('.card__title')
    const metrics = await title.evaluate((el) => {
      const style = getComputedStyle(el)
      return {
        height: el.getBoundingClientRect().height,
        lineHeight: parseFloat(style.lineHeight),
        clipped: el.scrollHeight > el.clientHeight,
      }
    })
    expect(metrics.clipped).toBe(true)
    expect(metrics.height).toBeLessThanOrEqual(2 * metrics.lineHeight + 0.5)
    await title.screenshot({ path: '/tmp/trailmap-editing-title-clamp.png' })
    await cardTitled(page, 'Compares three').screenshot({ path: '/tmp/trailmap-editing-card.png' })
  })
})

describe('connections', () => {
  it('C connects left to right whatever the order the cards were made in; Reverse direction swaps', async () => {
    const page = await openMap(await createMapOn(harness.server.url, 'Connect'))
    await page.getByRole('button', { name: 'Add phase' }).click()
    await page.getByRole('button', { name: 'Add phase' }).click()
    // The second phase is selected: its card is made first.
    await addCard(page, 'Later')
    await page.locator('.react-flow__node-phase').first().locator('.phase__header').click()
    await addCard(page, 'Earlier')
    await cardTitled(page, 'Later').click()
    await cardTitled(page, 'Earlier').click({ modifiers: ['Control'] })
    await page.keyboard.press('c')
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1)
    await page.locator('.react-flow__edge').focus()
    await page.keyboard.press('Enter')
    const route = page.locator('.insp-route')
    await expect.poll(() => route.textContent()).toBe('EarlierLater')
    await page.getByRole('button', { name: 'Reverse direction' }).click()
    await expect.poll(() => route.textContent()).toBe('LaterEarlier')
    await page.keyboard.press('Control+z')
    await expect.poll(() => route.textContent()).toBe('EarlierLater')
  })

  it('links two cards of one column from the bottom of one to the top of the other', async () => {
    const page = await openMap(await createMapOn(harness.server.url, 'Column'))
    await page.getByRole('button', { name: 'Add phase' }).click()
    await addCard(page, 'First step')
    await page.locator('.react-flow__node-phase').first().locator('.phase__header').click()
    await addCard(page, 'Second step')
    await cardTitled(page, 'First step').click()
    await cardTitled(page, 'Second step').click({ modifiers: ['Control'] })
    await page.keyboard.press('c')
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1)
    await page.locator('.react-flow__pane').click({ position: { x: 40, y: 600 } })
    const first = await box(cardTitled(page, 'First step'))
    const second = await box(cardTitled(page, 'Second step'))
    const path = await box(page.locator('.react-flow__edge-path'))
    // The whole path lies between the two cards, not out to the right of them.
    expect(path.x + path.width).toBeLessThan(first.x + first.width)
    expect(path.y).toBeGreaterThanOrEqual(first.y + first.height - 6)
    expect(path.y + path.height).toBeLessThanOrEqual(second.y + 10)
    await page
      .locator('.react-flow__node-phase')
      .first()
      .screenshot({ path: '/tmp/trailmap-editing-column-link.png' })
  })
})

describe('placement', () => {
  it('puts a new sticky note beside the cards in view, and brings new phases into view', async () => {
    const page = await openClassicMap()
    await cards(page).first().click()
    // Zoom in on the cards so the middle of the view is full of them.
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click()
    await page.waitForTimeout(500)
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 300 } })
    await page.keyboard.press('n')
    const note = page.locator('.react-flow__node-note')
    await expect.poll(() => note.count()).toBe(1)
    await page.waitForTimeout(400)
    const noteBox = await box(note)
    for (const card of await cards(page).all()) {
      const cardBox = await card.boundingBox()
      if (cardBox) expect(intersects(noteBox, cardBox)).toBe(false)
    }
    await page.screenshot({ path: '/tmp/trailmap-editing-note.png' })

    const canvas = await box(page.locator('.react-flow'))
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Escape')
      // Zoomed in on the cards, the headers may be above the view: fit the map to pick the last.
      await page.keyboard.press('f')
      await page.waitForTimeout(300)
      await page.locator('.react-flow__node-phase').last().locator('.phase__header').click()
      await page.getByRole('button', { name: 'Add phase' }).click()
      const added = page.locator('.react-flow__node-phase.selected .phase__header')
      await page.waitForTimeout(450)
      const header = await box(added)
      expect(header.x).toBeGreaterThanOrEqual(canvas.x)
      expect(header.x + header.width).toBeLessThanOrEqual(canvas.x + canvas.width)
      expect(header.y).toBeGreaterThanOrEqual(canvas.y)
    }
    await page.screenshot({ path: '/tmp/trailmap-editing-new-phase.png' })
  })
})

/** How many different opaque colours the minimap's nodes layer has drawn. */
function minimapColours(page: Page) {
  return page.locator('.minimap__nodes').evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)
    const colours = new Set<number>()
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 255) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!)
    }
    return colours.size
  })
}

/** React Flow's viewport transform: translation and zoom. */
function viewportOf(page: Page) {
  return page.evaluate(() => {
    const viewport = document.querySelector('.react-flow__viewport')!
    const matrix = new DOMMatrixReadOnly(getComputedStyle(viewport).transform)
    return { x: matrix.e, y: matrix.f, zoom: matrix.a }
  })
}

/** The viewport once it has stopped moving (zoom buttons animate). */
async function settledViewport(page: Page) {
  let last = await viewportOf(page)
  for (;;) {
    await page.waitForTimeout(150)
    const now = await viewportOf(page)
    if (now.x === last.x && now.y === last.y && now.zoom === last.zoom) return now
    last = now
  }
}

describe('at 1280×800', () => {
  it('shows one set of zoom controls, a light minimap and a Shortcuts dialog without scrolling', async () => {
    const page = await openClassicMap()
    expect(await page.locator('.react-flow__controls').count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Zoom in' }).count()).toBe(1)
    // The minimap draws the phases' washes, white cards and their emotions' colours.
    await expect.poll(() => minimapColours(page)).toBeGreaterThan(6)
    await page.locator('.minimap').screenshot({ path: '/tmp/trailmap-editing-minimap.png' })
    await page.screenshot({ path: '/tmp/trailmap-editing-1280.png' })

    await page.getByRole('button', { name: 'Keyboard shortcuts' }).first().click()
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await dialog.waitFor()
    const scrolls = await dialog.evaluate((root) =>
      [root, ...root.querySelectorAll('*')].some(
        (el) =>
          el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflowY !== 'visible',
      ),
    )
    await page.screenshot({ path: '/tmp/trailmap-editing-shortcuts.png' })
    expect(scrolls).toBe(false)
  })

  it('moves the view from the minimap: a press outside the frame jumps, a drag pans, the wheel zooms', async () => {
    const page = await openClassicMap()
    const minimap = page.getByRole('img', { name: 'Minimap of the whole journey map' })
    // Closer in, the screen shows a part of the map and the minimap frames that part.
    const fitted = await viewportOf(page)
    // Each step zooms from where the last one stopped (a click mid-animation would zoom less).
    for (let i = 0; i < 3; i++) {
      await page.getByRole('button', { name: 'Zoom in' }).first().click()
      await settledViewport(page)
    }
    await expect.poll(async () => (await viewportOf(page)).zoom).toBeGreaterThan(fitted.zoom * 1.5)
    const zoomed = await settledViewport(page)
    const map = await box(minimap)
    const right = { x: map.x + map.width - 14, y: map.y + map.height / 2 }

    await page.mouse.click(right.x, right.y)
    await expect.poll(async () => (await viewportOf(page)).x).toBeLessThan(zoomed.x - 100)
    const jumped = await settledViewport(page)
    expect(jumped.zoom).toBeCloseTo(zoomed.zoom)
    await page.locator('.minimap').screenshot({ path: '/tmp/trailmap-editing-minimap-zoomed.png' })

    // The frame follows the pointer: dragging left shows what is left of here.
    await page.mouse.move(right.x, right.y)
    await page.mouse.down()
    for (let step = 1; step <= 8; step++) await page.mouse.move(right.x - step * 5, right.y)
    await page.mouse.up()
    await expect.poll(async () => (await viewportOf(page)).x).toBeGreaterThan(jumped.x + 100)

    const panned = await settledViewport(page)
    await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2)
    await page.mouse.wheel(0, -200)
    await expect.poll(async () => (await viewportOf(page)).zoom).toBeGreaterThan(panned.zoom * 1.1)
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
  })
})
