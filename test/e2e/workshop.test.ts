// Workshop mode through the real UI with access control on: a facilitator with the edit link and
// two participants with the comment link. A 3-dot vote whose dots stay hidden until the reveal, a
// ranking everyone agrees on, a comment resolved by the facilitator, "bring everyone to me", and
// a hostile comment-link client whose map update changes nothing.
// With TRAILMAP_SHOTS=<dir> the test also saves screenshots of the panels there.

import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import * as Y from 'yjs'
import { launchBrowser } from '../support/browser'
import { spawnServer, tempDbPath, type ServerProcess } from '../support/server'
import { clientBarrier, waitSynced } from '../support/clients'
import { connectWithToken, createMapWithTokens, type CreatedMap } from '../support/sockets'

let server: ServerProcess
let browser: Browser
const contexts: BrowserContext[] = []
const shots = process.env.TRAILMAP_SHOTS

interface Card {
  id: string
  title: string
}
interface MapJson {
  map: {
    title: string
    notes: unknown[]
    touchpoints: (Card & { votes?: number })[]
    voteResults?: { results: { itemId: string; votes: number; rank: number }[] }[]
  }
}

beforeAll(async () => {
  server = await spawnServer({ TRAILMAP_DB: tempDbPath('e2e-workshop'), TRAILMAP_AUTH: 'on' })
  browser = await launchBrowser()
})
afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
  server?.child.kill('SIGTERM')
  await server?.exited
})

async function person(name: string, color: string, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  contexts.push(context)
  await context.addInitScript(
    (user) => localStorage.setItem('trailmap:user', JSON.stringify(user)),
    { name, color, id: `author-${name.toLowerCase()}` },
  )
  const page = await context.newPage()
  page.on('pageerror', (error) => {
    throw error
  })
  await page.goto(url)
  await expect
    .poll(() => page.getByTestId('connection').getAttribute('data-state'))
    .toBe('connected')
  return page
}

async function mapJson(map: CreatedMap): Promise<MapJson> {
  const res = await fetch(`${server.url}api/maps/${map.id}.json`, {
    headers: { authorization: `Bearer ${map.editToken}` },
  })
  expect(res.status).toBe(200)
  return (await res.json()) as MapJson
}

/** The middle of what the page shows, in canvas coordinates, and its zoom. */
async function viewCenter(page: Page) {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow') as HTMLElement
    const viewport = document.querySelector('.react-flow__viewport') as HTMLElement
    const m = new DOMMatrixReadOnly(getComputedStyle(viewport).transform)
    const zoom = m.a
    return {
      x: (pane.clientWidth / 2 - m.e) / zoom,
      y: (pane.clientHeight / 2 - m.f) / zoom,
      zoom,
    }
  })
}

async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: path.join(shots, `${name}.png`) })
}

const ownDots = (page: Page, cardId: string) =>
  page.getByTestId(`ws-anchor-${cardId}`).locator('.ws-dot:not(.ws-dot--add)').count()

