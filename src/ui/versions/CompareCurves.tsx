// Both maps' emotion curves on one chart: one column per matched phase, −2 … +2 upwards; the
// first map's curves dashed with hollow points, the second's solid. Hovering a point names its card.

import { memo } from 'react'
import type { ComparedCurve, ComparedPhase } from '../../domain/versions/compare'
import type { JourneyMap } from '../../domain/types'
import { useT } from '../../state/locale'

const COLUMN = 180
const HEIGHT = 200
const PAD = { top: 16, bottom: 28, left: 40 }
const LEVELS = [2, 1, 0, -1, -2] as const
const LEVEL_WORDS: Record<(typeof LEVELS)[number], string> = {
  2: '+2',
  1: '+1',
  0: '0',
  [-1]: '−1',
  [-2]: '−2',
}

const yOf = (emotion: number) => PAD.top + ((2 - emotion) / 4) * (HEIGHT - PAD.top - PAD.bottom)

function path(points: ComparedCurve['points']): string {
  return points
    .map(
      (p, i) =>
        `${i === 0 ? 'M' : 'L'}${(PAD.left + p.x * COLUMN).toFixed(1)},${yOf(p.emotion).toFixed(1)}`,
    )
    .join(' ')
}

export const CompareCurves = memo(function CompareCurves({
  phases,
  curves,
  maps,
  labels,
}: {
  phases: readonly ComparedPhase[]
  curves: readonly ComparedCurve[]
  maps: { a: JourneyMap; b: JourneyMap }
  labels: { a: string; b: string }
}) {
  const words = useT().versions.compare
  const nameOf = (curve: ComparedCurve) => (curve.personaId === null ? words.allCards : curve.name)
  const width = PAD.left + Math.max(1, phases.length) * COLUMN + 8
  const title = (curve: ComparedCurve, cardId: string) =>
    maps[curve.side].touchpoints[cardId]?.title ?? ''
  return (
    <figure className="cmp-curves">
      <figcaption className="cmp-curves__legend">
        <span className="cmp-legend cmp-legend--a">{labels.a}</span>
        <span className="cmp-legend cmp-legend--b">{labels.b}</span>
        {curves.some((c) => c.personaId !== null) && (
          <span className="cmp-legend__personas">
            {[...new Map(curves.map((c) => [nameOf(c), c.color])).entries()].map(
              ([name, color]) => (
                <span key={name} className="cmp-persona">
                  <span className="cmp-persona__dot" style={{ background: color }} />
                  {name}
                </span>
              ),
            )}
          </span>
        )}
      </figcaption>
      <div className="cmp-curves__scroll">
        <svg
          width={width}
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          role="img"
          aria-label={words.curvesOf(labels.a, labels.b)}
          data-testid="compare-curves"
        >
          {LEVELS.map((level) => (
            <g key={level}>
              <line
                x1={PAD.left}
                x2={width - 8}
                y1={yOf(level)}
                y2={yOf(level)}
                className={level === 0 ? 'cmp-axis cmp-axis--zero' : 'cmp-axis'}
              />
              <text x={PAD.left - 8} y={yOf(level) + 4} className="cmp-tick" textAnchor="end">
                {LEVEL_WORDS[level]}
              </text>
            </g>
          ))}
          {phases.map((phase, index) => (
            <g key={index}>
              <line
                x1={PAD.left + index * COLUMN}
                x2={PAD.left + index * COLUMN}
                y1={PAD.top - 8}
                y2={HEIGHT - PAD.bottom}
                className="cmp-axis"
              />
              <text
                x={PAD.left + (index + 0.5) * COLUMN}
                y={HEIGHT - 8}
                className="cmp-phase"
                textAnchor="middle"
              >
                {phase.name.length > 24 ? `${phase.name.slice(0, 23)}…` : phase.name}
              </text>
            </g>
          ))}
          {curves.map((curve, index) => (
            <g
              key={index}
              className={`cmp-curve cmp-curve--${curve.side}`}
              data-side={curve.side}
              style={{ color: curve.color }}
            >
              <path d={path(curve.points)} />
              {curve.points.map((point) => (
                <circle
                  key={point.cardId}
                  cx={PAD.left + point.x * COLUMN}
                  cy={yOf(point.emotion)}
                  r={4.5}
                >
                  <title>{`${title(curve, point.cardId)} (${LEVEL_WORDS[point.emotion]})`}</title>
                </circle>
              ))}
            </g>
          ))}
        </svg>
      </div>
    </figure>
  )
})
