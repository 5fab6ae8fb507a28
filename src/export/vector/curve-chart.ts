// The emotion curve as a small chart of its own, for the PDF's cover and the HTML viewer: the
// phases as bands, one line per visible persona (dashed: to-be) across them, faces for the five
// levels on the left, and a key of the lines. Units are the caller's (points in the PDF).

import { emotionCurves } from '../../domain/curve'
import { columnsWidth, phaseColumns } from '../../domain/geometry'
import type { Locale } from '../../domain/i18n'
import type { JourneyMap } from '../../domain/types'
import { EMOTIONS } from '../../domain/vocabulary'
import { emotionFace } from './emotion-face'
import { smoothPath } from './lane-shapes'
import { tint, type Shape } from './scene'
import { deliverableText } from './strings'
import { ellipsize, textWidth } from './text-metrics'

export interface Box {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export function curveChart(map: JourneyMap, box: Box, locale: Locale): Shape[] {
  const text = deliverableText(locale)
  const faces = 26
  const keyHeight = 20
  const labels = 18
  const plot = {
    x: box.x + faces,
    y: box.y + keyHeight,
    width: box.width - faces,
    height: box.height - keyHeight - labels,
  }
  const total = Math.max(1, columnsWidth(map))
  const sx = (x: number) => plot.x + (x / total) * plot.width
  const sy = (emotion: number) => plot.y + 8 + ((2 - emotion) / 4) * (plot.height - 16)
  const shapes: Shape[] = []
  for (const column of phaseColumns(map)) {
    const x = sx(column.x)
    const width = (column.width / total) * plot.width
    shapes.push(
      {
        type: 'rect',
        x,
        y: plot.y,
        width,
        height: plot.height,
        fill: tint(column.phase.color, 0.88),
        stroke: '#ffffff',
        strokeWidth: 1,
      },
      {
        type: 'text',
        x: x + width / 2,
        y: plot.y + plot.height + 12,
        lines: [ellipsize(column.phase.name, width - 4, { size: 8.5, bold: true })],
        size: 8.5,
        bold: true,
        color: '#334155',
        lineHeight: 10,
        anchor: 'middle',
      },
    )
  }
  for (const emotion of EMOTIONS) {
    shapes.push({
      type: 'path',
      commands: [
        { op: 'M', x: plot.x, y: sy(emotion) },
        { op: 'L', x: plot.x + plot.width, y: sy(emotion) },
      ],
      stroke: emotion === 0 ? '#94a3b8' : '#cbd5e1',
      strokeWidth: 0.6,
      ...(emotion === 0 ? {} : { dash: [2, 3] }),
    })
    shapes.push(...emotionFace(box.x + 10, sy(emotion), 7, emotion))
  }
  let keyX = plot.x
  for (const curve of emotionCurves(map, text.allCards)) {
    const asIs = curve.points.map((p) => ({ x: sx(p.x), y: sy(p.emotion) }))
    const toBe = curve.points.flatMap((p) =>
      p.target === undefined ? [] : [{ x: sx(p.x), y: sy(p.target) }],
    )
    if (toBe.length > 1)
      shapes.push({
        type: 'path',
        commands: smoothPath(toBe),
        stroke: curve.color,
        strokeWidth: 1.2,
        dash: [4, 3],
      })
    if (asIs.length > 1)
      shapes.push({ type: 'path', commands: smoothPath(asIs), stroke: curve.color, strokeWidth: 2 })
    for (const p of asIs)
      shapes.push({ type: 'circle', cx: p.x, cy: p.y, r: 2.4, fill: curve.color })
    const name = curve.personaId === null ? text.allCards : curve.name
    const label = toBe.length > 1 ? text.asIsToBe(name) : name
    shapes.push(
      {
        type: 'path',
        commands: [
          { op: 'M', x: keyX, y: box.y + 7 },
          { op: 'L', x: keyX + 16, y: box.y + 7 },
        ],
        stroke: curve.color,
        strokeWidth: 2.5,
      },
      {
        type: 'text',
        x: keyX + 20,
        y: box.y + 10,
        lines: [label],
        size: 9,
        color: '#1e293b',
        lineHeight: 11,
      },
    )
    keyX += 32 + textWidth(label, { size: 9 })
  }
  return shapes
}
