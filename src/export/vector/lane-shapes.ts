// Lanes as vector shapes: the band and its label, a blueprint line, and the lanes drawn from the
// map — the emotion curve (one line per visible persona, dashed to-be), the phase metrics, and the
// pain points and opportunities as cards of their own (geometry of src/canvas/lanes).

import { emotionCurves } from '../../domain/curve'
import { LANE_LABEL_WIDTH, phaseColumns, type LaneRow } from '../../domain/geometry'
import { insightColumns, insightFieldOf } from '../../domain/insights'
import { laneWidth } from '../../domain/kinds/lane'
import { metricsOn } from '../../domain/kinds/metric'
import { groupSeries } from '../../domain/metric-status'
import { messagesFor, type Locale } from '../../domain/i18n'
import type { JourneyMap } from '../../domain/types'
import { EMOTIONS, isLineLane, type Emotion } from '../../domain/vocabulary'
import { STATUS_COLORS, formatValue } from './card-shapes'
import { tint, xmlId, type Group, type PathCommand, type Shape } from './scene'
import { deliverableText } from './strings'
import { ellipsize, wrapText } from './text-metrics'

const LABEL_FONT = { size: 13, bold: true } as const

export function laneGroup(map: JourneyMap, row: LaneRow, locale: Locale): Group {
  const { lane } = row
  const left = -LANE_LABEL_WIDTH
  const width = laneWidth(map)
  const shapes: Shape[] = []
  if (isLineLane(lane.type)) {
    const mid = row.y + row.height / 2
    shapes.push(
      {
        type: 'path',
        commands: [
          { op: 'M', x: left, y: mid },
          { op: 'L', x: left + width, y: mid },
        ],
        stroke: lane.color,
        strokeWidth: 2,
        dash: [8, 5],
      },
      {
        type: 'rect',
        x: left + 4,
        y: mid - 10,
        width: LANE_LABEL_WIDTH - 8,
        height: 20,
        radius: 4,
        fill: '#ffffff',
      },
      {
        type: 'text',
        x: left + 10,
        y: mid + 4,
        lines: [ellipsize(lane.name, LANE_LABEL_WIDTH - 20, { size: 11.5, bold: true })],
        size: 11.5,
        bold: true,
        color: lane.color,
        lineHeight: 14,
      },
    )
  } else {
    shapes.push(
      {
        type: 'rect',
        x: left,
        y: row.y,
        width,
        height: row.height,
        fill: tint(lane.color, 0.9),
        opacity: 0.55,
        stroke: tint(lane.color, 0.6),
        strokeWidth: 1,
      },
      {
        type: 'rect',
        x: left,
        y: row.y,
        width: LANE_LABEL_WIDTH,
        height: row.height,
        fill: tint(lane.color, 0.82),
      },
      { type: 'rect', x: left, y: row.y, width: 4, height: row.height, fill: lane.color },
      {
        type: 'text',
        x: left + 14,
        y: row.y + 24,
        lines: wrapText(lane.name, LANE_LABEL_WIDTH - 26, LABEL_FONT, lane.collapsed ? 1 : 3),
        size: LABEL_FONT.size,
        bold: true,
        color: '#0f172a',
        lineHeight: 16,
      },
    )
  }
  const children = lane.collapsed ? [] : drawnContent(map, row, locale)
  return { id: xmlId('lane', lane.id), kind: 'lane', title: lane.name, shapes, children }
}

function drawnContent(map: JourneyMap, row: LaneRow, locale: Locale): Group[] {
  if (row.lane.type === 'emotion-curve') return curveGroups(map, row, locale)
  if (row.lane.type === 'metrics') return [metricsGroup(map, row, locale)]
  const field = insightFieldOf(row.lane.type)
  return field ? insightGroups(map, row, field, locale) : []
}

const CURVE_PAD = 22

function levelY(row: LaneRow, emotion: number): number {
  return row.y + CURVE_PAD + ((2 - emotion) / 4) * (row.height - 2 * CURVE_PAD)
}

