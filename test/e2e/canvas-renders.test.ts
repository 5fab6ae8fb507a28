// Render counts on the canvas of the built app: dragging one card re-renders that card and its
// edges only, and an edit by someone else (a retitle, a move) re-renders only the card it touched.
// Counted through the `window.__trailmapRenderCount` hook (src/canvas/render-count.ts). And what
// cards draw: nothing that makes every frame of a zoomed-out 1,000-card map pay per card.

import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { sampleJourney } from '../../bin/sample-journey'
import { commitMap, fromY } from '../../src/collab/codec'
import { CARD_HANDLES } from '../../src/canvas/card-handles'
import { SHARPER_IMAGES_ID, bitmapScale, cardImages } from '../../src/canvas/card-images'
import { CARD_SIZE } from '../../src/domain/card'
import { edgeRoute } from '../../src/domain/geometry'
import { connect, createEdge } from '../../src/domain/kinds/edge'
import { updateTouchpoint } from '../../src/domain/operations'
import type { JourneyMap } from '../../src/domain/types'
import { launchBrowser } from '../support/browser'
import { connectClient, waitFor, waitSynced, type TestClient } from '../support/clients'
import { createMapOn, spawnServer, tempDbPath, type ServerProcess } from '../support/server'

let server: ServerProcess
let browser: Browser
let peer: TestClient
let page: Page
let mapId: string

const map = sampleJourney({ phases: 3, perPhase: 12, across: 3, notes: 2 })

beforeAll(async () => {
  server = await spawnServer({ TRAILMAP_DB: tempDbPath('e2e-renders') })
  browser = await launchBrowser()
  mapId = await createMapOn(server.url, 'Render counts')
  peer = connectClient(server.wsUrl, mapId)
  await waitSynced(peer)
  commitMap(peer.doc, fromY(peer.doc), map)
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  await context.addInitScript(() => {
    const renders: string[] = []
    Object.assign(window, {
      __renders: renders,
      __trailmapRenderCount: (kind: string, id: string) => renders.push(`${kind}:${id}`),
    })
  })
  page = await context.newPage()
  page.on('pageerror', (error) => {
    throw error
  })
  await page.goto(`${server.url}m/${mapId}`)
  await page.waitForFunction(
    () =>
      document.querySelectorAll('.react-flow__node-touchpoint').length === 36 &&
      document.querySelectorAll('.react-flow__edge').length === 35,
  )
})
afterAll(async () => {
  peer?.destroy()
  await browser?.close()
  server?.child.kill('SIGTERM')
  await server?.exited
})

/** Resolves once `on` has drawn the frame after this one (what was changed is on screen). */
const nextFrame = (on: Page) =>
  on.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  )

/** The records rendered since the last call, as a sorted list of distinct `kind:id`. */
async function rendered(): Promise<string[]> {
  await nextFrame(page)
  const list = await page.evaluate(() => {
    const renders = (window as unknown as { __renders: string[] }).__renders
    return renders.splice(0, renders.length)
  })
  return [...new Set(list)].sort()
}

const card = (id: string) => page.locator(`.react-flow__node[data-id="${id}"]`)

/** The card's box on screen and its centre, where a drag of it starts. */
async function onScreen(id: string) {
  const box = await card(id).boundingBox()
  if (!box) throw new Error(`card ${id} is not on screen`)
  return { box, start: { x: box.x + box.width / 2, y: box.y + box.height / 2 } }
}

it('dragging one card re-renders that card and its two edges, nothing else', async () => {
  const { start } = await onScreen('tp-5')
  // Selected first, so the inspector is open: it must not re-render while the card moves, nor
  // (its fields) when the drop is written.
  await card('tp-5').click()
  await expect.poll(() => page.getByTestId('inspector').textContent()).toContain('Touchpoint')
  await rendered()
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(start.x + i * 2, start.y + (i % 3))
  }
  const during = await rendered()
  await page.mouse.up()
  await expect.poll(() => card('tp-5').getAttribute('class')).not.toContain('dragging')
  const after = await rendered()
  const allowed = ['canvas:journey', 'edge:edge-4', 'edge:edge-5', 'touchpoint:tp-5']
  // The card itself draws nothing that depends on where it is: React Flow moves it, and only the
  // two edges that end at it are drawn again. (The canvas holds the live drag positions.)
  expect(during).toEqual(['canvas:journey', 'edge:edge-4', 'edge:edge-5'])
  expect(after.filter((id) => !allowed.includes(id))).toEqual([])
  // The drop was written to the doc and came back from the server to the other client.
  await waitFor(
    () => fromY(peer.doc).touchpoints['tp-5']?.position.x !== map.touchpoints['tp-5']?.position.x,
    'the drop to reach the other client',
  )
  await page.keyboard.press('Escape')
  await rendered()
})

it('a dragged card is drawn above the cards it passes, and goes back to its level on drop', async () => {
  const from = await card('tp-5').boundingBox()
  const over = await card('tp-6').boundingBox()
  if (!from || !over) throw new Error('cards tp-5 and tp-6 are not on screen')
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 }
  const target = { x: over.x + over.width / 2, y: over.y + over.height / 2 }
  // Drawn after tp-5 at the same level, tp-6 would cover it.
  const topmost = () =>
    page.evaluate(
      ({ x, y }) =>
        (document.elementFromPoint(x, y)?.closest('.react-flow__node') as HTMLElement)?.dataset.id,
      target,
    )
  expect(await topmost()).toBe('tp-6')
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(
      start.x + ((target.x - start.x) * i) / 10,
      start.y + ((target.y - start.y) * i) / 10,
    )
  }
  await expect.poll(() => card('tp-5').evaluate((el) => getComputedStyle(el).zIndex)).toBe('1000')
  expect(await topmost()).toBe('tp-5')
  // Back where it started before letting go, so the other tests find the grid as it was.
  for (let i = 9; i >= 0; i--) {
    await page.mouse.move(
      start.x + ((target.x - start.x) * i) / 10,
      start.y + ((target.y - start.y) * i) / 10,
    )
  }
  await page.mouse.up()
  await expect.poll(() => card('tp-5').evaluate((el) => getComputedStyle(el).zIndex)).toBe('10')
  expect(await topmost()).toBe('tp-6')
  await page.keyboard.press('Escape')
  await rendered()
})

