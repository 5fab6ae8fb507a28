// The emotion face every picture of a map shares: the deliverables draw it as vector shapes, the
// editor's cards as an image of the same shapes (src/canvas/emotion-faces.ts).

import { EMOTION_COLORS, type Emotion } from '../../domain/vocabulary'
import { tint, type Shape } from './scene'

/** A face for an emotion: a tinted disc, two eyes, a mouth curved by how the customer feels. */
export function emotionFace(cx: number, cy: number, r: number, emotion: Emotion): Shape[] {
  const color = EMOTION_COLORS[emotion]
  const mouthY = cy + r * 0.35
  const bend = emotion * r * 0.16
  const half = r * 0.42
  return [
    { type: 'circle', cx, cy, r, fill: tint(color, 0.85), stroke: color, strokeWidth: r / 7 },
    { type: 'circle', cx: cx - r * 0.33, cy: cy - r * 0.22, r: r * 0.11, fill: color },
    { type: 'circle', cx: cx + r * 0.33, cy: cy - r * 0.22, r: r * 0.11, fill: color },
    {
      type: 'path',
      commands: [
        { op: 'M', x: cx - half, y: mouthY - bend / 2 },
        {
          op: 'C',
          x1: cx - half / 2,
          y1: mouthY + bend,
          x2: cx + half / 2,
          y2: mouthY + bend,
          x: cx + half,
          y: mouthY - bend / 2,
        },
      ],
      stroke: color,
      strokeWidth: r / 7,
    },
  ]
}