/** A smooth line through points: each segment a cubic whose handles run level (no overshoot). */
export function smoothPath(points: readonly { x: number; y: number }[]): PathCommand[] {
  const commands: PathCommand[] = []
  points.forEach((p, i) => {
    if (i === 0) return commands.push({ op: 'M', x: p.x, y: p.y })
    const prev = points[i - 1]!
    const mid = (prev.x + p.x) / 2
    return commands.push({ op: 'C', x1: mid, y1: prev.y, x2: mid, y2: p.y, x: p.x, y: p.y })
  })
  return commands
}

function curveGroups(map: JourneyMap, row: LaneRow, locale: Locale): Group[] {
  const text = deliverableText(locale)
  const right = Math.max(0, ...phaseColumns(map).map((c) => c.x + c.width))
  const grid: Shape[] = EMOTIONS.flatMap((emotion: Emotion) => [
    {
      type: 'path' as const,
      commands: [
        { op: 'M' as const, x: 0, y: levelY(row, emotion) },
        { op: 'L' as const, x: right, y: levelY(row, emotion) },
      ],
      stroke: emotion === 0 ? '#94a3b8' : '#e2e8f0',
      strokeWidth: 1,
      ...(emotion === 0 ? {} : { dash: [3, 4] }),
    },
    {
      type: 'text' as const,
      x: -10,
      y: levelY(row, emotion) + 4,
      lines: [emotion > 0 ? `+${emotion}` : emotion < 0 ? `−${-emotion}` : '0'],
      size: 10,
      color: '#64748b',
      lineHeight: 12,
      anchor: 'end' as const,
    },
  ])
  const groups: Group[] = [
    { id: xmlId('curve-grid', row.lane.id), kind: 'curve', title: text.emotionCurve, shapes: grid },
  ]
  for (const curve of emotionCurves(map, text.allCards)) {
    const asIs = curve.points.map((p) => ({ x: p.x, y: levelY(row, p.emotion) }))
    const toBe = curve.points.flatMap((p) =>
      p.target === undefined ? [] : [{ x: p.x, y: levelY(row, p.target) }],
    )
    const shapes: Shape[] = []
    if (toBe.length > 1) {
      shapes.push({
        type: 'path',
        commands: smoothPath(toBe),
        stroke: curve.color,
        strokeWidth: 2,
        dash: [6, 5],
        opacity: 0.8,
      })
    }
    for (const p of toBe)
      shapes.push({
        type: 'circle',
        cx: p.x,
        cy: p.y,
        r: 3.5,
        fill: '#ffffff',
        stroke: curve.color,
        strokeWidth: 1.5,
      })
    if (asIs.length > 1)
      shapes.push({ type: 'path', commands: smoothPath(asIs), stroke: curve.color, strokeWidth: 3 })
    for (const p of asIs)
      shapes.push({
        type: 'circle',
        cx: p.x,
        cy: p.y,
        r: 4.5,
        fill: curve.color,
        stroke: '#ffffff',
        strokeWidth: 1.5,
      })
    const id = curve.personaId ?? 'cards'
    groups.push({
      id: xmlId(`curve-${row.lane.id}`, id),
      kind: 'curve',
      title: text.emotionCurveOf(curve.name),
      shapes,
    })
  }
  return groups
}