// Chromium cuts the whole page into compositor layers again (PaintArtifactCompositor::Update)
// when a box moves, unless its transform is animated, and when a drawing's bounds change: every
// drag frame paid it, ~30 ms on a 1,000-card map (compositor-moves.ts). Counted in a trace.
it('dragging a card moves it and its steps without cutting the page into layers again', async () => {
  const { box, start } = await onScreen('tp-5')
  const frames = () => card('tp-5').evaluate((el) => el.getAnimations().length)
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  for (let i = 1; i <= 3; i++) await page.mouse.move(start.x + i * 3, start.y)
  await nextFrame(page)
  await nextFrame(page)
  // The card holds its transform on the compositor, and its two steps claim a fixed area.
  expect(await frames()).toBe(1)
  expect(await page.locator('.edge__drag-frame').count()).toBe(2)
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink'],
  })
  const steps = 8
  for (let i = 4; i < 4 + steps; i++) {
    await page.mouse.move(start.x + i * 3, start.y + (i % 2))
    await nextFrame(page)
  }
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: { name: string }[]
  }
  const named = (name: string) => trace.traceEvents.filter((event) => event.name === name).length
  // Each frame handed its paint to the compositor (so the trace holds that step)...
  expect(named('Layerize')).toBeGreaterThanOrEqual(steps)
  // ...and none had to cut the page into layers again.
  expect(named('PaintArtifactCompositor::Update')).toBe(0)
  // The card moved; back to where it was, and the drop lets go of both.
  expect((await card('tp-5').boundingBox())!.x).toBeGreaterThan(box.x + 20)
  for (let i = 3 + steps; i >= 0; i--) await page.mouse.move(start.x + i * 3, start.y)
  await page.mouse.up()
  await expect.poll(frames).toBe(0)
  await expect.poll(() => page.locator('.edge__drag-frame').count()).toBe(0)
  await page.keyboard.press('Escape')
  await rendered()
})

it("a moving step's label is held once for the whole drag, not again on every frame", async () => {
  // tp-10 ends the labelled step edge-9 ('next day').
  const { start } = await onScreen('tp-10')
  /** The labels' animations: keeps the first seen, and says whether each is still that one. */
  const labelHolds = () =>
    page.evaluate(() => {
      const held = [...document.querySelectorAll('.edge-label')].flatMap((label) =>
        label.getAnimations(),
      )
      const seen = window as unknown as { __labelHold?: Animation | undefined }
      seen.__labelHold ??= held[0]
      return held.map((animation) => animation === seen.__labelHold)
    })
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  for (let i = 1; i <= 3; i++) await page.mouse.move(start.x + i * 3, start.y)
  await nextFrame(page)
  expect(await labelHolds()).toEqual([true])
  for (let i = 4; i <= 10; i++) {
    await page.mouse.move(start.x + i * 3, start.y + (i % 2))
    await nextFrame(page)
    expect(await labelHolds()).toEqual([true])
  }
  for (let i = 9; i >= 0; i--) await page.mouse.move(start.x + i * 3, start.y)
  await page.mouse.up()
  await expect.poll(labelHolds).toEqual([])
  // The drop snaps to the grid: put the card back exactly where it was for the tests after this.
  const placed = () => fromY(peer.doc).touchpoints['tp-10']?.position
  await page.waitForTimeout(300)
  if (JSON.stringify(placed()) !== JSON.stringify(map.touchpoints['tp-10']?.position)) {
    await page.keyboard.press('Control+z')
    await waitFor(
      () => JSON.stringify(placed()) === JSON.stringify(map.touchpoints['tp-10']?.position),
      'the drop to be undone',
    )
  }
  await page.keyboard.press('Escape')
  await rendered()
})

it('dragging a whole selection of cards holds none of them: past a few, layers cost more than they save', async () => {
  const { start } = await onScreen('tp-5')
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+a')
  await expect.poll(() => page.locator('.react-flow__node.selected').count()).toBeGreaterThan(24)
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  for (let i = 1; i <= 6; i++) await page.mouse.move(start.x + i * 3, start.y)
  await nextFrame(page)
  // Every card moves (on the page's own layer), none is held, and no step claims a drag frame.
  expect(await page.locator('.react-flow__node.node--moving').count()).toBeGreaterThan(24)
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0)
  expect(await page.locator('.edge__drag-frame').count()).toBe(0)
  for (let i = 5; i >= 0; i--) await page.mouse.move(start.x + i * 3, start.y)
  await page.mouse.up()
  await page.keyboard.press('Escape')
  await expect.poll(() => page.locator('.react-flow__node.selected').count()).toBe(0)
  await rendered()
})

it('a colleague retitling one card re-renders that card only, not the canvas', async () => {
  await rendered()
  commitMap(peer.doc, fromY(peer.doc), updateTouchpoint(fromY(peer.doc), 'tp-20', { title: 'X' }))
  await expect.poll(() => card('tp-20').textContent()).toContain('X')
  expect(await rendered()).toEqual(['touchpoint:tp-20'])
  // The card's node is named by the card's own label (React Flow kept the node as it was).
  await expect
    .poll(() => page.getByRole('group', { name: 'Touchpoint X', exact: true }).count())
    .toBe(1)
})

it('typing into the selected card re-renders that card only, each on a layer of its own', async () => {
  await card('tp-20').click()
  // The card being edited and the inspector are composited apart from the other cards, so a
  // keystroke redraws neither the whole canvas nor (from the inspector) any card but this one.
  await expect.poll(() => card('tp-20').getAttribute('class')).toContain('node--editing')
  expect(await card('tp-20').evaluate((el) => getComputedStyle(el).willChange)).toBe('transform')
  const inspector = page.getByTestId('inspector')
  expect(await inspector.evaluate((el) => getComputedStyle(el).willChange)).toBe('opacity')
  const title = inspector.getByRole('textbox', { name: 'Title', exact: true })
  await title.click()
  await page.keyboard.press('End')
  await rendered()
  await page.keyboard.type('yz')
  await expect.poll(() => card('tp-20').textContent()).toContain('Xyz')
  // In the inspector, only the Title field: not the other text fields, the kind and emotion
  // buttons (and their icons), the lists or the evidence.
  expect(await rendered()).toEqual(['field:Title', 'touchpoint:tp-20'])
  await expect.poll(() => fromY(peer.doc).touchpoints['tp-20']?.title).toBe('Xyz')
  // Two cards selected: neither is "the one being edited", so no layers for a big selection.
  await card('tp-21').click({ modifiers: ['Control'] })
  await expect.poll(() => card('tp-21').getAttribute('class')).toContain('selected')
  expect(await card('tp-20').getAttribute('class')).not.toContain('node--editing')
  expect(await card('tp-21').getAttribute('class')).not.toContain('node--editing')
  await page.keyboard.press('Escape')
  await rendered()
})

