// The PDF's cover page as a scene, laid out on an A3 landscape sheet in points (other papers
// scale it): title, description, date and counts; the emotion curve; the personas with their
// goals and frustrations; the top pain points and opportunities; a legend of emotions and of the
// channels the journey uses.

import { personaBadge } from '../../domain/kinds/persona'
import type { JourneyMap, Persona } from '../../domain/types'
import { messagesFor, type Locale } from '../../domain/i18n'
import { EMOTIONS, EMOTION_COLORS } from '../../domain/vocabulary'
import { emotionFace } from './emotion-face'
import { curveChart } from './curve-chart'
import { channelUsage, countInsights, rankedInsights, type RankedInsight } from './digest'
import type { Scene, Shape } from './scene'
import { tint } from './scene'
import { deliverableText, emotionLabel, type DeliverableText } from './strings'
import { ellipsize, textWidth, wrapText } from './text-metrics'

/** A3 landscape in points: the sheet every cover and summary page is laid out on. */
export const SHEET = { width: 1190.55, height: 841.89 } as const
export const MARGIN = 48

const INK = '#0f172a'
const MUTED = '#475569'

function heading(x: number, y: number, text: string): Shape {
  return {
    type: 'text',
    x,
    y,
    lines: [text.toUpperCase()],
    size: 9.5,
    bold: true,
    color: '#64748b',
    lineHeight: 12,
  }
}

/** The cover, its words in `locale`; `date` is the export date. */
export function coverScene(map: JourneyMap, date: Date, locale: Locale): Scene {
  const text = deliverableText(locale)
  const { vocabulary } = messagesFor(locale)
  const kinds = vocabulary.kindCounts
  // Hidden personas keep their data in the map but stay out of deliverables.
  const shown = map.personas.filter((persona) => persona.visible)
  const shapes: Shape[] = []
  const width = SHEET.width - 2 * MARGIN
  const title = map.meta.title.trim() || text.untitledMap
  // A band of the phase colours across the top: the journey at a glance.
  const total = map.phases.reduce((sum, phase) => sum + phase.width, 0) || 1
  let bandX = 0
  for (const phase of map.phases) {
    const w = (phase.width / total) * SHEET.width
    shapes.push({ type: 'rect', x: bandX, y: 0, width: w + 0.5, height: 10, fill: phase.color })
    bandX += w
  }
  shapes.push(heading(MARGIN, MARGIN + 4, text.coverSubtitle))
  const titleLines = wrapText(title, width * 0.72, { size: 30, bold: true }, 2)
  shapes.push({
    type: 'text',
    x: MARGIN,
    y: MARGIN + 40,
    lines: titleLines,
    size: 30,
    bold: true,
    color: INK,
    lineHeight: 35,
  })
  let y = MARGIN + 40 + (titleLines.length - 1) * 35 + 24
  const description = wrapText(map.meta.description, width * 0.72, { size: 12 }, 4)
  if (description.length > 0) {
    shapes.push({
      type: 'text',
      x: MARGIN,
      y,
      lines: description,
      size: 12,
      color: '#334155',
      lineHeight: 16,
    })
    y += description.length * 16 + 6
  }
  const counts = [
    kinds.phase(map.phases.length),
    kinds.touchpoint(Object.keys(map.touchpoints).length),
    vocabulary.painPointCount(countInsights(map, 'painPoints')),
    text.opportunities(countInsights(map, 'opportunities')),
    kinds.persona(shown.length),
  ].join('  ·  ')
  shapes.push({
    type: 'text',
    x: MARGIN,
    y,
    lines: [`${text.createdOn(date)}  ·  ${counts}`],
    size: 10.5,
    color: MUTED,
    lineHeight: 13,
  })
  const top = Math.max(y + 30, 200)

  const leftWidth = width * 0.56
  const rightX = MARGIN + leftWidth + 36
  const rightWidth = width - leftWidth - 36
  shapes.push(heading(MARGIN, top, text.emotionCurve))
  shapes.push(...curveChart(map, { x: MARGIN, y: top + 12, width: leftWidth, height: 210 }, locale))
  const personasTop = top + 250
  shapes.push(heading(MARGIN, personasTop, text.personasHeading))
  shapes.push(
    ...personaCards(
      text,
      shown,
      MARGIN,
      personasTop + 12,
      leftWidth,
      SHEET.height - MARGIN - personasTop - 40,
    ),
  )

  let ry = top
  ry = insightList(
    shapes,
    text,
    text.topPainPoints,
    rankedInsights(map, 'painPoints', 5),
    rightX,
    ry,
    rightWidth,
    '#dc2626',
  )
  ry = insightList(
    shapes,
    text,
    text.topOpportunities,
    rankedInsights(map, 'opportunities', 5),
    rightX,
    ry + 14,
    rightWidth,
    '#059669',
  )
  legend(map, shapes, rightX, Math.max(ry + 14, SHEET.height - MARGIN - 120), rightWidth, locale)
  return {
    frame: { x: 0, y: 0, width: SHEET.width, height: SHEET.height },
    background: '#ffffff',
    groups: [{ id: 'cover', kind: 'background', title, shapes }],
  }
}

