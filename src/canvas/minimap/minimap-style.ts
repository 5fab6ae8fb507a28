// How each kind of node looks on the minimap: phases and lanes as a faint wash of their colour
// (the map's structure at a glance), cards white with their emotion's colour along the top, as on
// the canvas (where the journey hurts), notes in their own colour.

import type { Node } from '@xyflow/react'
import type { Emotion } from '../../domain/vocabulary'
import { EMOTION_STYLES } from '../channel-icons'
import type { MinimapColors, ShapeStyle } from './minimap-painter'

export const MINIMAP_COLORS: MinimapColors = {
  veil: 'rgb(226 232 240 / 0.6)',
  frame: 'rgb(37 99 235 / 0.55)',
}

const NEUTRAL = '#cbd5e1'

export function minimapStyle(node: Node): ShapeStyle {
  switch (node.type) {
    case 'phase':
      return { fill: (colorIn(node.data.phase) ?? NEUTRAL) + '33', outline: null, accent: null }
    case 'lane':
      return { fill: (colorIn(node.data.lane) ?? NEUTRAL) + '1a', outline: null, accent: null }
    case 'note':
      return { fill: colorIn(node.data.note) ?? '#fef08a', outline: null, accent: null }
    default: {
      const emotion = (node.data as { emotion?: number }).emotion ?? 0
      const style = EMOTION_STYLES[emotion as Emotion] ?? EMOTION_STYLES[0]
      return { fill: 'white', outline: '#cbd5e1', accent: style.color }
    }
  }
}

/**
 * The record's colour when it is `#rrggbb` (what the domain stores): anything else would be
 * ignored by the canvas, which then fills with the previous shape's colour.
 */
function colorIn(record: unknown): string | null {
  const color = (record as { color?: unknown } | undefined)?.color
  return typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color) ? color : null
}