it('a colleague moving one card re-renders that card and its edges only', async () => {
  await rendered()
  const before = fromY(peer.doc)
  const position = before.touchpoints['tp-30']!.position
  const box = await card('tp-30').boundingBox()
  commitMap(
    peer.doc,
    before,
    updateTouchpoint(before, 'tp-30', { position: { x: position.x + 16, y: position.y } }),
  )
  await expect.poll(async () => (await card('tp-30').boundingBox())?.x).not.toBe(box?.x)
  // The canvas hands React Flow the moved node; of the cards and steps, only these draw again.
  expect(await rendered()).toEqual([
    'canvas:journey',
    'edge:edge-29',
    'edge:edge-30',
    'touchpoint:tp-30',
  ])
})

it('a colleague dragging a card (awareness) moves it live, re-rendering it and its edges only', async () => {
  await rendered()
  const box = await card('tp-12').boundingBox()
  const at = fromY(peer.doc).touchpoints['tp-12']!.position
  // What the editor sends while someone drags: their selection and the card's live canvas point.
  for (let step = 1; step <= 6; step++) {
    peer.provider.awareness.setLocalState({
      user: { name: 'Peer', color: '#7c3aed' },
      cursor: null,
      selection: ['tp-12'],
      dragging: { 'tp-12': { x: 400 + step * 20, y: at.y + step * 10 } },
    })
    await page.waitForTimeout(60)
  }
  await expect.poll(async () => (await card('tp-12').boundingBox())?.y).not.toBe(box?.y)
  // The card (its selection colour, its position) and the two steps that follow it: nothing else
  // (the canvas hands React Flow the moving node).
  expect(await rendered()).toEqual([
    'canvas:journey',
    'edge:edge-11',
    'edge:edge-12',
    'touchpoint:tp-12',
  ])
  // While it moves it has a compositor layer of its own (canvas.css `.node--moving`).
  expect(await card('tp-12').getAttribute('class')).toContain('node--moving')
  expect(await card('tp-12').evaluate((el) => getComputedStyle(el).willChange)).toBe('transform')
  peer.provider.awareness.setLocalState({
    user: { name: 'Peer', color: '#7c3aed' },
    cursor: null,
    selection: [],
    dragging: null,
  })
  await expect.poll(async () => (await card('tp-12').boundingBox())?.y).toBe(box?.y)
  expect(await card('tp-12').getAttribute('class')).not.toContain('node--moving')
})

it("a colleague's cursor follows their pointer without starting an animation per move, held on the compositor while it moves", async () => {
  const cursor = page.getByTestId('peer-cursor')
  const move = (x: number) =>
    peer.provider.awareness.setLocalState({
      user: { name: 'Peer', color: '#7c3aed' },
      cursor: { x, y: 300 },
      selection: [],
      dragging: null,
    })
  move(200)
  await expect.poll(() => cursor.count()).toBe(1)
  const x = async () => (await cursor.boundingBox())?.x ?? NaN
  const before = await x()
  /** The page's animations: the cursor's hold is the only one, and it moves nothing. */
  const animations = () =>
    page.evaluate(() =>
      document.getAnimations().map((animation) => {
        const effect = animation.effect as KeyframeEffect
        return {
          target: (effect.target as HTMLElement | null)?.dataset.testid,
          composite: effect.composite,
          keyframes: effect.getKeyframes().map((frame) => frame.transform),
        }
      }),
    )
  const hold = {
    target: 'peer-cursor',
    composite: 'add',
    keyframes: ['translate(0px, 0px)', 'translate(0px, 0px)'],
  }
  for (let step = 1; step <= 5; step++) {
    move(200 + step * 40)
    await page.waitForTimeout(50)
    // Each update used to start a CSS transition: with five colleagues, a 1,000-card map
    // re-layered some 50 times a second (bench:canvas, CPU per frame of my drag with peers).
    expect(await animations()).toEqual([hold])
  }
  // 200 canvas px to the right, at the fitted zoom (below 1).
  await expect.poll(x).toBeGreaterThan(before + 40)
  expect(await cursor.evaluate((el) => getComputedStyle(el).willChange)).toBe('transform')
  // At rest, the cursor is let go: a held element costs a frame on every frame.
  await expect.poll(animations, { timeout: 3_000 }).toEqual([])
  peer.provider.awareness.setLocalState({
    user: { name: 'Peer', color: '#7c3aed' },
    cursor: null,
    selection: [],
    dragging: null,
  })
  await expect.poll(() => cursor.count()).toBe(0)
})

it("a step between cards of one column runs from the upper card's bottom to the lower's top", async () => {
  // A colleague links two cards stacked in one column.
  const now = fromY(peer.doc)
  const ids = Object.keys(now.touchpoints)
  const pair = ids
    .flatMap((source) => ids.map((target) => ({ source, target })))
    .find(({ source, target }) => edgeRoute(now, source, target, CARD_SIZE) === 'down')
  if (!pair) throw new Error('the sample has no two cards stacked in one column')
  const column = createEdge({ id: 'edge-column', ...pair })
  commitMap(peer.doc, now, connect(now, column))
  // A straight vertical path has no width, which Playwright counts as hidden: wait for it to exist.
  await page.locator('.react-flow__edge[data-id="edge-column"]').waitFor({ state: 'attached' })
  const [path, from, to] = await Promise.all([
    page.locator(`.react-flow__edge[data-id="${column.id}"] .react-flow__edge-path`).boundingBox(),
    card(column.source).boundingBox(),
    card(column.target).boundingBox(),
  ])
  if (!path || !from || !to) throw new Error('the step or its cards are not on screen')
  expect(Math.abs(path.y - (from.y + from.height))).toBeLessThan(2)
  expect(Math.abs(path.y + path.height - to.y)).toBeLessThan(2)
  expect(Math.abs(path.x + path.width / 2 - (from.x + from.width / 2))).toBeLessThan(2)
  // While the upper card moves, the step's start follows its bottom on every frame.
  const { start } = await onScreen(column.source)
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  for (let i = 1; i <= 6; i++) await page.mouse.move(start.x + i * 8, start.y - i * 4)
  await nextFrame(page)
  const [moved, during] = await Promise.all([
    card(column.source).boundingBox(),
    page.locator(`.react-flow__edge[data-id="${column.id}"] .react-flow__edge-path`).boundingBox(),
  ])
  await page.keyboard.press('Escape')
  await page.mouse.up()
  if (!moved || !during) throw new Error('the moving card or its step is not on screen')
  expect(moved.x - from.x).toBeGreaterThan(30)
  // The path's box now spans from the moved card's bottom middle to the lower card's top middle.
  expect(Math.abs(during.y - (moved.y + moved.height))).toBeLessThan(2)
  expect(Math.abs(during.x + during.width - (moved.x + moved.width / 2))).toBeLessThan(2)
})

