// The whole map as a scene (scene.ts), in canvas pixels and framed exactly as the PNG export
// frames it (export-frame.ts), so the SVG's cards sit where the PNG's do. Drawn back to front:
// phase columns, lanes (with the curve, metrics and insight lanes' content), the customer's path,
// cards, notes.

import { CARD_SIZE } from '../../domain/card'
import {
  edgeRoute,
  laneRows,
  phaseColumns,
  columnHeight,
  absolutePosition,
  absolutePositions,
  PHASE_HEADER_HEIGHT,
} from '../../domain/geometry'
import { messagesFor, type Locale } from '../../domain/i18n'
import type { Edge, JourneyMap, Note } from '../../domain/types'
import { exportFrame } from '../export-frame'
import { cardGroup } from './card-shapes'
import { laneGroup } from './lane-shapes'
import { tint, xmlId, type Group, type PathCommand, type Scene, type Shape } from './scene'
import { deliverableText, type DeliverableText } from './strings'
import { ellipsize, wrapText } from './text-metrics'

export interface SceneOptions {
  readonly padding: number
  readonly includeNotes: boolean
  /** A colour, or null for a transparent background. */
  readonly background: string | null
  /** The language of the scene's words. */
  readonly locale: Locale
}

export function mapScene(map: JourneyMap, options: SceneOptions): Scene {
  const { locale } = options
  const text = deliverableText(locale)
  const frame = exportFrame(map, {
    padding: options.padding,
    scale: 1,
    includeNotes: options.includeNotes,
  })
  const rect = { x: frame.x, y: frame.y, width: frame.width, height: frame.height }
  const hiddenLanes = new Set(map.lanes.filter((lane) => lane.collapsed).map((lane) => lane.id))
  const cards = Object.values(map.touchpoints).filter(
    (card) => card.laneId === null || !hiddenLanes.has(card.laneId),
  )
  const shown = new Set(cards.map((card) => card.id))
  const placed = absolutePositions(map)
  const groups: Group[] = [
    ...phaseGroups(map, messagesFor(locale).vocabulary.kindCounts.touchpoint),
    ...laneRows(map).map((row) => laneGroup(map, row, locale)),
    ...Object.values(map.edges)
      .filter((edge) => shown.has(edge.source) && shown.has(edge.target))
      .map((edge) => edgeGroup(map, edge, text)),
    ...cards.map((card) => cardGroup(map, card, placed(card), locale)),
    ...(options.includeNotes ? Object.values(map.notes).map(noteGroup) : []),
  ]
  return { frame: rect, background: options.background, groups }
}

const PHASE_FONT = { size: 16, bold: true } as const

/** `touchpoints` writes a column's card count ("3 touchpoints") in the deliverable's language. */
function phaseGroups(map: JourneyMap, touchpoints: (n: number) => string): Group[] {
  const height = columnHeight(map, CARD_SIZE)
  return phaseColumns(map).map(({ phase, x, width }) => {
    const count = Object.values(map.touchpoints).filter((card) => card.phaseId === phase.id).length
    const shapes: Shape[] = [
      {
        type: 'rect',
        x,
        y: 0,
        width,
        height,
        fill: tint(phase.color, 0.9),
        stroke: '#ffffff',
        strokeWidth: 2,
      },
      {
        type: 'rect',
        x,
        y: 0,
        width,
        height: PHASE_HEADER_HEIGHT,
        fill: phase.color,
        stroke: '#ffffff',
        strokeWidth: 2,
      },
      {
        type: 'text',
        x: x + 16,
        y: 26,
        lines: [ellipsize(phase.name, width - 32, PHASE_FONT)],
        size: PHASE_FONT.size,
        bold: true,
        color: '#0f172a',
        lineHeight: 19,
      },
      {
        type: 'text',
        x: x + 16,
        y: 44,
        lines: [touchpoints(count)],
        size: 11,
        color: '#1e293b',
        lineHeight: 13,
      },
    ]
    return {
      id: xmlId('phase', phase.id),
      kind: 'phase',
      title: phase.name,
      recordId: phase.id,
      shapes,
    }
  })
}

const EDGE_COLOR = '#64748b'

