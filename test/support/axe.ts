// axe-core (the engine behind most accessibility checkers) run inside a real page: the WCAG 2.1
// A and AA rules, each violation with the elements it found.

import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

export interface AxeViolation {
  id: string
  help: string
  targets: string[]
}

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated, not added as a <script>: the page's Content-Security-Policy forbids inline scripts.
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(axeSource)
  const result = (await page.evaluate(`axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  })`)) as { violations: { id: string; help: string; nodes: { target: string[] }[] }[] }
  return result.violations.map((v) => ({
    id: v.id,
    help: v.help,
    targets: v.nodes.map((node) => node.target.join(' ')),
  }))
}