it("while I drag, a colleague's dragged card moves with my moves and when my pointer rests", async () => {
  const mine = await card('tp-7').boundingBox()
  const theirs = await card('tp-25').boundingBox()
  if (!mine || !theirs) throw new Error('cards tp-7 and tp-25 are not on screen')
  const at = fromY(peer.doc).touchpoints['tp-25']!.position
  const drag = (y: number) =>
    peer.provider.awareness.setLocalState({
      user: { name: 'Peer', color: '#7c3aed' },
      cursor: null,
      selection: ['tp-25'],
      dragging: y === 0 ? null : { 'tp-25': { x: 400, y: at.y + y } },
    })
  const theirY = async () => (await card('tp-25').boundingBox())?.y
  await page.mouse.move(mine.x + mine.width / 2, mine.y + mine.height / 2)
  await page.mouse.down()
  for (let i = 1; i <= 4; i++) await page.mouse.move(mine.x + mine.width / 2 + i * 4, mine.y + 40)
  // Their move arrives while I drag: it shows with my next move (peer-frames.ts; the unit tests
  // check it waits for that move)...
  drag(60)
  await page.mouse.move(mine.x + mine.width / 2 + 24, mine.y + 44)
  await expect.poll(theirY).toBeGreaterThan(theirs.y + 20)
  // ...and while my pointer rests, on its own.
  const before = await theirY()
  drag(140)
  await expect.poll(theirY).toBeGreaterThan((before ?? 0) + 20)
  await page.mouse.up()
  drag(0)
  await expect.poll(theirY).toBe(theirs.y)
  await page.keyboard.press('Escape')
  await rendered()
})

// What a card draws decides what every frame costs once a thousand are on screen: each inline
// SVG is a transform and a clip of its own for the compositor and each element with opacity
// below 1 an effect of its own (measured with `npm run bench:canvas -- --profile`).
it('cards draw no inline SVG, nothing translucent, no badge off the card and zoomed out no border; icons and face are images', async () => {
  const costly = () =>
    page.evaluate(() => {
      const found: string[] = []
      for (const el of document.querySelectorAll('.react-flow__node-touchpoint *')) {
        const drawn = el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'
        if (el instanceof SVGSVGElement && drawn)
          found.push(`svg in ${el.parentElement?.className}`)
        if (Number(getComputedStyle(el).opacity) < 1) found.push(`translucent ${el.className}`)
      }
      return [...new Set(found)]
    })
  // Close up, the channel and badge icons are drawn, as images painted through a mask (an inline
  // SVG each made mounting a thousand cards a sixth slower); the face is an image too. Both are
  // bitmaps: a card painting SVG images made the first paint of a big map twice as long...
  await zoomUntil('full', -200)
  expect(await costly()).toEqual([])
  // A crowded foot ends its last badge in an ellipsis; no badge runs past the card's edge.
  const cut = await page.evaluate(() =>
    [...document.querySelectorAll('.react-flow__node-touchpoint .card__foot')].flatMap((foot) => {
      const edge = foot.getBoundingClientRect().right
      return [...foot.children]
        .filter((badge) => badge.getBoundingClientRect().right > edge + 0.5)
        .map((badge) => badge.textContent)
    }),
  )
  expect(cut).toEqual([])
  const face = page.locator('.card__emotion').first()
  await expect
    .poll(() => face.evaluate((el) => getComputedStyle(el).backgroundImage))
    .toMatch(/^url\("data:image\/png;base64,/)
  const icons = await page.evaluate(() =>
    [...document.querySelectorAll('.react-flow__node-touchpoint .icon-image')].map((el) => ({
      place: el.parentElement?.classList[0] ?? '',
      mask: getComputedStyle(el).maskImage,
      size: el.getBoundingClientRect().width > 0,
    })),
  )
  const places = new Set(icons.map((icon) => icon.place))
  expect(places).toEqual(new Set(['card__channel', 'badge']))
  expect(icons.filter((icon) => icon.place === 'card__channel')).toHaveLength(36)
  for (const icon of icons) {
    expect(icon.mask).toMatch(/^url\("data:image\/png;base64,/)
    expect(icon.size).toBe(true)
  }
  expect(await face.locator('svg').count()).toBe(0)
  const bandColours = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.react-flow__node-touchpoint')].map((node) => {
        const card = node.querySelector<HTMLElement>('.card')!
        const style = getComputedStyle(card)
        const band = getComputedStyle(card, '::before')
        return {
          id: node.dataset.id ?? '',
          border: ['Top', 'Right', 'Bottom', 'Left'].map((side) =>
            style.getPropertyValue(`border-${side.toLowerCase()}-width`),
          ),
          borderTop: style.borderTopColor,
          band:
            band.content === 'none' ? null : { colour: band.backgroundColor, height: band.height },
        }
      }),
    )
  const close = new Map((await bandColours()).map((card) => [card.id, card.borderTop]))
  expect(new Set(close.values()).size).toBeGreaterThan(1)
  // ...and zoomed out below the level of detail, still none.
  await zoomUntil('low', 200)
  expect(await costly()).toEqual([])
  // Zoomed out a card draws no border (a rounded one is the costliest part of a card to
  // rasterise, on every frame of a pan); its band is a block of the same emotion colour.
  const far = (await bandColours()).filter((card) => close.has(card.id))
  expect(far.length).toBeGreaterThan(10)
  for (const card of far) {
    expect(card.border).toEqual(['0px', '0px', '0px', '0px'])
    expect(card.band).toEqual({ colour: close.get(card.id), height: '10px' })
  }
  // One clip per card, the title's own, and not the card's (a clipping card is repainted on every
  // frame of a pan: the next test); the title's four lines end inside the card.
  const clips = await page.evaluate(() => {
    const cards = [...document.querySelectorAll<HTMLElement>('.react-flow__node-touchpoint .card')]
    return cards.map((card) => {
      const clipped = [card, ...card.querySelectorAll<HTMLElement>('*')].filter(
        (el) => el.getClientRects().length > 0 && getComputedStyle(el).overflow !== 'visible',
      )
      const title = card.querySelector<HTMLElement>('.card__title')!
      const style = getComputedStyle(title)
      return {
        clips: clipped.map((el) => (el === card ? 'card' : el.className)),
        lines: Number(style.webkitLineClamp),
        titleBottom: title.offsetTop + title.offsetHeight,
        edge: card.clientHeight,
      }
    })
  })
  expect(clips.length).toBeGreaterThan(0)
  for (const card of clips) {
    expect(card.clips).toEqual(['card__title'])
    expect(card.lines).toBe(4)
    expect(card.titleBottom).toBeLessThanOrEqual(card.edge + 0.5)
  }
})

// Chromium re-records a node on each frame the view moves when its card (a paint layer of its own)
// clips what it holds and the view does not show all of the map (the node stays "maybe clipped by
// the cull rect"). Cards that clipped at low detail were: every card on screen was repainted
// on every frame of a pan (636 card paints in these 6 steps). Counted in a trace of the renderer's
// paints, on a map too big for the view at the smallest zoom, which is where it opens.
it('panning a zoomed-out map repaints no card', async () => {
  const journey = sampleJourney({ phases: 10, perPhase: 20, across: 8, notes: 0 })
  await withFreshMap('Pan', journey, async (mapId, context) => {
    const opened = await context.newPage()
    await opened.goto(`${server.url}m/${mapId}`)
    await expect
      .poll(() => opened.locator('.react-flow__node-touchpoint').count(), { timeout: 20_000 })
      .toBeGreaterThan(40)
    expect(await opened.locator('.canvas').getAttribute('data-detail')).toBe('low')
    const onScreen = await opened.locator('.react-flow__node-touchpoint').count()
    const pane = (await opened.locator('.react-flow__pane').boundingBox())!
    await opened.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2)
    await nextFrame(opened)
    await browser.startTracing(opened, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    })
    const steps = 6
    // Back and forth by a few pixels: no card enters or leaves the view (which paints it, rightly).
    for (let i = 0; i < steps; i++) {
      await opened.mouse.wheel(i % 2 === 0 ? 40 : -40, 0)
      await nextFrame(opened)
    }
    const trace = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: { name: string; args?: { data?: { nodeName?: string } } }[]
    }
    const paints = trace.traceEvents.filter((event) => event.name === 'Paint')
    const cardPaints = paints.filter((event) =>
      (event.args?.data?.nodeName ?? '').includes('react-flow__node-touchpoint'),
    ).length
    // The view did move (the canvas behind the cards is repainted on each step), and the trace
    // names what each paint recorded (else no card paint could be told from the others)...
    expect(paints.length).toBeGreaterThanOrEqual(steps)
    expect(paints.filter((event) => event.args?.data?.nodeName).length).toBe(paints.length)
    // ...and the cards were not (a clipping card: every card on screen, on each step).
    expect(cardPaints).toBeLessThan(onScreen / 2)
  })
})

