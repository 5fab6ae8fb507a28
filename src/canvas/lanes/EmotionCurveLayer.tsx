// The emotion curve drawn across the emotion lane: one line per visible persona (as-is solid,
// to-be dashed), a point per card. Hovering a point highlights its card; hovering a card
// highlights its points; clicking a point selects the card.

import { useEffect, useState } from 'react'
import type { CurvePoint, EmotionCurve } from '../../domain/curve'
import { LANE_LABEL_WIDTH } from '../../domain/geometry'
import type { Emotion } from '../../domain/vocabulary'
import { EMOTIONS } from '../../domain/vocabulary'
import { useEditorStore } from '../../state/context'
import { setSelection } from '../../state/editor-store'
import { useT } from '../../state/locale'

const PAD_Y = 22

interface Props {
  curves: readonly EmotionCurve[]
  width: number
  height: number
}

/** A level's y inside the lane: +2 at the top, −2 at the bottom. */
function levelY(emotion: number, height: number): number {
  return PAD_Y + ((2 - emotion) / 4) * (height - 2 * PAD_Y)
}

/** A smooth line through the points: each segment an S-curve with level ends, never overshooting. */
function pathOf(points: readonly { x: number; y: number }[]): string {
  const f = (n: number) => n.toFixed(1)
  return points
    .map((p, i) => {
      if (i === 0) return `M${f(p.x)},${f(p.y)}`
      const prev = points[i - 1]!
      const mid = (prev.x + p.x) / 2
      return `C${f(mid)},${f(prev.y)} ${f(mid)},${f(p.y)} ${f(p.x)},${f(p.y)}`
    })
    .join('')
}

/** Card elements are React Flow nodes with `data-id`; found by id, never by text. */
function cardElement(id: string): Element | null {
  return document.querySelector(`.react-flow__node-touchpoint[data-id="${CSS.escape(id)}"]`)
}

function useHoveredCard(): string | null {
  const [hovered, setHovered] = useState<string | null>(null)
  useEffect(() => {
    // One delegated listener for all cards: the cards themselves stay free of curve code.
    const over = (event: PointerEvent) => {
      const node = (event.target as Element | null)?.closest?.('.react-flow__node-touchpoint')
      setHovered(node?.getAttribute('data-id') ?? null)
    }
    document.addEventListener('pointerover', over)
    return () => document.removeEventListener('pointerover', over)
  }, [])
  return hovered
}

export function EmotionCurveLayer({ curves, width, height }: Props) {
  const t = useT()
  const emotionLabel = (emotion: Emotion) => t.vocabulary.emotions[emotion]
  const store = useEditorStore()
  const hoveredCard = useHoveredCard()
  const plotWidth = width - LANE_LABEL_WIDTH
  const x = (point: CurvePoint) => point.x + LANE_LABEL_WIDTH
  const highlight = (id: string, on: boolean) =>
    cardElement(id)?.classList.toggle('card-host--curve', on)
  return (
    <svg
      className="curve"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={t.canvas.curve(
        curves.map((c) => t.canvas.curveLine(c.name, c.points.length)).join(', '),
      )}
    >
      {EMOTIONS.map((level) => (
        <g key={level} className="curve__level">
          <line
            x1={LANE_LABEL_WIDTH}
            x2={LANE_LABEL_WIDTH + plotWidth}
            y1={levelY(level, height)}
            y2={levelY(level, height)}
            className={level === 0 ? 'curve__axis' : 'curve__grid'}
          />
          <text x={LANE_LABEL_WIDTH + 6} y={levelY(level, height) - 4} className="curve__tick">
            {level > 0 ? `+${level}` : level}
          </text>
        </g>
      ))}
      {curves.map((curve) => {
        const asIs = curve.points.map((p) => ({ x: x(p), y: levelY(p.emotion, height) }))
        const targets = curve.points.flatMap((p) =>
          p.target === undefined ? [] : [{ x: x(p), y: levelY(p.target, height), point: p }],
        )
        return (
          <g key={curve.personaId ?? 'cards'} data-persona={curve.personaId ?? ''}>
            {targets.length > 1 && (
              <path
                d={pathOf(targets)}
                className="curve__line curve__line--target"
                stroke={curve.color}
              />
            )}
            <path d={pathOf(asIs)} className="curve__line" stroke={curve.color} />
            {targets.map(({ x: tx, y: ty, point }) => (
              <circle
                key={`t-${point.cardId}`}
                cx={tx}
                cy={ty}
                r={5}
                className="curve__target"
                stroke={curve.color}
              />
            ))}
            {curve.points.map((point) => (
              <circle
                key={point.cardId}
                cx={x(point)}
                cy={levelY(point.emotion, height)}
                r={hoveredCard === point.cardId ? 9 : 6.5}
                fill={curve.color}
                className={`curve__point${hoveredCard === point.cardId ? ' curve__point--hover' : ''}`}
                data-card={point.cardId}
                onPointerEnter={() => highlight(point.cardId, true)}
                onPointerLeave={() => highlight(point.cardId, false)}
                onClick={(event) => {
                  event.stopPropagation()
                  setSelection(store, [point.cardId])
                }}
              >
                <title>{`${curve.name}: ${emotionLabel(point.emotion)}${
                  point.target === undefined ? '' : ` → target ${emotionLabel(point.target)}`
                }`}</title>
              </circle>
            ))}
          </g>
        )
      })}
    </svg>
  )
}
