// German and English in headless Chromium against the real server: a German browser gets the
// German interface (and a German template), the header's switch changes the language live and
// this browser remembers it, an English browser is not affected. While German is on, no English
// sentence of the catalogues may be on the page — text written in a component instead of taken
// from the catalogues shows up here even where the source check cannot see it.

import type { BrowserContext, Page } from 'playwright-core'
import { afterEach, expect, it } from 'vitest'
import { messagesFor } from '../../src/domain/i18n'
import { serverAndBrowser } from '../support/e2e'

const harness = serverAndBrowser('e2e-i18n')
const contexts: BrowserContext[] = []
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()))
})

const de = messagesFor('de')
const en = messagesFor('en')

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(leaves)
  return []
}

/**
 * English messages that must not appear in the German interface: those German says differently,
 * long enough to be unmistakable (not "Workshop", "Persona" or "Touchpoint").
 */
const englishOnly = (() => {
  const german = new Set(leaves(de))
  return new Set(leaves(en).filter((text) => !german.has(text) && text.length >= 8))
})()

/** Every text a person reads or hears on the page: visible lines and accessible names. */
async function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts = new Set<string>()
    for (const line of document.body.innerText.split('\n')) if (line.trim()) texts.add(line.trim())
    for (const el of document.querySelectorAll('[title], [aria-label], [placeholder], [alt]')) {
      for (const name of ['title', 'aria-label', 'placeholder', 'alt']) {
        const value = el.getAttribute(name)
        if (value?.trim()) texts.add(value.trim())
      }
    }
    return [...texts]
  })
}

async function englishLeftovers(page: Page): Promise<string[]> {
  return (await pageTexts(page)).filter((text) => englishOnly.has(text))
}

async function newMap(locale: 'de' | 'en'): Promise<string> {
  const res = await fetch(`${harness.server.url}api/maps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template: 'classic-5', locale }),
  })
  expect(res.status).toBe(201)
  return ((await res.json()) as { id: string }).id
}

async function browserIn(locale: string): Promise<Page> {
  const context = await harness.browser.newContext({
    locale,
    viewport: { width: 1440, height: 900 },
  })
  contexts.push(context)
  const page = await context.newPage()
  page.on('pageerror', (error) => {
    throw error
  })
  return page
}

async function openEditor(page: Page, id: string) {
  await page.goto(`${harness.server.url}m/${id}`)
  await expect
    .poll(() => page.getByTestId('connection').getAttribute('data-state'), { timeout: 15_000 })
    .toBe('connected')
  await expect.poll(() => page.locator('.react-flow__node-touchpoint').count()).toBeGreaterThan(0)
}

it('a German browser gets the German editor, with a German template and no English left', async () => {
  const id = await newMap('de')
  const page = await browserIn('de-DE')
  await openEditor(page, id)
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('de')

  // The seeds' phase names, the header and the toolbar in German.
  for (const phase of ['Aufmerksamkeit', 'Erwägung', 'Weiterempfehlung']) {
    await expect.poll(() => page.getByText(phase, { exact: true }).count()).toBeGreaterThan(0)
  }
  expect(await page.getByRole('button', { name: 'Map teilen' }).textContent()).toContain('Teilen')
  await page.getByRole('button', { name: de.commands.addTouchpoint }).waitFor()
  expect(await page.getByRole('toolbar', { name: de.toolbar.label }).isVisible()).toBe(true)
  expect(await page.getByRole('combobox', { name: 'Sprache' }).inputValue()).toBe('de')

  // A card selected: the inspector; then the shortcuts dialog.
  await page.locator('.react-flow__node-touchpoint').first().click()
  await page.waitForTimeout(200)
  expect(await englishLeftovers(page)).toEqual([])
  await page.screenshot({ path: '/tmp/i18n-editor-de.png' })

  await page.locator('.react-flow__pane').click({ position: { x: 700, y: 820 } })
  await page.keyboard.press('?')
  const shortcuts = page.getByRole('dialog', { name: 'Tastenkürzel' })
  await shortcuts.waitFor()
  expect(await shortcuts.getByRole('heading', { name: 'Bearbeiten' }).count()).toBe(1)
  expect(await shortcuts.getByText('Rückgängig', { exact: true }).count()).toBe(1)
  expect(await englishLeftovers(page)).toEqual([])
  await page.screenshot({ path: '/tmp/i18n-shortcuts-de.png' })
  await page.keyboard.press('Escape')

  // Share and export dialogs.
  await page.getByRole('button', { name: 'Map teilen' }).click()
  await page.getByRole('dialog').waitFor()
  expect(await englishLeftovers(page)).toEqual([])
  await page.screenshot({ path: '/tmp/i18n-share-de.png' })
  await page.keyboard.press('Escape')
  await page.getByRole('dialog').waitFor({ state: 'detached' })
  await page.getByRole('button', { name: de.commands.export }).click()
  await page.getByRole('dialog').waitFor()
  expect(await englishLeftovers(page)).toEqual([])
  await page.screenshot({ path: '/tmp/i18n-export-de.png' })
})

it('the switch changes the language live, and this browser remembers it; others keep theirs', async () => {
  const id = await newMap('en')
  const page = await browserIn('de-DE')
  await openEditor(page, id)
  const share = page.getByRole('button', { name: 'Map teilen' })
  await share.waitFor()

  await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en')
  await page.getByRole('button', { name: 'Share map' }).waitFor()
  expect(await share.count()).toBe(0)
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
  expect(await page.getByRole('button', { name: en.commands.addTouchpoint }).count()).toBe(1)

  // Remembered across a reload, although the browser's own language is German.
  await openEditor(page, id)
  expect(await page.getByRole('combobox', { name: 'Language' }).inputValue()).toBe('en')
  await page.getByRole('button', { name: 'Share map' }).waitFor()

  // And back to German on the map list, where the switch is too.
  await page.goto(harness.server.url)
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de')
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('de')
  expect(await englishLeftovers(page)).toEqual([])
  await page.screenshot({ path: '/tmp/i18n-map-list-de.png' })

  // Another browser (English) is not affected by this one's choice.
  const english = await browserIn('en-US')
  await openEditor(english, id)
  expect(await english.getByRole('button', { name: 'Share map' }).count()).toBe(1)
  expect(await english.evaluate(() => document.documentElement.lang)).toBe('en')
})