/**
 * A new map holding `journey` (written by a colleague's client) and a fresh browser context to
 * open it in, for a test that watches a map open from the start; both are closed afterwards.
 */
async function withFreshMap(
  title: string,
  journey: JourneyMap,
  test: (mapId: string, context: BrowserContext) => Promise<void>,
) {
  const mapId = await createMapOn(server.url, title)
  const writer = connectClient(server.wsUrl, mapId)
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  try {
    await waitSynced(writer)
    commitMap(writer.doc, fromY(writer.doc), journey)
    await test(mapId, context)
  } finally {
    await context.close()
    writer.destroy()
  }
}

/** Ctrl+wheel over the canvas until it draws cards at `detail` (canvas.css `data-detail`). */
async function zoomUntil(detail: 'full' | 'low', deltaY: number) {
  const pane = await page.locator('.react-flow__pane').boundingBox()
  if (!pane) throw new Error('no canvas')
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2)
  const current = page.locator(`.canvas[data-detail="${detail}"]`)
  for (let i = 0; i < 10 && (await current.count()) === 0; i++) {
    await page.keyboard.down('Control')
    await page.mouse.wheel(0, deltaY)
    await page.keyboard.up('Control')
    await page.waitForTimeout(100)
  }
  await expect.poll(() => current.count()).toBe(1)
}

it("the cards' bitmaps draw the very picture of their SVG, neither squashed nor shifted", async () => {
  const images = cardImages().map(({ selector, property, svg, box }) => ({
    selector,
    property,
    svg,
    box,
  }))
  const differences = await page.evaluate(async (images) => {
    // The bitmap each selector paints, from the shipped sheet.
    const urls = new Map<string, string>()
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        if (!(rule instanceof CSSStyleRule)) continue
        for (const property of ['mask-image', 'background-image']) {
          const url = /url\("(data:image\/png[^"]+)"\)/.exec(rule.style.getPropertyValue(property))
          if (url) urls.set(`${rule.selectorText}|${property}`, url[1]!)
        }
      }
    }
    // Both drawn at the size a card shows them at zoom 1: the SVG given that size itself.
    const pixels = async (src: string, box: number, shift = 0) => {
      const image = new Image()
      image.src = src
      await image.decode()
      const canvas = document.createElement('canvas')
      canvas.width = canvas.height = box
      const context = canvas.getContext('2d')!
      context.drawImage(image, shift, 0, box, box)
      return context.getImageData(0, 0, box, box).data
    }
    const out: Record<string, { drawn: number; shifted: number }> = {}
    for (const { selector, property, svg, box } of images) {
      const url = urls.get(`${selector}|${property}`)
      if (!url) continue
      const sized = svg.replace('<svg ', `<svg width="${box}" height="${box}" `)
      const reference = await pixels(`data:image/svg+xml,${encodeURIComponent(sized)}`, box)
      // A mask paints only its alpha (the element's colour shows through it).
      const channels = property === 'mask-image' ? [3] : [0, 1, 2, 3]
      const difference = (bitmap: Uint8ClampedArray) => {
        let sum = 0
        let ink = 0
        for (let i = 0; i < reference.length; i += 4) {
          for (const c of channels) sum += Math.abs(reference[i + c]! - bitmap[i + c]!)
          ink += reference[i + 3]!
        }
        return sum / channels.length / ink
      }
      out[selector] = {
        drawn: difference(await pixels(url, box)),
        shifted: difference(await pixels(url, box, 1)),
      }
    }
    return out
  }, images)
  expect(Object.keys(differences)).toHaveLength(images.length)
  // The mean difference per channel compared and inked pixel, 0 to 1. Measured: masks 0.03–0.13
  // and faces ~0.02 (a bitmap drawn smaller is a little softer); the same bitmaps drawn 1 px to
  // the right, masks 0.64–1.1 and faces ~0.1: each limit tells those apart.
  for (const { selector, property } of images) {
    const limit = property === 'mask-image' ? 0.25 : 0.05
    const { drawn, shifted } = differences[selector]!
    expect(drawn, selector).toBeLessThan(limit)
    expect(shifted, selector).toBeGreaterThan(limit)
  }
})

