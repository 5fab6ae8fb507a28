// Version history through the real UI in headless Chromium, two people on one map: one saves a
// named version, the other changes three things; "changes since" lists exactly those three and
// marks them on the canvas; a preview shows the old state read-only; a restore brings both
// browsers back to the version without a reload.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { parseMapFile } from '../../src/domain/format'
import type { JourneyMap } from '../../src/domain/types'
import { openMapAs, serverAndBrowser } from '../support/e2e'

const SHOTS = path.join(os.tmpdir(), 'trailmap-versions-e2e')
fs.rmSync(SHOTS, { recursive: true, force: true })
fs.mkdirSync(SHOTS)

const harness = serverAndBrowser('e2e-versions')
const contexts: BrowserContext[] = []
afterAll(async () => {
  for (const context of contexts) await context.close()
})

async function person(mapId: string): Promise<Page> {
  const page = await openMapAs(harness, contexts, mapId)
  // Marks this page load: a reload would lose it.
  await page.evaluate(() => ((window as unknown as { loadMark: number }).loadMark = 42))
  return page
}

async function serverMap(mapId: string): Promise<JourneyMap> {
  const res = await fetch(`${harness.server.url}api/maps/${mapId}.json`)
  const loaded = parseMapFile(await res.text())
  if (!loaded.ok) throw new Error('not a map')
  return loaded.map
}

const cards = (page: Page) => page.locator('.react-flow__node-touchpoint')
const cardTitled = (page: Page, title: string) => cards(page).filter({ hasText: title })
const phases = (page: Page) => page.locator('.react-flow__node-phase')

/** Fits the whole map into view: nodes outside the view are not in the DOM. */
async function fit(page: Page) {
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('f')
}