function metricsGroup(map: JourneyMap, row: LaneRow, locale: Locale): Group {
  const text = deliverableText(locale)
  const shapes: Shape[] = []
  for (const column of phaseColumns(map)) {
    const series = groupSeries(metricsOn(map, { phaseId: column.phase.id }), messagesFor(locale))
    const cardMetrics = Object.values(map.touchpoints).filter(
      (card) =>
        card.phaseId === column.phase.id && metricsOn(map, { touchpointId: card.id }).length > 0,
    ).length
    let y = row.y + 14
    const fits = Math.max(1, Math.floor((row.height - 20) / 26))
    const shown = series.slice(0, series.length > fits ? fits - 1 : fits)
    for (const s of shown) {
      const color = STATUS_COLORS[s.status]
      const value = formatValue(s.latest.value, s.latest.unit, locale)
      const target =
        s.latest.target === null
          ? ''
          : ` · ${text.target(formatValue(s.latest.target, s.latest.unit, locale))}`
      shapes.push(
        {
          type: 'rect',
          x: column.x + 12,
          y,
          width: column.width - 24,
          height: 22,
          radius: 6,
          fill: tint(color, 0.9),
          stroke: tint(color, 0.6),
          strokeWidth: 1,
        },
        { type: 'circle', cx: column.x + 24, cy: y + 11, r: 4, fill: color },
        {
          type: 'text',
          x: column.x + 34,
          y: y + 15,
          lines: [
            ellipsize(`${s.label} ${value}${target}`, column.width - 56, {
              size: 11.5,
              bold: true,
            }),
          ],
          size: 11.5,
          bold: true,
          color: '#0f172a',
          lineHeight: 14,
        },
      )
      y += 26
    }
    const more = series.length - shown.length
    const notes = [
      more > 0 ? text.moreItems(more) : '',
      cardMetrics > 0 ? text.cardMetrics(cardMetrics) : '',
    ]
      .filter(Boolean)
      .join(' · ')
    if (notes && y + 14 <= row.y + row.height) {
      shapes.push({
        type: 'text',
        x: column.x + 14,
        y: y + 12,
        lines: [notes],
        size: 10.5,
        color: '#475569',
        lineHeight: 12,
      })
    }
  }
  return { id: xmlId('metrics', row.lane.id), kind: 'metrics', title: row.lane.name, shapes }
}

const INSIGHT = { top: 10, height: 60, gap: 8, side: 12 } as const

function insightGroups(
  map: JourneyMap,
  row: LaneRow,
  field: 'painPoints' | 'opportunities',
  locale: Locale,
): Group[] {
  const text = deliverableText(locale)
  const accent = field === 'painPoints' ? '#dc2626' : '#059669'
  const fits = Math.max(
    1,
    Math.floor((row.height - INSIGHT.top - 24) / (INSIGHT.height + INSIGHT.gap)),
  )
  const groups: Group[] = []
  for (const column of insightColumns(map, field)) {
    const shown = column.cards.length > fits + 1 ? column.cards.slice(0, fits) : column.cards
    const left = column.x + INSIGHT.side
    const width = column.width - 2 * INSIGHT.side
    shown.forEach((card, i) => {
      const top = row.y + INSIGHT.top + i * (INSIGHT.height + INSIGHT.gap)
      const about = card.touchpointTitle || text.untitledTouchpoint
      groups.push({
        id: xmlId(
          `${field === 'painPoints' ? 'pain' : 'opportunity'}-${card.index}`,
          card.touchpointId,
        ),
        kind: 'insight',
        title: `${card.text}\n${text.atTouchpoint(about)}`,
        recordId: card.touchpointId,
        shapes: [
          {
            type: 'rect',
            x: left,
            y: top,
            width,
            height: INSIGHT.height,
            radius: 6,
            fill: '#ffffff',
            stroke: tint(accent, 0.55),
            strokeWidth: 1,
          },
          { type: 'rect', x: left, y: top, width: 4, height: INSIGHT.height, fill: accent },
          {
            type: 'text',
            x: left + 12,
            y: top + 18,
            lines: wrapText(card.text, width - 20, { size: 12.5, bold: true }, 2),
            size: 12.5,
            bold: true,
            color: '#0f172a',
            lineHeight: 15,
          },
          {
            type: 'text',
            x: left + 12,
            y: top + INSIGHT.height - 9,
            lines: [ellipsize(text.atTouchpoint(about), width - 20, { size: 11 })],
            size: 11,
            color: '#475569',
            lineHeight: 13,
          },
        ],
      })
    })
    const more = column.cards.length - shown.length
    if (more > 0) {
      groups.push({
        id: xmlId(`${field}-more`, column.phaseId),
        kind: 'insight',
        title: text.moreItems(more),
        shapes: [
          {
            type: 'text',
            x: left + 4,
            y: row.y + INSIGHT.top + shown.length * (INSIGHT.height + INSIGHT.gap) + 12,
            lines: [text.moreItems(more)],
            size: 12,
            bold: true,
            color: '#334155',
            lineHeight: 14,
          },
        ],
      })
    }
  }
  return groups
}