describe('a workshop with a facilitator and two participants', () => {
  let map: CreatedMap
  let cards: Card[]
  let facilitator: Page
  let ana: Page
  let ben: Page

  it('the facilitator shares a comment link; participants can comment but not edit', async () => {
    map = await createMapWithTokens(server.url, { title: 'Onboarding', template: 'classic-5' })
    const json = await mapJson(map)
    const titles = json.map.touchpoints.map((t) => t.title)
    expect(new Set(titles).size).toBe(titles.length)

    facilitator = await person('Fay', '#7c3aed', `${server.url}m/${map.id}#token=${map.editToken}`)
    await facilitator.getByRole('button', { name: 'Share map' }).click()
    const commentLink = await facilitator.getByLabel('Comment link', { exact: true }).inputValue()
    expect(commentLink).toBe(`${server.url}m/${map.id}#token=${map.commentToken}`)
    await facilitator.getByRole('button', { name: 'Close' }).click()

    ana = await person('Ana', '#e11d48', commentLink)
    ben = await person('Ben', '#16a34a', commentLink)
    for (const page of [ana, ben]) {
      await expect.poll(() => page.getByTestId('role-badge').textContent()).toContain('Can comment')
      expect(await page.getByRole('button', { name: 'Add touchpoint' }).isDisabled()).toBe(true)
    }
  })

  it('a 3-dot vote stays hidden until the reveal, then ranks the cards the same for everyone', async () => {
    await facilitator.getByRole('button', { name: 'Vote', exact: true }).click()
    await facilitator.getByRole('button', { name: 'Start a dot vote' }).click()
    await facilitator.getByLabel('Question', { exact: true }).fill('Which steps matter most?')
    expect(await facilitator.getByLabel('Dots per person').inputValue()).toBe('3')
    await facilitator.getByRole('button', { name: 'Start vote' }).click()
    // The first four cards in the vote's reading order (ties rank in that order).
    const listed = await facilitator
      .getByTestId('vote-item')
      .locator('.ws-item__label')
      .allTextContents()
    const all = (await mapJson(map)).map.touchpoints
    cards = listed.slice(0, 4).map((title) => all.find((t) => t.title === title) as Card)
    const [a, b, c, d] = cards as [Card, Card, Card, Card]

    const vote = async (page: Page, items: Card[]) => {
      await page.getByRole('button', { name: 'Vote', exact: true }).click()
      await expect.poll(() => page.getByTestId('dots-left').textContent()).toContain('3 of 3')
      for (const item of items) {
        await page
          .getByRole('button', { name: `Vote for ${item.title}` })
          .first()
          .click()
      }
    }
    await vote(ana, [a, b, c])
    await vote(ben, [a, b, d])
    // The facilitator votes too (edit links may), with one dot.
    await facilitator
      .getByRole('button', { name: `Vote for ${a.title}` })
      .first()
      .click()

    await expect.poll(() => ana.getByTestId('dots-left').textContent()).toContain('0 of 3')
    // Every dot spent: no more "vote for" in the panel.
    expect(
      await ana
        .getByTestId('vote-panel')
        .getByRole('button', { name: `Vote for ${d.title}` })
        .isDisabled(),
    ).toBe(true)
    // One dot per item: Ben cannot put a second dot on a card.
    expect(
      await ben
        .getByTestId('vote-panel')
        .getByRole('button', { name: `Vote for ${a.title}` })
        .isDisabled(),
    ).toBe(true)
    await expect
      .poll(() => facilitator.getByTestId('voter-count').textContent())
      .toContain('3 voted')
    await shot(ana, 'vote-in-progress')

    // Before the reveal each person sees their own dots only.
    await expect.poll(() => ownDots(ana, c.id)).toBe(1)
    expect(await ownDots(ana, d.id)).toBe(0)
    expect(await ownDots(ben, c.id)).toBe(0)
    expect(await ownDots(ben, d.id)).toBe(1)
    expect(await ownDots(facilitator, b.id)).toBe(0)
    for (const page of [facilitator, ana, ben]) {
      expect(await page.locator('.ws-dots__total').count()).toBe(0)
      expect(await page.getByTestId('vote-ranking').count()).toBe(0)
    }

    await facilitator.getByRole('button', { name: 'Reveal votes' }).click()
    const expected = [
      [a.title, '3'],
      [b.title, '2'],
      [c.title, '1'],
      [d.title, '1'],
    ]
    for (const page of [facilitator, ana, ben]) {
      await page.getByRole('button', { name: 'Vote', exact: true }).isVisible()
      if ((await page.getByTestId('vote-panel').count()) === 0) {
        await page.getByRole('button', { name: 'Vote', exact: true }).click()
      }
      await expect
        .poll(async () =>
          page
            .getByTestId('ranked-item')
            .evaluateAll((rows) =>
              rows.map((row) => [
                row.querySelector('.ws-rank__label')?.firstChild?.textContent ?? '',
                row.querySelector('[data-testid="ranked-votes"]')?.textContent ?? '',
              ]),
            ),
        )
        .toEqual(expected)
      // The canvas shows everyone's count on the cards.
      await expect
        .poll(() => page.getByTestId(`ws-anchor-${a.id}`).locator('.ws-dots__total').textContent())
        .toBe('3')
    }
    await shot(facilitator, 'vote-revealed')

    await facilitator.getByRole('button', { name: 'Save into map' }).click()
    await expect
      .poll(async () => (await mapJson(map)).map.touchpoints.find((t) => t.id === a.id)?.votes)
      .toBe(3)
    const saved = (await mapJson(map)).map.voteResults?.[0]?.results
    expect(saved?.map((r) => [r.itemId, r.votes, r.rank])).toEqual([
      [a.id, 3, 1],
      [b.id, 2, 2],
      [c.id, 1, 3],
      [d.id, 1, 3],
    ])
  })

  it('a participant comments on a card and the facilitator resolves it', async () => {
    const card = cards[1] as Card
    await ana.locator(`.react-flow__node[data-id="${card.id}"]`).click()
    await ana.getByRole('button', { name: 'Comments', exact: true }).click()
    await ana.getByTestId('comments-panel').getByRole('button', { name: 'New' }).click()
    await ana
      .getByLabel('Write a comment')
      .fill('Why two steps here?\nSee https://example.com/research <b>not bold</b> @Fay')
    await ana.getByLabel('Write a comment').press('Control+Enter')
    await expect.poll(() => ana.getByTestId('comment-thread').count()).toBe(1)

    // The facilitator sees the badge on the card, opens the thread from it and resolves it.
    const badge = facilitator.getByTestId(`ws-anchor-${card.id}`).getByTestId('comment-badge')
    await expect.poll(() => badge.textContent()).toBe('1')
    await expect.poll(() => facilitator.getByTestId('open-comment-count').textContent()).toBe('1')
    await badge.click()
    const thread = facilitator.getByTestId('comment-thread')
    await expect.poll(() => thread.count()).toBe(1)
    // Rendered safely: a real link, the markup as text, the line break kept, the mention marked.
    const text = thread.locator('.ws-text').first()
    expect(await text.locator('a').getAttribute('href')).toBe('https://example.com/research')
    expect(await text.locator('b').count()).toBe(0)
    expect(await text.textContent()).toContain('<b>not bold</b>')
    expect(await text.locator('br').count()).toBe(1)
    expect(await text.locator('.ws-mention--me').textContent()).toBe('@Fay')
    await shot(facilitator, 'comment-panel')
    await thread.getByRole('button', { name: 'Resolve' }).click()

    // Ana's open list empties; the thread is under Resolved, with who resolved it.
    await expect.poll(() => ana.getByTestId('comment-thread').count()).toBe(0)
    await ana.getByRole('tab', { name: 'Resolved' }).click()
    await expect
      .poll(() => ana.getByTestId('comment-thread').textContent())
      .toContain('Resolved by Fay')
    expect(await badge.count()).toBe(0)
  })

  it("'bring everyone to me' moves the participants' viewports to the facilitator's", async () => {
    // Everyone looks somewhere else first.
    await ana.getByRole('button', { name: 'Zoom out' }).click()
    await ben.mouse.move(700, 500)
    await ben.mouse.wheel(0, 500)
    await facilitator.getByRole('button', { name: 'Zoom in' }).click()
    await facilitator.mouse.move(700, 500)
    await facilitator.mouse.wheel(400, -300)
    await facilitator.waitForTimeout(400)
    const target = await viewCenter(facilitator)
    for (const page of [ana, ben]) {
      const before = await viewCenter(page)
      expect(Math.abs(before.x - target.x) + Math.abs(before.y - target.y)).toBeGreaterThan(100)
    }

    await facilitator.getByRole('button', { name: 'Facilitator tools' }).click()
    await facilitator.getByRole('button', { name: 'Bring everyone to me' }).click()
    for (const page of [ana, ben]) {
      await expect.poll(() => page.getByTestId('following').textContent()).toContain('Fay')
      await expect
        .poll(async () => {
          const now = await viewCenter(page)
          return (
            Math.abs(now.x - target.x) < 2 &&
            Math.abs(now.y - target.y) < 2 &&
            Math.abs(now.zoom - target.zoom) < 0.01
          )
        })
        .toBe(true)
    }
    // Where the facilitator goes next, the followers go too; a participant's own pan ends it.
    await facilitator.mouse.wheel(0, 300)
    await facilitator.waitForTimeout(300)
    const next = await viewCenter(facilitator)
    await expect.poll(async () => Math.abs((await viewCenter(ben)).y - next.y) < 2).toBe(true)
    await ben.mouse.move(700, 500)
    await ben.mouse.wheel(0, 200)
    await expect.poll(() => ben.getByTestId('following').count()).toBe(0)

    // Ana opts out ("Stay put"); the next summons brings Ben only.
    await ana.getByRole('button', { name: 'Stay put' }).click()
    await facilitator.getByRole('button', { name: 'Facilitator tools' }).click()
    await facilitator.getByRole('button', { name: 'Bring everyone to me' }).click()
    await expect.poll(() => ben.getByTestId('following').count()).toBe(1)
    expect(await ana.getByTestId('following').count()).toBe(0)
    expect(await ana.getByText('Not following the facilitator').count()).toBe(1)
  })

  it("the facilitator's spotlight outlines the selected card on everyone's canvas, until it ends", async () => {
    const id = cards[0]!.id
    const card = (page: Page) => page.locator(`.react-flow__node[data-id="${id}"]`)
    // The vote ends first: with no vote and no open thread nothing else is drawn over the cards,
    // and the overlay reads the map for the spotlight alone.
    if ((await facilitator.getByTestId('vote-panel').count()) === 0) {
      await facilitator.getByRole('button', { name: 'Vote', exact: true }).click()
    }
    await facilitator.getByRole('button', { name: 'End vote' }).click()
    for (const page of [ana, ben]) {
      await expect.poll(() => page.locator('[data-testid^="ws-anchor-"]').count()).toBe(0)
    }
    await card(facilitator).click()
    await facilitator.getByRole('button', { name: 'Facilitator tools' }).click()
    await facilitator.getByRole('button', { name: 'Spotlight the selection' }).click()
    for (const page of [ana, ben]) {
      await expect.poll(() => page.getByTestId('spotlight').count()).toBe(1)
      const spot = await page.getByTestId('spotlight').boundingBox()
      const box = await card(page).boundingBox()
      if (!spot || !box) throw new Error('the spotlight or the card is not on screen')
      expect(spot.x).toBeLessThan(box.x)
      expect(spot.y).toBeLessThan(box.y)
      expect(spot.x + spot.width).toBeGreaterThan(box.x + box.width)
      expect(spot.y + spot.height).toBeGreaterThan(box.y + box.height)
    }
    await facilitator.getByRole('button', { name: 'Facilitator tools' }).click()
    await facilitator.getByRole('button', { name: 'End the spotlight' }).click()
    for (const page of [ana, ben]) {
      await expect.poll(() => page.getByTestId('spotlight').count()).toBe(0)
    }
  })

  it('a hostile comment-link client sending a map update changes nothing', async () => {
    const before = await mapJson(map)
    const hostile = connectWithToken(server.wsUrl, map.id, { token: map.commentToken })
    try {
      await waitSynced(hostile)
      hostile.doc.getMap('meta').set('title', 'Hijacked')
      hostile.doc.getMap('notes').set('graffiti', new Y.Map<unknown>([['text', 'x']]))
      hostile.doc.getMap('touchpoints').delete(cards[0]!.id)
      await clientBarrier(hostile)
    } finally {
      hostile.destroy()
    }
    const after = await mapJson(map)
    expect(after.map.title).toBe('Onboarding')
    expect(after.map.notes).toEqual(before.map.notes)
    expect(after.map.touchpoints.map((t) => t.id)).toEqual(before.map.touchpoints.map((t) => t.id))
    // And the editors never saw it.
    expect(await facilitator.locator(`.react-flow__node[data-id="${cards[0]!.id}"]`).count()).toBe(
      1,
    )
  })
})