function insightList(
  shapes: Shape[],
  text: DeliverableText,
  title: string,
  items: RankedInsight[],
  x: number,
  y: number,
  width: number,
  accent: string,
): number {
  shapes.push(heading(x, y, title))
  y += 14
  if (items.length === 0) {
    shapes.push({
      type: 'text',
      x,
      y: y + 12,
      lines: [text.nothingListed],
      size: 10.5,
      color: MUTED,
      lineHeight: 13,
    })
    return y + 22
  }
  items.forEach((item, i) => {
    const lines = wrapText(item.text, width - 34, { size: 11, bold: true }, 2)
    const where = item.cards
      .map((card) =>
        [card.title || text.untitledTouchpoint, card.phaseName].filter(Boolean).join(', '),
      )
      .join('; ')
    const height = lines.length * 13.5 + 18
    shapes.push(
      { type: 'rect', x, y, width, height, radius: 4, fill: tint(accent, 0.93) },
      { type: 'rect', x, y, width: 3, height, fill: accent },
      {
        type: 'text',
        x: x + 12,
        y: y + 14,
        lines: [String(i + 1)],
        size: 11,
        bold: true,
        color: accent,
        lineHeight: 13,
      },
      {
        type: 'text',
        x: x + 26,
        y: y + 14,
        lines,
        size: 11,
        bold: true,
        color: INK,
        lineHeight: 13.5,
      },
      {
        type: 'text',
        x: x + 26,
        y: y + 14 + lines.length * 13.5,
        lines: [ellipsize(text.foundAt(where), width - 34, { size: 9 })],
        size: 9,
        color: MUTED,
        lineHeight: 11,
      },
    )
    y += height + 5
  })
  return y
}

function legend(
  map: JourneyMap,
  shapes: Shape[],
  x: number,
  y: number,
  width: number,
  locale: Locale,
) {
  const text = deliverableText(locale)
  shapes.push(heading(x, y, text.legendEmotions))
  let lx = x
  for (const emotion of [...EMOTIONS].reverse()) {
    shapes.push(...emotionFace(lx + 8, y + 20, 8, emotion))
    shapes.push({
      type: 'text',
      x: lx + 20,
      y: y + 24,
      lines: [emotionLabel(locale, emotion)],
      size: 9.5,
      color: EMOTION_COLORS[emotion],
      lineHeight: 11,
      bold: true,
    })
    lx += 30 + textWidth(emotionLabel(locale, emotion), { size: 9.5, bold: true })
  }
  shapes.push(heading(x, y + 52, text.legendChannels))
  let cx = x
  let cy = y + 64
  for (const { channel, count } of channelUsage(map)) {
    const text = `${messagesFor(locale).vocabulary.channels[channel]}  ${count}`
    const w = textWidth(text, { size: 9.5 }) + 14
    if (cx + w > x + width) {
      cx = x
      cy += 22
    }
    shapes.push(
      {
        type: 'rect',
        x: cx,
        y: cy,
        width: w,
        height: 17,
        radius: 8.5,
        fill: '#f1f5f9',
        stroke: '#cbd5e1',
        strokeWidth: 0.6,
      },
      {
        type: 'text',
        x: cx + 7,
        y: cy + 12,
        lines: [text],
        size: 9.5,
        color: '#1e293b',
        lineHeight: 11,
      },
    )
    cx += w + 6
  }
}