it('a screen sharper than the shipped bitmaps are drawn for gets sharper ones as the map opens', async () => {
  // This page (1 device pixel per CSS pixel) shows the shipped bitmaps and draws none of its own.
  expect(await page.locator(`#${SHARPER_IMAGES_ID}`).count()).toBe(0)
  expect(
    await page.evaluate(
      () => getComputedStyle(document.querySelector('.card__emotion')!).backgroundImage,
    ),
  ).toMatch(/^url\("data:image\/png/)
  // 2 device pixels per CSS pixel: faces 28 px wide at zoom 1 need bitmapScale(2) times that.
  const context = await browser.newContext({
    viewport: { width: 1000, height: 700 },
    deviceScaleFactor: 2,
  })
  try {
    const sharp = await context.newPage()
    await sharp.goto(`${server.url}m/${mapId}`)
    await expect
      .poll(() =>
        sharp.evaluate(
          (id) => document.getElementById(id)?.textContent?.includes('data:image/png') ?? false,
          SHARPER_IMAGES_ID,
        ),
      )
      .toBe(true)
    const faceWidth = await sharp.evaluate(async (id) => {
      const rules = document.getElementById(id)!.textContent!.split('\n')
      const face = rules.find((rule) => rule.startsWith('.card__emotion'))!
      const image = new Image()
      image.src = /url\("([^"]+)"\)/.exec(face)![1]!
      await image.decode()
      return image.naturalWidth
    }, SHARPER_IMAGES_ID)
    expect(faceWidth).toBe(28 * bitmapScale(2))
    // ...and they are what the cards paint: the sheet comes after the shipped one.
    const painted = await sharp.evaluate((id) => {
      const rules = document.getElementById(id)!.textContent!.split('\n')
      const face = document.querySelector<HTMLElement>('.card__emotion')!
      const rule = rules.find((line) => face.matches(line.slice(0, line.indexOf('{'))))!
      return getComputedStyle(face).backgroundImage === rule.slice(rule.indexOf(':') + 1, -1)
    }, SHARPER_IMAGES_ID)
    expect(painted).toBe(true)
  } finally {
    await context.close()
  }
})

it("each card's handles are drawn where React Flow is told they are (card-handles.ts)", async () => {
  // React Flow takes the declared handles instead of measuring them, so the arrows' ends follow
  // these numbers: if the stylesheet moves a handle, this is where it shows. Zoomed out, handles
  // are out of the layout altogether (positioned boxes, even hidden, cost every drag frame).
  const drawnAt = (detail: 'full' | 'low') =>
    page.evaluate((detail) => {
      const canvas = document.querySelector<HTMLElement>('.canvas')!
      const shown = canvas.dataset.detail
      canvas.dataset.detail = detail
      const zoom = new DOMMatrixReadOnly(
        getComputedStyle(document.querySelector('.react-flow__viewport')!).transform,
      ).m22
      const drawn = [...document.querySelectorAll('.react-flow__node-touchpoint')].map((node) => {
        const box = node.getBoundingClientRect()
        return [...node.querySelectorAll<HTMLElement>('.react-flow__handle')].map((handle) => {
          const r = handle.getBoundingClientRect()
          if (handle.getClientRects().length === 0) return 'not drawn'
          return {
            type: handle.classList.contains('source') ? 'source' : 'target',
            position: handle.dataset.handlepos,
            x: (r.left - box.left) / zoom,
            y: (r.top - box.top) / zoom,
            width: r.width / zoom,
            height: r.height / zoom,
          }
        })
      })
      canvas.dataset.detail = shown
      return drawn
    }, detail)
  const close = await drawnAt('full')
  expect(close).toHaveLength(36)
  for (const handles of close) {
    expect(handles).toHaveLength(CARD_HANDLES.length)
    handles.forEach((handle, i) => {
      const declared = CARD_HANDLES[i]!
      if (handle === 'not drawn') throw new Error('a handle is not drawn at full detail')
      expect(handle.type).toBe(declared.type)
      expect(handle.position).toBe(declared.position)
      for (const key of ['x', 'y', 'width', 'height'] as const)
        expect(Math.abs(handle[key] - (declared[key] ?? 0)), key).toBeLessThan(0.5)
    })
  }
  const far = await drawnAt('low')
  expect(far).toHaveLength(36)
  for (const handles of far) expect(handles).toEqual(CARD_HANDLES.map(() => 'not drawn'))
})

it('opening a map wider than the view mounts only the cards in view, never all of them', async () => {
  // 80 one-card columns side by side: even zoomed out as far as the canvas goes, some stay out
  // of view. Every card ever put into the page while it opens is recorded.
  const wide = sampleJourney({ phases: 80, perPhase: 1, across: 1, notes: 0 })
  const mapId = await createMapOn(server.url, 'Wide')
  const writer = connectClient(server.wsUrl, mapId)
  try {
    await waitSynced(writer)
    commitMap(writer.doc, fromY(writer.doc), wide)
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    await context.addInitScript(() => {
      const mounted = new Set<string>()
      Object.assign(window, { __mounted: mounted })
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes)
            if (node instanceof HTMLElement)
              for (const card of [node, ...node.querySelectorAll<HTMLElement>('*')])
                if (card.classList.contains('react-flow__node-touchpoint'))
                  mounted.add(card.dataset.id ?? '')
      }).observe(document, { childList: true, subtree: true })
    })
    const wideView = await context.newPage()
    await wideView.goto(`${server.url}m/${mapId}`)
    const inView = wideView.locator('.react-flow__node-touchpoint')
    await expect.poll(() => inView.count(), { timeout: 20_000 }).toBeGreaterThan(10)
    await wideView.waitForTimeout(1000)
    const shown = await inView.evaluateAll((cards) => cards.map((card) => card.dataset.id ?? ''))
    const mounted = (await wideView.evaluate('[...window.__mounted]')) as string[]
    expect(shown.length).toBeLessThan(80)
    expect(new Set(mounted)).toEqual(new Set(shown))
    await context.close()
  } finally {
    writer.destroy()
  }
})

