// The PDF's summary: one table row per touchpoint in reading order (phase, touchpoint, channel,
// emotion, pain points, opportunities, metrics), wrapped to fit and split over as many A3 sheets
// as it needs, with the header row repeated on each.

import { messagesFor, type Locale } from '../../domain/i18n'
import type { JourneyMap } from '../../domain/types'
import { STATUS_COLORS } from './card-shapes'
import { emotionFace } from './emotion-face'
import { MARGIN, SHEET } from './cover-scene'
import { readingOrder } from './digest'
import type { Scene, Shape } from './scene'
import { deliverableText, emotionLabel } from './strings'
import { wrapText } from './text-metrics'

const FONT = { size: 9.5 } as const
const LINE = 12
const PAD = 6
/** Share of the width of each column. */
const COLUMNS = [
  ['phase', 0.11],
  ['touchpoint', 0.17],
  ['channel', 0.09],
  ['emotion', 0.09],
  ['painPoints', 0.2],
  ['opportunities', 0.2],
  ['metrics', 0.14],
] as const
type ColumnId = (typeof COLUMNS)[number][0]

const MAX_LINES = 8

export function summaryScenes(map: JourneyMap, locale: Locale): Scene[] {
  const text = deliverableText(locale)
  const width = SHEET.width - 2 * MARGIN
  const xs: number[] = []
  let cx = MARGIN
  for (const [, share] of COLUMNS) {
    xs.push(cx)
    cx += share * width
  }
  const colWidth = (i: number) => COLUMNS[i]![1] * width - 2 * PAD
  const rows = readingOrder(map, locale).map(({ card, phaseName, metrics }) => {
    const cells: Record<ColumnId, string[]> = {
      phase: [phaseName ?? text.noPhase],
      touchpoint: [card.title || text.untitledTouchpoint],
      channel: [messagesFor(locale).vocabulary.channels[card.channel]],
      emotion: [emotionLabel(locale, card.emotion)],
      painPoints: card.painPoints.length ? card.painPoints.map((p) => `• ${p}`) : [text.none],
      opportunities: card.opportunities.length
        ? card.opportunities.map((o) => `• ${o}`)
        : [text.none],
      metrics: metrics.length
        ? metrics.map(
            (m) =>
              `${m.label}: ${m.value}${m.target === null ? '' : ` (${text.target(m.target)})`}`,
          )
        : [text.none],
    }
    const wrapped = COLUMNS.map(([id], i) => {
      const font = id === 'touchpoint' ? { size: FONT.size, bold: true } : FONT
      return cells[id]
        .flatMap((text) => wrapText(text, colWidth(i) - (id === 'emotion' ? 16 : 0), font))
        .slice(0, MAX_LINES)
    })
    const lines = Math.max(1, ...wrapped.map((cell) => cell.length))
    return { card, wrapped, metrics, height: lines * LINE + 2 * PAD }
  })

  const pages: Scene[] = []
  const headerY = MARGIN + 36
  const headerHeight = 22
  const bottom = SHEET.height - MARGIN - 10
  let shapes: Shape[] = []
  let y = 0
  const startPage = () => {
    shapes = [
      {
        type: 'text',
        x: MARGIN,
        y: MARGIN + 14,
        lines: [text.summaryHeading],
        size: 18,
        bold: true,
        color: '#0f172a',
        lineHeight: 20,
      },
      { type: 'rect', x: MARGIN, y: headerY, width, height: headerHeight, fill: '#1e293b' },
      ...COLUMNS.map(([id], i): Shape => ({
        type: 'text',
        x: xs[i]! + PAD,
        y: headerY + 15,
        lines: [text.columns[id]],
        size: 9.5,
        bold: true,
        color: '#ffffff',
        lineHeight: 11,
      })),
    ]
    y = headerY + headerHeight
  }
  const finishPage = () =>
    pages.push({
      frame: { x: 0, y: 0, width: SHEET.width, height: SHEET.height },
      background: '#ffffff',
      groups: [
        {
          id: `summary-${pages.length + 1}`,
          kind: 'background',
          title: text.summaryHeading,
          shapes,
        },
      ],
    })
  startPage()
  rows.forEach((row, index) => {
    if (y + row.height > bottom) {
      finishPage()
      startPage()
    }
    if (index % 2 === 1)
      shapes.push({ type: 'rect', x: MARGIN, y, width, height: row.height, fill: '#f8fafc' })
    shapes.push({
      type: 'path',
      commands: [
        { op: 'M', x: MARGIN, y: y + row.height },
        { op: 'L', x: MARGIN + width, y: y + row.height },
      ],
      stroke: '#e2e8f0',
      strokeWidth: 0.6,
    })
    row.wrapped.forEach((lines, i) => {
      const id = COLUMNS[i]![0]
      const indent = id === 'emotion' ? 16 : 0
      const color =
        id === 'painPoints' && row.card.painPoints.length
          ? '#991b1b'
          : id === 'opportunities' && row.card.opportunities.length
            ? '#065f46'
            : '#0f172a'
      shapes.push({
        type: 'text',
        x: xs[i]! + PAD + indent,
        y: y + PAD + 9,
        lines,
        size: FONT.size,
        bold: id === 'touchpoint',
        color,
        lineHeight: LINE,
      })
    })
    const emotionX = xs[COLUMNS.findIndex(([id]) => id === 'emotion')]!
    shapes.push(...emotionFace(emotionX + PAD + 6, y + PAD + 5.5, 5.5, row.card.emotion))
    const metricsX = xs[COLUMNS.findIndex(([id]) => id === 'metrics')]!
    // A status dot per metric, when each metric took one line (wrapped ones would misalign).
    const metricLines = row.wrapped[COLUMNS.findIndex(([id]) => id === 'metrics')]!.length
    const dotted = metricLines === row.metrics.length ? row.metrics : []
    dotted.forEach((metric, i) => {
      shapes.push({
        type: 'circle',
        cx: metricsX + 2,
        cy: y + PAD + 6 + i * LINE,
        r: 2.2,
        fill: STATUS_COLORS[metric.status],
      })
    })
    y += row.height
  })
  finishPage()
  return pages
}
