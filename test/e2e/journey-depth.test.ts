// Journey depth through the real UI in headless Chromium, two people on one map: personas and
// their emotion curves (live for the other person, clickable, in the exported PNG), and the
// service-blueprint template's lanes and lines.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { fromY } from '../../src/collab/codec'
import { CARD_SIZE } from '../../src/domain/card'
import { mapBounds } from '../../src/domain/bounds'
import { laneRows } from '../../src/domain/geometry'
import type { JourneyMap } from '../../src/domain/types'
import { connectClient, waitSynced } from '../support/clients'
import { openMapAs, serverAndBrowser } from '../support/e2e'
import { exportPng } from '../support/export-dialog'

const SHOTS = path.join(os.tmpdir(), 'trailmap-journey-e2e')
fs.rmSync(SHOTS, { recursive: true, force: true })
fs.mkdirSync(SHOTS)
const PADDING = 40
/** Curve points sit this far inside the lane's top and bottom edges (EmotionCurveLayer). */
const CURVE_PAD = 22

const harness = serverAndBrowser('e2e-journey')
const contexts: BrowserContext[] = []
afterAll(async () => {
  for (const context of contexts) await context.close()
})

async function createFromTemplate(template: string): Promise<string> {
  const res = await fetch(`${harness.server.url}api/maps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template }),
  })
  expect(res.status).toBe(201)
  return ((await res.json()) as { id: string }).id
}

const person = (mapId: string) => openMapAs(harness, contexts, mapId, { acceptDownloads: true })

async function serverMap(mapId: string): Promise<JourneyMap> {
  const client = connectClient(harness.server.wsUrl, mapId)
  await waitSynced(client)
  const map = fromY(client.doc)
  client.destroy()
  return map
}

const curveGroups = (page: Page) => page.locator('.curve g[data-persona]')
const pointOf = (page: Page, personaId: string, cardId: string) =>
  page.locator(`.curve g[data-persona="${personaId}"] circle[data-card="${cardId}"]`)

describe('personas and the emotion curve', () => {
  let mapId = ''
  let a: Page
  let b: Page
  let student = ''
  let adCard = ''
  let friendCard = ''

  it('A adds a persona; B sees a second curve appear', async () => {
    mapId = await createFromTemplate('classic-5')
    a = await person(mapId)
    b = await person(mapId)
    // The template's persona draws one curve.
    await expect.poll(() => curveGroups(b).count()).toBe(1)

    await a.getByRole('button', { name: 'Personas' }).click()
    await a.getByRole('button', { name: 'Add persona' }).click()
    const name = a.getByLabel('Name', { exact: true })
    await name.fill('Student')
    await expect.poll(async () => (await serverMap(mapId)).personas.length).toBe(2)
    const map = await serverMap(mapId)
    student = map.personas.find((persona) => persona.name === 'Student')!.id
    expect(student).toBeTruthy()
    await expect.poll(() => curveGroups(b).count()).toBe(2)
    // B's legend names the new persona.
    await expect.poll(() => b.locator('.lane__legend').textContent()).toContain('Student')
    const cards = Object.values(map.touchpoints)
    adCard = cards.find((card) => card.title === 'Sees an Instagram ad')!.id
    friendCard = cards.find((card) => card.title === 'A friend mentions the service')!.id
  })

  it('A sets two of the persona’s emotions; B’s curve moves to them live', async () => {
    const height = Number(await b.locator('.curve').first().getAttribute('height'))
    const top = CURVE_PAD
    const bottom = height - CURVE_PAD
    // Before: the student feels what the cards say (neutral and positive), not the extremes.
    const before = Number(await pointOf(b, student, adCard).getAttribute('cy'))
    expect(before).not.toBeCloseTo(bottom, 0)

    await a
      .locator('.react-flow__node-touchpoint')
      .filter({ hasText: 'Sees an Instagram ad' })
      .click()
    await a.getByRole('button', { name: 'Student today: Very negative' }).click()
    await a
      .locator('.react-flow__node-touchpoint')
      .filter({ hasText: 'A friend mentions the service' })
      .click()
    await a.getByRole('button', { name: 'Student today: Delighted' }).click()
    await a.getByRole('button', { name: 'Student target: Delighted' }).click()

    await expect
      .poll(async () => Number(await pointOf(b, student, adCard).getAttribute('cy')))
      .toBeCloseTo(bottom, 0)
    await expect
      .poll(async () => Number(await pointOf(b, student, friendCard).getAttribute('cy')))
      .toBeCloseTo(top, 0)
    // The to-be point is drawn too (hollow, dashed line once there are two).
    await expect
      .poll(() => b.locator(`.curve g[data-persona="${student}"] .curve__target`).count())
      .toBe(1)
    // The other persona's curve did not move with it.
    const parent = (await serverMap(mapId)).personas.find((p) => p.id !== student)!.id
    expect(Number(await pointOf(b, parent, adCard).getAttribute('cy'))).not.toBeCloseTo(bottom, 0)
    const stored = (await serverMap(mapId)).touchpoints[adCard]!
    expect(stored.personaEmotions).toEqual([{ personaId: student, emotion: -2 }])
    await b.screenshot({ path: path.join(SHOTS, 'curve-two-personas.png') })
  })

  it('hovering links a card and its points; clicking a point selects the card', async () => {
    const card = b.locator(`.react-flow__node-touchpoint[data-id="${friendCard}"]`)
    await card.hover()
    await expect
      .poll(() => pointOf(b, student, friendCard).getAttribute('class'))
      .toContain('curve__point--hover')
    await pointOf(b, student, adCard).hover()
    await expect
      .poll(() =>
        b.locator(`.react-flow__node-touchpoint[data-id="${adCard}"]`).getAttribute('class'),
      )
      .toContain('card-host--curve')
    await pointOf(b, student, adCard).click()
    await expect
      .poll(() => b.locator('.react-flow__node-touchpoint.selected').textContent())
      .toContain('Sees an Instagram ad')
  })

  it('the exported PNG contains the curve in the persona’s colour', async () => {
    const map = await serverMap(mapId)
    const persona = map.personas.find((p) => p.id === student)!
    const image = await exportPng(a, { padding: PADDING, dir: SHOTS, pane: { x: 400, y: 740 } })
    const bounds = mapBounds(map, CARD_SIZE)
    expect([image.width, image.height]).toEqual([
      Math.ceil(bounds.width + 2 * PADDING),
      Math.ceil(bounds.height + 2 * PADDING),
    ])
    const curveRow = laneRows(map).find((row) => row.lane.type === 'emotion-curve')!
    const region = {
      top: curveRow.y - bounds.y + PADDING,
      bottom: curveRow.y + curveRow.height - bounds.y + PADDING,
    }
    const colourPixels = (hex: string, from: number, to: number) => {
      const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
      let count = 0
      for (let y = from; y < to; y++) {
        for (let x = 0; x < image.width; x++) {
          const i = (y * image.width + x) * 4
          const d =
            Math.abs(image.data[i]! - r!) +
            Math.abs(image.data[i + 1]! - g!) +
            Math.abs(image.data[i + 2]! - bl!)
          if (d < 40) count++
        }
      }
      return count
    }
    // The line and points in the persona's colour lie in the curve lane, and not above it.
    expect(colourPixels(persona.color, region.top, region.bottom)).toBeGreaterThan(300)
    expect(colourPixels(persona.color, PADDING, region.top - 60)).toBeLessThan(50)
  })
})

describe('the service blueprint template', () => {
  it('renders its five lanes and three blueprint lines in order', async () => {
    const mapId = await createFromTemplate('service-blueprint')
    const page = await person(mapId)
    const lanes = page.getByTestId('lane')
    await expect.poll(() => lanes.count()).toBe(8)
    await expect.poll(() => page.locator('.lane--line').count()).toBe(3)
    const types = await lanes.evaluateAll((nodes) =>
      nodes
        .map((node) => ({
          type: node.getAttribute('data-lane-type'),
          top: node.getBoundingClientRect().top,
        }))
        .sort((x, y) => x.top - y.top)
        .map((entry) => entry.type),
    )
    expect(types).toEqual([
      'physical-evidence',
      'customer-actions',
      'line-of-interaction',
      'frontstage',
      'line-of-visibility',
      'backstage',
      'line-of-internal-interaction',
      'support-processes',
    ])
    for (const label of [
      'Line of interaction',
      'Line of visibility',
      'Line of internal interaction',
    ]) {
      await expect.poll(() => page.locator('.lane--line').getByText(label).count()).toBe(1)
    }
    // A backstage card is drawn inside the backstage row, below the line of visibility.
    const box = async (locator: ReturnType<Page['locator']>) => (await locator.boundingBox())!
    const visibility = await box(page.locator('[data-lane-type="line-of-visibility"]'))
    const backstage = await box(page.locator('[data-lane-type="backstage"]'))
    const kitchen = await box(
      page
        .locator('.react-flow__node-touchpoint')
        .filter({ hasText: 'Kitchen prepares the order' }),
    )
    expect(kitchen.y).toBeGreaterThan(visibility.y)
    expect(kitchen.y).toBeGreaterThanOrEqual(backstage.y)
    expect(kitchen.y + kitchen.height).toBeLessThanOrEqual(backstage.y + backstage.height + 1)
    await page.screenshot({ path: path.join(SHOTS, 'service-blueprint.png') })
  })
})

describe('lanes in the editor', () => {
  it('adds a lane from the menu, drops a card into one of its cells, collapses it', async () => {
    const mapId = await createFromTemplate('six-phase')
    const page = await person(mapId)
    await page.getByRole('button', { name: 'Add a lane' }).click()
    await page.getByRole('button', { name: 'Thoughts & feelings' }).click()
    const lane = page.locator('[data-lane-type="thoughts-feelings"]')
    await expect.poll(() => lane.count()).toBe(1)
    // The new lane is selected: its inspector names it.
    await expect
      .poll(() => page.getByLabel('Name', { exact: true }).inputValue())
      .toBe('Thoughts & feelings')
    await page.keyboard.press('f')
    await page.waitForTimeout(400)

    const before = await serverMap(mapId)
    const laneId = before.lanes.find((l) => l.type === 'thoughts-feelings')!.id
    const target = before.phases[2]!
    const card = Object.values(before.touchpoints).find((c) => c.phaseId === before.phases[0]!.id)!
    const cardBox = (await page
      .locator(`.react-flow__node-touchpoint[data-id="${card.id}"]`)
      .boundingBox())!
    const laneBox = (await lane.boundingBox())!
    const column = (await page
      .locator(`.react-flow__node-phase[data-id="${target.id}"]`)
      .boundingBox())!
    const start = { x: cardBox.x + cardBox.width / 2, y: cardBox.y + 12 }
    const end = { x: column.x + column.width / 2, y: laneBox.y + laneBox.height / 2 }
    await page.mouse.move(start.x, start.y)
    await page.mouse.down()
    for (let i = 1; i <= 12; i++) {
      await page.mouse.move(
        start.x + ((end.x - start.x) * i) / 12,
        start.y + ((end.y - start.y) * i) / 12,
      )
    }
    await page.mouse.up()
    await expect
      .poll(async () => {
        const moved = (await serverMap(mapId)).touchpoints[card.id]!
        return [moved.phaseId, moved.laneId]
      })
      .toEqual([target.id, laneId])
    // Inside its lane on screen too.
    const dropped = (await page
      .locator(`.react-flow__node-touchpoint[data-id="${card.id}"]`)
      .boundingBox())!
    const grown = (await lane.boundingBox())!
    expect(dropped.y).toBeGreaterThanOrEqual(grown.y)
    expect(dropped.y + dropped.height).toBeLessThanOrEqual(grown.y + grown.height + 1)

    const stepIds = Object.values(before.edges)
      .filter((edge) => edge.source === card.id || edge.target === card.id)
      .map((edge) => edge.id)
    expect(stepIds.length).toBeGreaterThan(0)
    // Drawn while the lane is open…
    await expect
      .poll(() => page.locator(`.react-flow__edge[data-id="${stepIds[0]}"]`).count())
      .toBe(1)
    await page.getByRole('button', { name: 'Collapse lane Thoughts & feelings' }).click()
    await expect
      .poll(async () => (await serverMap(mapId)).lanes.find((l) => l.id === laneId)?.collapsed)
      .toBe(true)
    await expect
      .poll(() => page.locator(`.react-flow__node-touchpoint[data-id="${card.id}"]`).isVisible())
      .toBe(false)
    // …and hidden with the card once it is collapsed.
    for (const id of stepIds) {
      await expect.poll(() => page.locator(`.react-flow__edge[data-id="${id}"]`).count()).toBe(0)
    }
    await page.screenshot({ path: path.join(SHOTS, 'lane-collapsed.png') })
  })
})
