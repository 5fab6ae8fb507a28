// Any edit-token holder can write anything into a map through the socket. Whatever lands in
// whatever field of whatever kind, every visitor's page still renders the whole map and the
// inspector still opens: bad fields show their defaults and the record carries a "repaired" mark.
// (Before the kind registry, a touchpoint title written as an object blanked the page for all.)

import fc from 'fast-check'
import { expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { collectionOf, fromY, toY } from '../../src/collab/codec'
import { defaultRegistry } from '../../src/domain/kinds/registry'
import { listOf } from '../../src/domain/kinds/collections'
import { connectClient, waitSynced } from '../support/clients'
import { sampleMap } from '../support/sample-map'
import { serverAndBrowser } from '../support/e2e'
import { createMapOn } from '../support/server'

const harness = serverAndBrowser('e2e-repair')

const garbage = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, -0, Infinity, '', 'url(https://evil.example/x)', { x: 'a', y: [] }, [1, 2]),
)
const writes = fc.array(
  fc.record({
    kind: fc.constantFrom(...defaultRegistry.kinds),
    pick: fc.nat(),
    value: garbage,
  }),
  { minLength: 4, maxLength: 14 },
)

async function open(mapId: string): Promise<{ page: Page; errors: string[] }> {
  const context = await harness.browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${harness.server.url}m/${mapId}`)
  await expect
    .poll(() => page.getByTestId('connection').getAttribute('data-state'))
    .toBe('connected')
  return { page, errors }
}

it('renders every record and opens the inspector, whatever peers wrote into the fields', async () => {
  const runs = fc.sample(writes, { numRuns: 4, seed: 20261202 })
  // The one case that used to blank the page, always included.
  runs.unshift([
    { kind: defaultRegistry.byName('touchpoint')!, pick: 0, value: { evil: true } },
  ] as (typeof runs)[number])
  for (const run of runs) {
    const mapId = await createMapOn(harness.server.url, 'Garbage in')
    const client = connectClient(harness.server.wsUrl, mapId)
    await waitSynced(client)
    toY(sampleMap(), client.doc, 'seed')
    client.doc.transact(() => {
      for (const { kind, pick, value } of run) {
        const records = [...collectionOf(client.doc, kind).values()]
        const record = records[pick % Math.max(1, records.length)]
        const fields = Object.keys(kind.fields).filter((field) => field !== 'id')
        record?.set(fields[pick % fields.length] as string, value)
      }
    }, 'peer')
    // What the page must show: the same repaired read of the doc the browser will make.
    const expected = fromY(client.doc)
    const nodes = ['phase', 'touchpoint', 'note']
      .map((name) => listOf(expected, defaultRegistry.byName(name)!).length)
      .reduce((a, b) => a + b, 0)

    const { page, errors } = await open(mapId)
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(nodes)
    await expect
      .poll(() => page.locator('.react-flow__edge').count())
      .toBe(Object.keys(expected.edges).length)
    // A position repaired to its default may put one card over another: click where the first
    // card is, whichever card is on top there (either opens the touchpoint inspector).
    const card = page.locator('.react-flow__node-touchpoint').first()
    await card.click({ force: true })
    await expect
      .poll(() => page.getByTestId('inspector').getByRole('heading').first().textContent())
      .toBe('Touchpoint')
    if (run.length === 1) {
      // The object title: the default shows, and the card says it was repaired.
      await expect.poll(() => page.getByTestId('repaired-mark').count()).toBeGreaterThan(0)
      expect(await page.getByText('New touchpoint').count()).toBeGreaterThan(0)
    }
    expect(errors).toEqual([])
    await page.context().close()
    client.destroy()
  }
})