function initials(persona: Persona): string {
  const badge = personaBadge(persona)
  // Emoji avatars have no glyph in the PDF's font: the name's initials stand in.
  if (/[^\u0020-\u00ff]/.test(badge)) return personaBadge({ ...persona, avatar: '' })
  return badge
}

function personaCards(
  text: DeliverableText,
  personas: readonly Persona[],
  x: number,
  y: number,
  width: number,
  height: number,
): Shape[] {
  if (personas.length === 0)
    return [
      {
        type: 'text',
        x,
        y: y + 14,
        lines: [text.noPersonas],
        size: 10.5,
        color: MUTED,
        lineHeight: 13,
      },
    ]
  const perRow = Math.min(personas.length, 3)
  const rows = Math.ceil(personas.length / perRow)
  const gap = 12
  const w = (width - gap * (perRow - 1)) / perRow
  const h = Math.min(190, (height - gap * (rows - 1)) / rows)
  const shapes: Shape[] = []
  personas.forEach((persona, i) => {
    const px = x + (i % perRow) * (w + gap)
    const py = y + Math.floor(i / perRow) * (h + gap)
    shapes.push(
      {
        type: 'rect',
        x: px,
        y: py,
        width: w,
        height: h,
        radius: 6,
        fill: '#ffffff',
        stroke: '#cbd5e1',
        strokeWidth: 0.8,
      },
      { type: 'rect', x: px, y: py, width: w, height: 3, fill: persona.color },
      { type: 'circle', cx: px + 24, cy: py + 27, r: 15, fill: persona.color },
      {
        type: 'text',
        x: px + 24,
        y: py + 31,
        lines: [initials(persona)],
        size: 11,
        bold: true,
        color: '#ffffff',
        lineHeight: 12,
        anchor: 'middle',
      },
      {
        type: 'text',
        x: px + 46,
        y: py + 24,
        lines: [ellipsize(persona.name, w - 56, { size: 12, bold: true })],
        size: 12,
        bold: true,
        color: INK,
        lineHeight: 14,
      },
      {
        type: 'text',
        x: px + 46,
        y: py + 38,
        lines: [ellipsize(persona.role, w - 56, { size: 9.5 })],
        size: 9.5,
        color: MUTED,
        lineHeight: 11,
      },
    )
    let ty = py + 58
    const room = (lines: number) => ty + lines * 11 < py + h - 6
    if (persona.quote.trim() !== '' && room(2)) {
      const lines = wrapText(`“${persona.quote.trim()}”`, w - 20, { size: 9.5 }, 2)
      shapes.push({
        type: 'text',
        x: px + 10,
        y: ty,
        lines,
        size: 9.5,
        color: '#334155',
        lineHeight: 11.5,
      })
      ty += lines.length * 11.5 + 6
    }
    for (const [label, items] of [
      [text.goals, persona.goals],
      [text.frustrations, persona.frustrations],
    ] as const) {
      const list = items.filter((item) => item.trim() !== '')
      if (list.length === 0 || !room(2)) continue
      shapes.push({
        type: 'text',
        x: px + 10,
        y: ty,
        lines: [label.toUpperCase()],
        size: 8,
        bold: true,
        color: '#64748b',
        lineHeight: 10,
      })
      ty += 11
      for (const item of list.slice(0, 3)) {
        if (!room(1)) break
        shapes.push({
          type: 'text',
          x: px + 10,
          y: ty,
          lines: [ellipsize(`• ${item}`, w - 20, { size: 9.5 })],
          size: 9.5,
          color: INK,
          lineHeight: 11,
        })
        ty += 11.5
      }
      ty += 4
    }
  })
  return shapes
}