it('panning a map that fits the view keeps its cards mounted; zoomed in well past the fit, cards out of view leave the page', async () => {
  // Culling (culling.ts): while most of the map is in view, a pan mounts and unmounts nothing.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  await context.addInitScript(() => {
    const removed: string[] = []
    Object.assign(window, { __removed: removed })
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.removedNodes)
          if (node instanceof HTMLElement && node.classList.contains('react-flow__node-touchpoint'))
            removed.push(node.dataset.id ?? '')
    }).observe(document, { childList: true, subtree: true })
  })
  const view = await context.newPage()
  try {
    await view.goto(`${server.url}m/${mapId}`)
    const cards = view.locator('.react-flow__node-touchpoint')
    await expect.poll(() => cards.count(), { timeout: 20_000 }).toBe(36)
    const pane = (await view.locator('.react-flow__pane').boundingBox())!
    await view.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2)
    const paneBox = { left: pane.x, right: pane.x + pane.width }
    const outOfView = () =>
      cards.evaluateAll(
        (all, box) =>
          all.filter((card) => {
            const rect = card.getBoundingClientRect()
            return rect.right < box.left || rect.left > box.right
          }).length,
        paneBox,
      )
    // Pan sideways until some cards are out of view.
    for (let i = 0; i < 12; i++) {
      await view.mouse.wheel(120, 0)
      await nextFrame(view)
    }
    expect(await outOfView()).toBeGreaterThan(0)
    expect(await cards.count()).toBe(36)
    expect(await view.evaluate('window.__removed.length')).toBe(0)
    // Zoomed in (Ctrl + wheel, over a card still in view) to well past the zoom that fits the map:
    // only what is in view stays.
    const target = await cards.evaluateAll((all) => {
      const rect = all.map((card) => card.getBoundingClientRect()).find((r) => r.left > 0)!
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
    })
    await view.mouse.move(target.x, target.y)
    await view.keyboard.down('Control')
    for (let i = 0; i < 8; i++) {
      await view.mouse.wheel(0, -100)
      await nextFrame(view)
    }
    await view.keyboard.up('Control')
    await expect.poll(() => cards.count()).toBeLessThan(36)
    expect(await cards.count()).toBeGreaterThan(await outOfView())
  } finally {
    await context.close()
  }
})

it.each([
  ['zoomed out (low detail)', map, 'low'],
  ['at full detail', sampleJourney({ phases: 2, perPhase: 3, across: 3, notes: 0 }), 'full'],
] as const)(
  'opening a map %s draws each card and edge once, draggable at once even while its HTTP record is held back',
  async (_, journey, detail) => {
    // The role (edit, here) comes twice: in the map's HTTP record and as the sync socket's first
    // frame, before the map. With the HTTP answer held back until the cards are drawn (the server
    // busy loading a big map holds it up the same way), the socket's role has already made every
    // card draggable; the late answer changes nothing, so no card may draw again. (It once came
    // from the HTTP record only, and turned on dragging for every card after a big map was
    // drawn: React Flow then redrew every card's wrapper, ~0.3 s at 2,000 cards.) The edges'
    // ends, declared before the cards are drawn and measured after, must agree: no edge draws
    // again either.
    const cardCount = Object.keys(journey.touchpoints).length
    const edgeCount = Object.keys(journey.edges).length
    await withFreshMap('Drawn once', journey, async (mapId, context) => {
      let release = () => {}
      const drawn = new Promise<void>((resolve) => (release = resolve))
      await context.route(`**/api/maps/${mapId}`, async (route) => {
        await drawn
        await route.continue()
      })
      await context.addInitScript(() => {
        const renders: string[] = []
        Object.assign(window, {
          __renders: renders,
          __trailmapRenderCount: (kind: string, id: string) => renders.push(`${kind}:${id}`),
        })
      })
      const opened = await context.newPage()
      await opened.goto(`${server.url}m/${mapId}`)
      const cards = opened.locator('.react-flow__node-touchpoint')
      await expect.poll(() => cards.count(), { timeout: 20_000 }).toBe(cardCount)
      await expect.poll(() => opened.locator('.react-flow__edge').count()).toBe(edgeCount)
      expect(await opened.locator('.canvas').getAttribute('data-detail')).toBe(detail)
      expect(await opened.locator('.react-flow__node-touchpoint.draggable').count()).toBe(cardCount)
      release()
      await expect
        .poll(() =>
          opened.evaluate(
            (path) =>
              performance
                .getEntriesByType('resource')
                .some((entry) => new URL(entry.name).pathname === path),
            `/api/maps/${mapId}`,
          ),
        )
        .toBe(true)
      await opened.waitForTimeout(500)
      expect(await opened.locator('.react-flow__node-touchpoint.draggable').count()).toBe(cardCount)
      const renders = (await opened.evaluate('window.__renders')) as string[]
      const times = (kind: string) => {
        const counts = new Map<string, number>()
        for (const entry of renders.filter((r) => r.startsWith(`${kind}:`)))
          counts.set(entry, (counts.get(entry) ?? 0) + 1)
        return counts
      }
      expect(times('touchpoint').size).toBe(cardCount)
      expect([...times('touchpoint')].filter(([, n]) => n !== 1)).toEqual([])
      expect(times('edge').size).toBe(edgeCount)
      expect([...times('edge')].filter(([, n]) => n !== 1)).toEqual([])
    })
  },
)

it('a map is drawn draggable from its first frame: the role is asked for before the editor loads', async () => {
  // Asked for once the map page had mounted, the role arrived after a big map had been drawn and
  // redrew every card's wrapper (src/api/early-access.ts). Now the page's first script asks.
  await withFreshMap('Role first', map, async (mapId, context) => {
    await context.addInitScript(() => {
      const seen: Record<string, unknown> = {}
      Object.assign(window, { __seen: seen })
      new MutationObserver(() => {
        if (!('canvasAt' in seen) && document.querySelector('.react-flow'))
          seen.canvasAt = performance.now()
        const card = document.querySelector('.react-flow__node-touchpoint')
        if (!('firstCardDraggable' in seen) && card)
          seen.firstCardDraggable = card.classList.contains('draggable')
      }).observe(document, { subtree: true, childList: true })
    })
    const opened = await context.newPage()
    await opened.goto(`${server.url}m/${mapId}`)
    await expect.poll(() => opened.locator('.react-flow__node-touchpoint').count()).toBe(36)
    const seen = (await opened.evaluate('window.__seen')) as Record<string, number | boolean>
    const asked = await opened.evaluate(
      (path) =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => new URL(entry.name).pathname === path)
          .map((entry) => entry.startTime),
      `/api/maps/${mapId}`,
    )
    expect(asked).toHaveLength(1)
    expect(asked[0]).toBeLessThan(seen.canvasAt as number)
    expect(seen.firstCardDraggable).toBe(true)
  })
})