function edgeGroup(map: JourneyMap, edge: Edge, text: DeliverableText): Group {
  const source = map.touchpoints[edge.source]!
  const target = map.touchpoints[edge.target]!
  const a = absolutePosition(map, source)
  const b = absolutePosition(map, target)
  const { width: w, height: h } = CARD_SIZE
  const route = edgeRoute(map, edge.source, edge.target, CARD_SIZE)
  let start: { x: number; y: number }
  let end: { x: number; y: number }
  let dir: { x: number; y: number }
  if (route === 'side') {
    start = { x: a.x + w, y: a.y + h / 2 }
    end = { x: b.x, y: b.y + h / 2 }
    dir = { x: 1, y: 0 }
  } else if (route === 'down') {
    start = { x: a.x + w / 2, y: a.y + h }
    end = { x: b.x + w / 2, y: b.y }
    dir = { x: 0, y: 1 }
  } else {
    start = { x: a.x + w / 2, y: a.y }
    end = { x: b.x + w / 2, y: b.y + h }
    dir = { x: 0, y: -1 }
  }
  const reach = Math.max(
    40,
    (Math.abs(end.x - start.x) * dir.x ** 2 + Math.abs(end.y - start.y) * dir.y ** 2) / 2,
  )
  const tip = { x: end.x - dir.x * 2, y: end.y - dir.y * 2 }
  const line: PathCommand[] = [
    { op: 'M', x: start.x, y: start.y },
    {
      op: 'C',
      x1: start.x + dir.x * reach,
      y1: start.y + dir.y * reach,
      x2: tip.x - dir.x * reach,
      y2: tip.y - dir.y * reach,
      x: tip.x - dir.x * 8,
      y: tip.y - dir.y * 8,
    },
  ]
  // The arrowhead points along the curve's end tangent (the route's direction).
  const side = { x: -dir.y, y: dir.x }
  const head: PathCommand[] = [
    { op: 'M', x: tip.x, y: tip.y },
    { op: 'L', x: tip.x - dir.x * 10 + side.x * 5, y: tip.y - dir.y * 10 + side.y * 5 },
    { op: 'L', x: tip.x - dir.x * 10 - side.x * 5, y: tip.y - dir.y * 10 - side.y * 5 },
    { op: 'Z' },
  ]
  const dash = edge.kind === 'alternative' ? [7, 5] : edge.kind === 'return' ? [2, 4] : undefined
  const shapes: Shape[] = [
    { type: 'path', commands: line, stroke: EDGE_COLOR, strokeWidth: 2, ...(dash ? { dash } : {}) },
    { type: 'path', commands: head, fill: EDGE_COLOR },
  ]
  if (edge.label.trim() !== '') {
    const mid = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 }
    const label = ellipsize(edge.label, 160, { size: 11 })
    const width = Math.min(170, label.length * 6 + 14)
    shapes.push(
      {
        type: 'rect',
        x: mid.x - width / 2,
        y: mid.y - 10,
        width,
        height: 20,
        radius: 10,
        fill: '#ffffff',
        stroke: '#cbd5e1',
        strokeWidth: 1,
      },
      {
        type: 'text',
        x: mid.x,
        y: mid.y + 4,
        lines: [label],
        size: 11,
        color: '#334155',
        lineHeight: 13,
        anchor: 'middle',
      },
    )
  }
  const title = `${source.title || text.untitledTouchpoint} → ${target.title || text.untitledTouchpoint}`
  return { id: xmlId('edge', edge.id), kind: 'edge', title, recordId: edge.id, shapes }
}

function noteGroup(note: Note): Group {
  const { x, y } = note.position
  const { width, height } = note.size
  const lines = wrapText(
    note.text,
    width - 24,
    { size: 13 },
    Math.max(1, Math.floor((height - 20) / 17)),
  )
  return {
    id: xmlId('note', note.id),
    kind: 'note',
    title: note.text,
    recordId: note.id,
    shapes: [
      { type: 'rect', x: x + 2, y: y + 3, width, height, radius: 4, fill: '#0f172a', opacity: 0.1 },
      { type: 'rect', x, y, width, height, radius: 4, fill: note.color },
      { type: 'text', x: x + 12, y: y + 24, lines, size: 13, color: '#1e293b', lineHeight: 17 },
    ],
  }
}
