// Emoji in exported pictures: a card titled "Checkout 🛒😀" exported to PNG through the Export
// dialog draws its emoji in colour. On a machine without a colour emoji font (or with a font
// stack that never reaches one) they draw as empty grey boxes ("tofu"); this test then fails,
// because the card next to it, titled without emoji, is the control: the only difference between
// the two cards is the emoji, and only the emoji can bring saturated pixels into a neutral card.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { PNG } from 'pngjs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { commitMap, fromY } from '../../src/collab/codec'
import { CARD_SIZE } from '../../src/domain/card'
import { createPhase, createTouchpoint, emptyMap } from '../../src/domain/defaults'
import { mapBounds } from '../../src/domain/bounds'
import { PHASE_HEADER_HEIGHT, absolutePosition } from '../../src/domain/geometry'
import type { JourneyMap } from '../../src/domain/types'
import { launchBrowser } from '../support/browser'
import { exportPng } from '../support/export-dialog'
import { connectClient, waitFor, waitSynced } from '../support/clients'
import { firstDifference } from '../support/equal'
import { createMapOn, spawnServer, tempDbPath, type ServerProcess } from '../support/server'

const PADDING = 40
const SHOTS = path.join(os.tmpdir(), 'trailmap-export-emoji-e2e')
fs.rmSync(SHOTS, { recursive: true, force: true })
fs.mkdirSync(SHOTS)

let server: ServerProcess
let browser: Browser
let page: Page
let mapId = ''

const phase = createPhase({ id: 'p1', name: 'Purchase', width: 640 }, 0)
const emojiCard = createTouchpoint({
  id: 'with-emoji',
  title: 'Checkout 🛒😀',
  phaseId: phase.id,
  position: { x: 24, y: PHASE_HEADER_HEIGHT + 24 },
})
const plainCard = createTouchpoint({
  id: 'without-emoji',
  title: 'Checkout',
  phaseId: phase.id,
  position: { x: 24 + CARD_SIZE.width + 48, y: PHASE_HEADER_HEIGHT + 24 },
})
const map: JourneyMap = {
  ...emptyMap('Emoji export'),
  phases: [phase],
  touchpoints: { [emojiCard.id]: emojiCard, [plainCard.id]: plainCard },
}

beforeAll(async () => {
  server = await spawnServer({ TRAILMAP_DB: tempDbPath('e2e-emoji'), TRAILMAP_AUTH: 'off' })
  browser = await launchBrowser()
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  })
  page = await context.newPage()
  page.on('pageerror', (error) => {
    throw error
  })
  const id = await createMapOn(server.url, 'Emoji export')
  const writer = connectClient(server.wsUrl, id)
  await waitSynced(writer)
  commitMap(writer.doc, fromY(writer.doc), map)
  await waitFor(() => firstDifference(fromY(writer.doc), map) === null, 'the map to be written')
  writer.destroy()
  mapId = id
})

afterAll(async () => {
  await browser?.close()
  server?.child.kill('SIGTERM')
  await server?.exited
})

/** Pixels of the card's face (below its coloured top border) that are clearly colourful. */
function saturatedPixels(image: PNG, card: JourneyMap['touchpoints'][string]): number {
  const bounds = mapBounds(map, CARD_SIZE)
  const at = absolutePosition(map, card)
  const left = at.x - bounds.x + PADDING
  const top = at.y - bounds.y + PADDING + 8
  let count = 0
  for (let y = top; y < top + CARD_SIZE.height - 12; y++) {
    for (let x = left + 4; x < left + CARD_SIZE.width - 4; x++) {
      const i = (y * image.width + x) * 4
      const [r, g, b] = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!]
      const max = Math.max(r, g, b)
      if (max >= 120 && max - Math.min(r, g, b) >= 90) count++
    }
  }
  return count
}

it('draws emoji of a card title in colour in an exported PNG', async () => {
  await page.goto(`${server.url}m/${mapId}`)
  await expect
    .poll(() => page.getByTestId('connection').getAttribute('data-state'))
    .toBe('connected')
  await expect.poll(() => page.locator('.react-flow__node-touchpoint').count()).toBe(2)
  await expect.poll(() => page.getByText('Checkout 🛒😀', { exact: true }).count()).toBe(1)
  const image = await exportPng(page, { padding: PADDING, dir: SHOTS, pane: { x: 30, y: 600 } })
  const bounds = mapBounds(map, CARD_SIZE)
  expect([image.width, image.height]).toEqual([
    bounds.width + 2 * PADDING,
    bounds.height + 2 * PADDING,
  ])

  const withEmoji = saturatedPixels(image, emojiCard)
  const withoutEmoji = saturatedPixels(image, plainCard)
  // A neutral card is white, grey and slate: nothing colourful but the emoji. Two colour emoji at
  // the title's size cover a few hundred pixels; tofu boxes are grey outlines and add none.
  expect(withoutEmoji).toBeLessThan(10)
  expect(withEmoji).toBeGreaterThan(80)
})