it("opening a map never has React Flow measure a card's handles: it holds them and each card's size", async () => {
  // React Flow's ResizeObserver reports every node it mounts; each report made it measure the
  // node's handles again (querySelectorAll('.source' / '.target') on the node) and re-render every
  // node wrapper inside the first frame (src/canvas/skip-unchanged-measures.ts).
  await withFreshMap('Measures', map, async (mapId, context) => {
    await context.addInitScript(() => {
      let measured = 0
      const querySelectorAll = Element.prototype.querySelectorAll
      Element.prototype.querySelectorAll = function (this: Element, selectors: string) {
        if (this.classList.contains('react-flow__node') && /^\.(source|target)$/.test(selectors))
          measured++
        return querySelectorAll.call(this, selectors)
      } as Element['querySelectorAll']
      Object.assign(window, { __handlesMeasured: () => measured })
    })
    const opened = await context.newPage()
    await opened.goto(`${server.url}m/${mapId}`)
    await expect.poll(() => opened.locator('.react-flow__node-touchpoint').count()).toBe(36)
    await expect.poll(() => opened.locator('.react-flow__edge').count()).toBe(35)
    // A few frames for the observer's reports to arrive and be handled.
    await opened.waitForTimeout(500)
    expect(await opened.evaluate('window.__handlesMeasured()')).toBe(0)
    // The steps still meet the cards' handles, and follow a dragged card.
    const card = opened.locator('.react-flow__node[data-id="tp-5"]')
    const path = opened.locator('.react-flow__edge[data-id="edge-5"] path').first()
    const before = await path.getAttribute('d')
    const box = await card.boundingBox()
    if (!box) throw new Error('card tp-5 is not on screen')
    await opened.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await opened.mouse.down()
    for (let i = 1; i <= 5; i++)
      await opened.mouse.move(box.x + box.width / 2 + i * 10, box.y + box.height / 2 + i * 6)
    await opened.mouse.up()
    await expect.poll(() => path.getAttribute('d')).not.toBe(before)
  })
})

it("a colleague retitling a card or my selecting one leaves the minimap's cards as painted; a move repaints them, a drag at most every 100 ms", async () => {
  // Every fill on the minimap's cards layer is counted (the browser's own canvas, wrapped).
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  try {
    await context.addInitScript(() => {
      let fills = 0
      const fill = CanvasRenderingContext2D.prototype.fill
      CanvasRenderingContext2D.prototype.fill = function (
        this: CanvasRenderingContext2D,
        ...args: Parameters<CanvasRenderingContext2D['fill']>
      ) {
        if (this.canvas.classList.contains('minimap__nodes')) fills++
        return fill.apply(this, args)
      } as CanvasRenderingContext2D['fill']
      // Each paint of the layer starts by clearing it.
      let paints = 0
      const clearRect = CanvasRenderingContext2D.prototype.clearRect
      CanvasRenderingContext2D.prototype.clearRect = function (
        this: CanvasRenderingContext2D,
        ...args: Parameters<CanvasRenderingContext2D['clearRect']>
      ) {
        if (this.canvas.classList.contains('minimap__nodes')) {
          paints++
          picture = drawing
          drawing = []
        }
        return clearRect.apply(this, args)
      } as CanvasRenderingContext2D['clearRect']
      // The rectangles of the layer's last picture: the painter adds them to paths, then clears.
      let drawing: string[] = []
      let picture: string[] = []
      const rect = Path2D.prototype.rect
      Path2D.prototype.rect = function (this: Path2D, ...args: Parameters<Path2D['rect']>) {
        drawing.push(args.map((n) => n.toFixed(1)).join(','))
        return rect.apply(this, args)
      }
      Object.assign(window, {
        __minimapFills: () => fills,
        __minimapPaints: () => paints,
        __minimapPicture: () => picture.toSorted().join(' '),
      })
    })
    const view = await context.newPage()
    await view.goto(`${server.url}m/${mapId}`)
    const fills = () => view.evaluate('window.__minimapFills()') as Promise<number>
    await expect.poll(() => view.locator('.react-flow__node-touchpoint').count()).toBe(36)
    await expect.poll(fills).toBeGreaterThan(0)
    const settled = async () => {
      let last = -1
      while (last !== (last = await fills())) await view.waitForTimeout(300)
      return last
    }
    const painted = await settled()
    const tp8 = view.locator('.react-flow__node[data-id="tp-8"]')
    commitMap(
      peer.doc,
      fromY(peer.doc),
      updateTouchpoint(fromY(peer.doc), 'tp-8', { title: 'Renamed for the minimap' }),
    )
    await expect.poll(() => tp8.textContent()).toContain('Renamed for the minimap')
    await tp8.click()
    await expect.poll(() => tp8.getAttribute('class')).toContain('selected')
    expect(await settled()).toBe(painted)
    const before = fromY(peer.doc)
    const at = before.touchpoints['tp-8']!.position
    commitMap(
      peer.doc,
      before,
      updateTouchpoint(before, 'tp-8', { position: { x: at.x, y: at.y + 48 } }),
    )
    await expect.poll(fills).toBeGreaterThan(painted)

    // A drag moves the card in every frame; the minimap follows at most every 100 ms, and its
    // last picture is the map as dropped: the one a fresh page paints.
    const paints = () => view.evaluate('window.__minimapPaints()') as Promise<number>
    const picture = () => view.evaluate('window.__minimapPicture()') as Promise<string>
    await settled()
    const box = await view.locator('.react-flow__node[data-id="tp-17"]').boundingBox()
    if (!box) throw new Error('card tp-17 is not on screen')
    await view.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await view.mouse.down()
    const atStart = await paints()
    const pictureBefore = await picture()
    const started = Date.now()
    const moves = 40
    for (let i = 1; i <= moves; i++) {
      await view.mouse.move(box.x + box.width / 2 + i * 2, box.y + box.height / 2 + i)
      await view.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)))
    }
    const during = (await paints()) - atStart
    const elapsed = Date.now() - started
    await view.mouse.up()
    expect(during).toBeGreaterThan(0)
    expect(during).toBeLessThanOrEqual(Math.ceil(elapsed / 100) + 1)
    expect(during).toBeLessThan(moves / 2)
    await settled()
    const dropped = await picture()
    expect(dropped).not.toBe(pictureBefore)
    await view.reload()
    await expect.poll(() => view.locator('.react-flow__node-touchpoint').count()).toBe(36)
    await settled()
    expect(await picture()).toBe(dropped)
  } finally {
    await context.close()
  }
})