describe('version history', () => {
  it('saves a version, lists what another browser changed, previews and restores it for both', async () => {
    const res = await fetch(`${harness.server.url}api/maps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ template: 'classic-5' }),
    })
    const { id } = (await res.json()) as { id: string }
    const before = await serverMap(id)
    const [first, second, third] = Object.values(before.touchpoints)
    const a = await person(id)
    const b = await person(id)

    // A saves a named version from the history panel.
    await a.getByRole('button', { name: 'Version history' }).click()
    const panel = a.getByTestId('versions-panel')
    await panel.getByLabel('Save this state as a version').fill('After workshop 1')
    await panel.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => panel.getByTestId('version').count(), { timeout: 15_000 }).toBe(1)
    await expect
      .poll(() => panel.getByTestId('version').first().textContent())
      .toContain('After workshop 1')

    // B changes three things: retitles a card, deletes another, adds a phase.
    await cardTitled(b, first!.title).first().click()
    await b.getByLabel('Title', { exact: true }).fill('Renamed by B')
    await expect.poll(() => cardTitled(b, 'Renamed by B').count()).toBe(1)
    await b.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } })
    await cardTitled(b, second!.title).first().click()
    await b.keyboard.press('Delete')
    await expect.poll(() => cardTitled(b, second!.title).count()).toBe(0)
    const phaseCount = before.phases.length
    await b.getByRole('button', { name: 'Add phase' }).click()
    await expect.poll(async () => (await serverMap(id)).phases.length).toBe(phaseCount + 1)
    await fit(a)
    await expect.poll(() => phases(a).count()).toBe(phaseCount + 1)
    await expect.poll(() => cardTitled(a, 'Renamed by B').count()).toBe(1)
    await expect.poll(() => cardTitled(a, second!.title).count()).toBe(0)

    // A: what changed since the version — exactly those three.
    const version = panel.getByTestId('version').first()
    await version.getByRole('button', { name: 'Changes since' }).click()
    const changes = panel.getByTestId('changes')
    await expect.poll(() => changes.getByTestId('change').count()).toBe(3)
    const texts = await changes.getByTestId('change').allTextContents()
    expect(texts.some((t) => /phase/i.test(t))).toBe(true)
    expect(texts.some((t) => t.includes('Renamed by B') && t.includes('title'))).toBe(true)
    // The server knows who: B's display name.
    const bName = await b.evaluate(
      () => (JSON.parse(localStorage.getItem('trailmap:user') ?? '{}') as { name?: string }).name,
    )
    expect(bName).toBeTruthy()
    expect(texts.find((t) => t.includes('Renamed by B'))).toContain(`by ${bName}`)
    expect(texts.some((t) => t.includes(second!.title))).toBe(true)
    await expect.poll(() => changes.textContent()).toContain('3 changes since “After workshop 1”')
    // Marked on the canvas: the retitled card as changed, the new phase as added.
    await expect.poll(() => a.locator('.react-flow__node.node--changed').count()).toBe(1)
    await expect.poll(() => a.locator('.react-flow__node.node--added').count()).toBe(1)
    await expect
      .poll(() => cardTitled(a, 'Renamed by B').first().getAttribute('class'))
      .toContain('node--changed')
    // Clicking an entry selects it.
    await changes.getByRole('button', { name: /Renamed by B/ }).click()
    await expect
      .poll(() => a.locator('.react-flow__node-touchpoint.selected').textContent())
      .toContain('Renamed by B')
    await a.screenshot({ path: path.join(SHOTS, 'changes.png') })

    // A previews the version: the old state, read-only, with a banner.
    await changes.getByRole('button', { name: 'All versions' }).click()
    await version.getByRole('button', { name: 'Preview' }).click()
    await expect
      .poll(() => a.getByTestId('preview-banner').textContent())
      .toContain('Previewing “After workshop 1”')
    await expect.poll(() => cardTitled(a, first!.title).count()).toBe(1)
    await expect.poll(() => cardTitled(a, 'Renamed by B').count()).toBe(0)
    await expect.poll(() => phases(a).count()).toBe(phaseCount)
    expect(await a.getByRole('button', { name: 'Add phase' }).isDisabled()).toBe(true)
    // B keeps editing meanwhile; A's preview does not follow, and the live map is unaffected.
    // (Adding the phase panned B's view to it: fit the map first.)
    await fit(b)
    await cardTitled(b, third!.title).first().click()
    await b.getByLabel('Title', { exact: true }).fill('Edited during preview')
    await expect
      .poll(async () => (await serverMap(id)).touchpoints[third!.id]?.title)
      .toBe('Edited during preview')
    expect(await cardTitled(a, 'Edited during preview').count()).toBe(0)
    await a.screenshot({ path: path.join(SHOTS, 'preview.png') })
    await a.getByRole('button', { name: 'Back to the live map' }).click()
    await expect.poll(() => cardTitled(a, 'Edited during preview').count()).toBe(1)

    // A restores the version for everyone.
    await version.getByRole('button', { name: 'Restore…' }).click()
    await version.getByRole('button', { name: 'Restore for everyone' }).click()
    await expect.poll(async () => (await serverMap(id)).phases.length).toBe(phaseCount)
    for (const page of [a, b]) {
      await fit(page)
      await expect.poll(() => cardTitled(page, first!.title).count()).toBe(1)
      await expect.poll(() => cardTitled(page, second!.title).count()).toBe(1)
      await expect.poll(() => cardTitled(page, third!.title).count()).toBe(1)
      await expect.poll(() => phases(page).count()).toBe(phaseCount)
      expect(await page.evaluate(() => (window as unknown as { loadMark?: number }).loadMark)).toBe(
        42,
      )
    }
    const restored = await serverMap(id)
    expect(Object.keys(restored.touchpoints).sort()).toEqual(Object.keys(before.touchpoints).sort())
    expect(restored.touchpoints[first!.id]?.title).toBe(first!.title)
    // The state before the restore is kept as a version of its own.
    await expect.poll(() => panel.getByTestId('version').count()).toBe(2)
    await expect
      .poll(() => panel.getByTestId('version').first().textContent())
      .toContain('Before restoring “After workshop 1”')
    await a.screenshot({ path: path.join(SHOTS, 'restored.png') })
  })
})

describe('as-is → to-be', () => {
  it('forks a version into a linked map and compares the two, curves overlaid', async () => {
    const res = await fetch(`${harness.server.url}api/maps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ template: 'classic-5', title: 'Meal kit as-is' }),
    })
    const { id } = (await res.json()) as { id: string }
    const asIs = await serverMap(id)
    const page = await person(id)
    await page.keyboard.press('Shift+H')
    const panel = page.getByTestId('versions-panel')
    await panel.getByLabel('Save this state as a version').fill('As-is, March')
    await panel.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => panel.getByTestId('version').count(), { timeout: 15_000 }).toBe(1)
    await panel.getByRole('button', { name: 'New map from this version' }).click()
    await expect.poll(() => page.url()).not.toContain(id)
    const forkId = new URL(page.url()).pathname.split('/').at(-1)!
    await expect
      .poll(() => page.locator('.editor__bar').textContent())
      .toContain('Meal kit as-is (to-be)')

    // The to-be changes one step.
    const card = Object.values(asIs.touchpoints).find((c) => c.emotion < 0)!
    await expect.poll(() => cardTitled(page, card.title).count()).toBe(1)
    await cardTitled(page, card.title).first().click()
    await page.getByLabel('Title', { exact: true }).fill('Reminder two days ahead')
    await expect
      .poll(async () => (await serverMap(forkId)).touchpoints[card.id]?.title)
      .toBe('Reminder two days ahead')

    await page.getByRole('button', { name: 'Version history' }).click()
    await panel.getByRole('link', { name: 'Compare as-is with this to-be' }).click()
    const compare = page.getByTestId('compare')
    await expect.poll(() => compare.count()).toBe(1)
    await expect
      .poll(() => page.getByTestId('compare-summary').textContent())
      .toContain('1 changed')
    const changed = compare.locator('[data-testid="compare-pair"][data-status="changed"]')
    await expect.poll(() => changed.count()).toBe(1)
    expect(await changed.textContent()).toContain(card.title)
    expect(await changed.textContent()).toContain('Reminder two days ahead')
    // Both curves are drawn: as-is (dashed) and to-be.
    const curves = page.getByTestId('compare-curves')
    expect(await curves.locator('[data-side="a"] circle').count()).toBeGreaterThan(0)
    expect(await curves.locator('[data-side="b"] circle').count()).toBeGreaterThan(0)
    expect(await compare.textContent()).toContain('“As-is, March”')
    await page.screenshot({ path: path.join(SHOTS, 'compare.png'), fullPage: true })
  })
})
