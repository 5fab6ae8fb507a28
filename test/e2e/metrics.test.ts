// Metrics end to end, in headless Chromium against the real server: a metrics sheet imported
// through the Import dialog (a bad one first: every problem named, nothing added), the values
// shown red / amber / green in the inspector of a card and of a phase, and the heat overlay
// colouring the phase columns by pain points and then by metrics. Axe finds nothing wrong.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commitMap, fromY } from '../../src/collab/codec'
import { createPhase, createTouchpoint, emptyMap } from '../../src/domain/defaults'
import { createLane } from '../../src/domain/kinds/lane'
import { createMetric } from '../../src/domain/kinds/metric'
import type { JourneyMap } from '../../src/domain/types'
import { axeViolations } from '../support/axe'
import { connectClient, waitFor, waitSynced, type TestClient } from '../support/clients'
import { serverAndBrowser } from '../support/e2e'
import { createMapOn } from '../support/server'

// Screenshots of the last run, to look at (not compared to goldens).
const SHOTS = path.join(os.tmpdir(), 'trailmap-metrics-e2e')
fs.rmSync(SHOTS, { recursive: true, force: true })
fs.mkdirSync(SHOTS)

const harness = serverAndBrowser('e2e-metrics', { TRAILMAP_AUTH: 'off' })
let context: BrowserContext
let page: Page
let mapId = ''
const clients: TestClient[] = []

function seededMap(): JourneyMap {
  const phases = [
    createPhase({ id: 'p-aw', name: 'Awareness', color: '#60a5fa' }),
    createPhase({ id: 'p-pu', name: 'Purchase', color: '#34d399' }),
    createPhase({ id: 'p-us', name: 'Usage', color: '#fbbf24' }),
  ]
  const lanes = [
    createLane({ id: 'l-act', type: 'text', name: 'Customer actions' }),
    createLane({ id: 'l-met', type: 'metrics', name: 'Metrics' }, 1),
  ]
  const card = (id: string, title: string, phaseId: string, painPoints: string[]) =>
    createTouchpoint({
      id,
      title,
      phaseId,
      laneId: 'l-act',
      painPoints,
      position: { x: 32, y: 24 },
    })
  const touchpoints = [
    card('t-ad', 'Social ad', 'p-aw', ['Too generic']),
    card('t-co', 'Checkout', 'p-pu', ['Slow', 'Hidden fees', 'Forced sign-up', 'No PayPal']),
    card('t-ob', 'Onboarding email', 'p-us', []),
  ]
  return {
    ...emptyMap('Metrics journey'),
    phases,
    lanes,
    touchpoints: Object.fromEntries(touchpoints.map((t) => [t.id, t])),
  }
}

const SHEET = [
  'date,phase,touchpoint,metric,value,target,unit,source',
  '2025-01-31,Purchase,Checkout,Conversion rate,2.1,4,%,analytics',
  '2025-02-28,Purchase,Checkout,Conversion rate,2.6,4,%,analytics',
  '2025-03-31,Purchase,Checkout,Conversion rate,3.1,4,%,analytics',
  '2025-03-31,Purchase,Checkout,CSAT,76,80,%,survey',
  '2025-03-31,,Checkout,Time on task,48,60,s,usability test',
  '2025-03-31,Awareness,,NPS,32,30,,survey',
  '2025-03-31,Usage,,Drop-off rate,12,11,%,analytics',
].join('\n')

const cards = () => page.locator('.react-flow__node-touchpoint')
const dialog = (name: string) => page.getByRole('dialog', { name })
const inspector = () => page.getByRole('complementary')

async function serverMap(): Promise<JourneyMap> {
  const client = connectClient(harness.server.wsUrl, mapId)
  clients.push(client)
  await waitSynced(client)
  const map = fromY(client.doc)
  client.destroy()
  return map
}

async function importSheet(name: string, text: string) {
  const file = path.join(SHOTS, name)
  fs.writeFileSync(file, text)
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 500 } })
  await page.keyboard.press('Control+o')
  await expect.poll(() => dialog('Import').isVisible()).toBe(true)
  await dialog('Import').locator('input[type=file]').setInputFiles(file)
}

beforeAll(async () => {
  const { server, browser } = harness
  mapId = await createMapOn(server.url, 'Metrics journey')
  const writer = connectClient(server.wsUrl, mapId)
  clients.push(writer)
  await waitSynced(writer)
  commitMap(writer.doc, fromY(writer.doc), seededMap())
  await waitFor(() => Object.keys(fromY(writer.doc).touchpoints).length === 3, 'the seed')
  context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  })
  page = await context.newPage()
  page.on('pageerror', (error) => {
    throw error
  })
})

