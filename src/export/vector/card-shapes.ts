// A touchpoint card and an emotion face as vector shapes, laid out like the canvas card
// (src/canvas/nodes/TouchpointNode.tsx): channel and face in the head, the title in bold, badges
// for pain points, opportunities, evidence and metrics at the foot.

import { CARD_SIZE } from '../../domain/card'
import { groupSeries, worstStatus, type MetricStatus } from '../../domain/metric-status'
import { metricsOn } from '../../domain/kinds/metric'
import { formatNumber, messagesFor, type Locale } from '../../domain/i18n'
import type { JourneyMap, Point, Touchpoint } from '../../domain/types'
import { EMOTION_COLORS } from '../../domain/vocabulary'
import { emotionFace } from './emotion-face'
import { tint, topRoundedRect, xmlId, type Group, type Shape } from './scene'
import { deliverableText, emotionLabel } from './strings'
import { ellipsize, textWidth, wrapText } from './text-metrics'

export const STATUS_COLORS: Readonly<Record<MetricStatus, string>> = {
  green: '#15803d',
  amber: '#b45309',
  red: '#b91c1c',
  none: '#475569',
}

interface Badge {
  readonly text: string
  readonly color: string
  readonly background: string
}

function badgesOf(map: JourneyMap, card: Touchpoint, locale: Locale): Badge[] {
  const text = deliverableText(locale)
  const badges: Badge[] = []
  if (card.painPoints.length > 0) {
    badges.push({
      text: messagesFor(locale).vocabulary.painPointCount(card.painPoints.length),
      color: '#b91c1c',
      background: '#fee2e2',
    })
  }
  if (card.opportunities.length > 0) {
    badges.push({
      text: text.opportunities(card.opportunities.length),
      color: '#047857',
      background: '#d1fae5',
    })
  }
  const series = groupSeries(metricsOn(map, { touchpointId: card.id }), messagesFor(locale))
  if (series.length > 0) {
    const status = worstStatus(series.map((s) => s.status))
    const first = series[0]!.latest
    badges.push({
      text: `${series[0]!.label} ${formatValue(first.value, first.unit, locale)}`,
      color: STATUS_COLORS[status],
      background: tint(STATUS_COLORS[status], 0.88),
    })
  }
  badges.push({
    text: messagesFor(locale).vocabulary.evidence[card.evidence],
    color: '#334155',
    background: '#f1f5f9',
  })
  return badges
}

export function formatValue(value: number, unit: string, locale: Locale): string {
  const number = formatNumber(locale, value, { maximumFractionDigits: 2 })
  if (unit === '') return number
  return unit === '%' ? `${number}%` : `${number} ${unit}`
}

const BADGE_FONT = { size: 10.5, bold: true } as const
const TITLE_FONT = { size: 15, bold: true } as const
const CHANNEL_FONT = { size: 11.5 } as const

export function cardGroup(map: JourneyMap, card: Touchpoint, at: Point, locale: Locale): Group {
  const { width: w, height: h } = CARD_SIZE
  const { x, y } = at
  const color = EMOTION_COLORS[card.emotion]
  const title = card.title.trim() === '' ? deliverableText(locale).untitledTouchpoint : card.title
  const shapes: Shape[] = [
    // A soft shadow, then the card, then its emotion band.
    {
      type: 'rect',
      x: x + 1,
      y: y + 2,
      width: w,
      height: h,
      radius: 8,
      fill: '#0f172a',
      opacity: 0.08,
    },
    {
      type: 'rect',
      x,
      y,
      width: w,
      height: h,
      radius: 8,
      fill: '#ffffff',
      stroke: '#cbd5e1',
      strokeWidth: 1,
    },
    { type: 'path', commands: topRoundedRect(x, y, w, 5, 8), fill: color },
    {
      type: 'text',
      x: x + 12,
      y: y + 25,
      lines: [
        ellipsize(messagesFor(locale).vocabulary.channels[card.channel], w - 64, CHANNEL_FONT),
      ],
      size: CHANNEL_FONT.size,
      color: '#475569',
      lineHeight: 14,
    },
    ...emotionFace(x + w - 22, y + 21, 11, card.emotion),
    {
      type: 'text',
      x: x + 12,
      y: y + 50,
      lines: wrapText(title, w - 24, TITLE_FONT, 3),
      size: TITLE_FONT.size,
      bold: true,
      color: card.title.trim() === '' ? '#64748b' : '#0f172a',
      lineHeight: 18,
    },
  ]
  let bx = x + 12
  for (const badge of badgesOf(map, card, locale)) {
    const bw = textWidth(badge.text, BADGE_FONT) + 12
    if (bx + bw > x + w - 10) break
    shapes.push(
      {
        type: 'rect',
        x: bx,
        y: y + h - 26,
        width: bw,
        height: 17,
        radius: 8.5,
        fill: badge.background,
      },
      {
        type: 'text',
        x: bx + 6,
        y: y + h - 14,
        lines: [badge.text],
        size: BADGE_FONT.size,
        bold: true,
        color: badge.color,
        lineHeight: 12,
      },
    )
    bx += bw + 6
  }
  const described = [
    title,
    `${messagesFor(locale).vocabulary.channels[card.channel]} · ${emotionLabel(locale, card.emotion)}`,
    ...card.painPoints.map((p) => `− ${p}`),
    ...card.opportunities.map((o) => `+ ${o}`),
  ]
  return {
    id: xmlId('card', card.id),
    kind: 'card',
    title: described.join('\n'),
    recordId: card.id,
    shapes,
  }
}
