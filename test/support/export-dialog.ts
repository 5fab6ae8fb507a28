// Exports the open map through the real Export dialog as a 1× PNG on white with the given
// padding, and reads the downloaded picture back.

import fs from 'node:fs'
import path from 'node:path'
import { PNG } from 'pngjs'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/** `pane` is a point of empty canvas to click first, so no field has the keyboard. */
export async function exportPng(
  page: Page,
  options: { padding: number; dir: string; pane: { x: number; y: number } },
): Promise<PNG> {
  await page.locator('.react-flow__pane').click({ position: options.pane })
  await page.keyboard.press('Control+e')
  const dialog = page.getByRole('dialog', { name: 'Export map' })
  await expect.poll(() => dialog.isVisible()).toBe(true)
  await dialog.getByRole('radio', { name: /^PNG/ }).check()
  await dialog.getByRole('radio', { name: '1×' }).check()
  await dialog.getByRole('radio', { name: 'White' }).check()
  await dialog.getByLabel('Padding').fill(String(options.padding))
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    dialog.getByRole('button', { name: 'Export' }).click(),
  ])
  const file = path.join(options.dir, download.suggestedFilename())
  await download.saveAs(file)
  return PNG.sync.read(fs.readFileSync(file))
}