afterAll(async () => {
  for (const client of clients) client.destroy()
  await context?.close()
})

describe('metrics', () => {
  it('opens the seeded map', async () => {
    await page.goto(`${harness.server.url}m/${mapId}`)
    await expect
      .poll(() => page.getByTestId('connection').getAttribute('data-state'))
      .toBe('connected')
    await expect.poll(() => cards().count()).toBe(3)
  })

  it('refuses a sheet with bad rows, naming row and column, and adds nothing', async () => {
    await importSheet(
      'bad-metrics.csv',
      'date,phase,touchpoint,metric,value\n2025-13-01,Purchase,Checkout,NPS,12\n,Nowhere,,CSAT,high\n',
    )
    const problems = dialog('Import').getByRole('list', { name: 'Problems' }).getByRole('listitem')
    await expect
      .poll(() => problems.allTextContents())
      .toEqual([
        'row 2, date"2025-13-01" is not a date written YYYY-MM-DD (such as 2025-03-31)',
        'row 3, value"high" is not a number',
        'row 3, phaseno phase is called "Nowhere" (phases: Awareness, Purchase, Usage)',
      ])
    await page.keyboard.press('Escape')
    expect((await serverMap()).metrics).toEqual({})
  })

  it('imports a metrics sheet and shows red, amber and green in the inspector', async () => {
    await importSheet('metrics.csv', SHEET)
    const importDialog = dialog('Import')
    await expect
      .poll(() => importDialog.getByTestId('import-summary').textContent())
      .toContain('On 3 phases and touchpoints')
    await importDialog.screenshot({ path: path.join(SHOTS, 'import-metrics.png') })
    await importDialog.getByRole('button', { name: 'Add metrics' }).click()
    await expect.poll(async () => Object.keys((await serverMap()).metrics).length).toBe(7)

    // The metrics lane shows each phase's chips, and its cards' named by the card.
    const lane = page.getByTestId('metrics-lane')
    const chips = (phase: string) =>
      lane
        .locator(`[data-phase="${phase}"] .metric-chip`)
        .evaluateAll((items) =>
          items.map((item) => [item.getAttribute('data-status'), item.textContent ?? '']),
        )
    await expect.poll(() => chips('Awareness')).toEqual([['green', 'On targetNPS32']])
    await expect
      .poll(() => chips('Purchase'))
      .toEqual([
        ['red', 'Off targetCheckout · Conversion rate3.1%'],
        ['amber', 'Near targetCheckout · CSAT76%'],
        ['green', 'On targetCheckout · Time on task48 s'],
      ])
    await expect.poll(() => chips('Usage')).toEqual([['amber', 'Near targetDrop-off rate12%']])
    await page.screenshot({ path: path.join(SHOTS, 'metrics-lane.png') })

    // The card shows a compact badge: three series, the worst one red.
    const checkout = cards().filter({ hasText: 'Checkout' })
    await expect
      .poll(() => checkout.locator('.badge--metric').getAttribute('aria-label'))
      .toBe('3 metrics, off target')

    await checkout.click({ position: { x: 150, y: 20 } })
    const rows = inspector().getByTestId('metric-row')
    await expect.poll(() => rows.count()).toBe(3)
    const summary = async () =>
      (await rows.all()).map(async (row) => [
        await row.getAttribute('data-status'),
        (await row.locator('.insp-metric__summary').innerText()).replace(/\s+/g, ' ').trim(),
      ])
    await expect
      .poll(async () => Promise.all(await summary()))
      .toEqual([
        ['red', 'Conversion rate 3.1% Off target Target 4%'],
        ['amber', 'CSAT 76% Near target Target 80%'],
        ['green', 'Time on task 48 s On target Target 60 s'],
      ])
    // Three dated conversion values draw a sparkline.
    expect(await rows.first().locator('svg.spark polyline').count()).toBe(1)
    await inspector()
      .locator('.insp-metrics')
      .screenshot({ path: path.join(SHOTS, 'inspector-metrics-list.png') })
    await rows.first().locator('.insp-metric__summary').click()
    await expect
      .poll(() => rows.first().getByRole('list', { name: 'Values of Conversion rate' }).innerText())
      .toContain('Jan 31, 2025')
    await inspector().screenshot({ path: path.join(SHOTS, 'inspector-metrics.png') })
    expect(await axeViolations(page)).toEqual([])

    // An edit in the inspector runs a command and reaches the server.
    await rows.first().getByLabel('Target').fill('3')
    await expect.poll(() => rows.first().getAttribute('data-status')).toBe('green')
    await expect
      .poll(async () => Object.values((await serverMap()).metrics).filter((m) => m.target === 3))
      .toHaveLength(1)
  })

  it('exports the metrics as a sheet of the same shape', async () => {
    await page.locator('.react-flow__pane').click({ position: { x: 30, y: 500 } })
    await page.keyboard.press('Control+e')
    const exportDialog = dialog('Export map')
    await exportDialog.getByRole('radio', { name: /^CSV/ }).check()
    await exportDialog
      .getByRole('group', { name: 'Rows' })
      .getByRole('radio', { name: 'Metrics' })
      .check()
    await exportDialog.screenshot({ path: path.join(SHOTS, 'export-metrics.png') })
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exportDialog.getByRole('button', { name: 'Export' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('metrics-journey-metrics.csv')
    const file = path.join(SHOTS, download.suggestedFilename())
    await download.saveAs(file)
    const rows = fs
      .readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(rows).toEqual([
      'date,phase,touchpoint,metric,value,target,unit,source,better',
      '2025-03-31,Awareness,,NPS,32,30,,survey,higher',
      '2025-01-31,Purchase,Checkout,Conversion rate,2.1,4,%,analytics,higher',
      '2025-02-28,Purchase,Checkout,Conversion rate,2.6,4,%,analytics,higher',
      '2025-03-31,Purchase,Checkout,Conversion rate,3.1,3,%,analytics,higher',
      '2025-03-31,Purchase,Checkout,CSAT,76,80,%,survey,higher',
      '2025-03-31,Purchase,Checkout,Time on task,48,60,s,usability test,lower',
      '2025-03-31,Usage,,Drop-off rate,12,11,%,analytics,lower',
    ])
    await page.keyboard.press('Escape')
  })

  it('shows a phase’s own metrics in its inspector', async () => {
    await page.locator('.phase__header').filter({ hasText: 'Usage' }).click()
    const rows = inspector().getByTestId('metric-row')
    await expect.poll(() => rows.count()).toBe(1)
    expect(await rows.first().getAttribute('data-status')).toBe('amber')
    expect(await rows.first().innerText()).toContain('Drop-off rate')
  })

  it('colours phase columns by pain points, then by metrics, and turns off', async () => {
    const heatOf = () =>
      page
        .locator('[data-testid="phase-column"]')
        .evaluateAll((columns) =>
          columns.map((c) => [c.getAttribute('data-heat-mode'), c.getAttribute('data-heat')]),
        )
    await page.locator('.react-flow__pane').click({ position: { x: 30, y: 500 } })
    await page.keyboard.press('h')
    await expect.poll(heatOf).toEqual([
      ['pain', '1'],
      ['pain', '2'],
      ['pain', '0'],
    ])
    await expect.poll(() => page.getByTestId('heat-legend').innerText()).toContain('Pain points')
    await page.getByRole('button', { name: 'Metrics', exact: true }).click()
    await expect.poll(heatOf).toEqual([
      ['metrics', '1'],
      ['metrics', '2'],
      ['metrics', '2'],
    ])
    const background = await page
      .locator('[data-testid="phase-column"]')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor)
    expect(background).not.toBe('rgb(255, 255, 255)')
    await page.screenshot({ path: path.join(SHOTS, 'heat-overlay.png') })
    expect(await axeViolations(page)).toEqual([])
    // Cards were not re-rendered by the toggle: they carry no heat attribute of their own.
    expect(await cards().locator('[data-heat]').count()).toBe(0)
    await page.keyboard.press('h')
    await expect.poll(heatOf).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ])
    expect(await page.getByTestId('heat-legend').count()).toBe(0)
  })

  it('lists metrics on nothing on the map panel, to place them', async () => {
    // A peer writes a metric whose card does not exist: the mirror shows it unassigned.
    const writer = connectClient(harness.server.wsUrl, mapId)
    clients.push(writer)
    await waitSynced(writer)
    const before = fromY(writer.doc)
    const stray = createMetric({ id: 'm-stray', type: 'ces', value: 5.2, touchpointId: 'gone' })
    commitMap(writer.doc, before, { ...before, metrics: { ...before.metrics, [stray.id]: stray } })
    await page.locator('.react-flow__pane').click({ position: { x: 30, y: 500 } })
    const place = inspector().getByLabel('Place CES on')
    await expect.poll(() => place.count()).toBe(1)
    await inspector().screenshot({ path: path.join(SHOTS, 'unassigned-metrics.png') })
    expect(await axeViolations(page)).toEqual([])
    await place.selectOption({ label: 'Usage' })
    await expect
      .poll(async () => (await serverMap()).metrics['m-stray'])
      .toMatchObject({ phaseId: 'p-us', touchpointId: null })
    await expect.poll(() => place.count()).toBe(0)
    writer.destroy()
  })
})
