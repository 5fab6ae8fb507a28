// A map's layout in miniature, drawn from its summary (src/domain/summary.ts) as inline SVG:
// phase columns in their colours with a header band, cards and notes as small white boxes with a
// stripe in their colour. No image and no request per map. Without a summary (a map the server
// could not read, or one not summarised yet) a neutral placeholder takes its place.

import { memo } from 'react'
import { Route } from 'lucide-react'
import type { Messages } from '../../domain/i18n'
import type { Thumbnail } from '../../domain/summary'

/** Counts and words for the card: "5 phases · 23 cards · 7 pain points". */
export function countsText(m: Messages, counts: Readonly<Record<string, number>>): string {
  const phases = counts['phases'] ?? 0
  const cards = counts['touchpoints'] ?? 0
  const painPoints = counts['painPoints'] ?? 0
  if (phases === 0 && cards === 0) return m.mapList.counts.empty
  return [
    m.mapList.counts.phases(phases),
    m.mapList.counts.cards(cards),
    m.mapList.counts.painPoints(painPoints),
  ].join(' · ')
}

export const MapThumbnail = memo(function MapThumbnail({
  thumbnail,
}: {
  thumbnail: Thumbnail | null
}) {
  if (!thumbnail || (thumbnail.phases.length === 0 && thumbnail.cards.length === 0)) {
    return (
      <div className="ml-thumb ml-thumb--empty" aria-hidden="true">
        <Route size={28} />
      </div>
    )
  }
  const { width, height, phases, cards } = thumbnail
  const header = Math.min(height * 0.1, 6)
  return (
    <div className="ml-thumb" aria-hidden="true">
      <svg
        className="ml-thumb__svg"
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="xMidYMid meet"
        data-testid="map-thumbnail"
      >
        {phases.map((phase, i) => (
          <g key={`p${i}`} className="ml-thumb__phase">
            <rect
              x={phase.x}
              y={0}
              width={phase.w}
              height={height}
              fill={phase.colour}
              opacity={0.16}
            />
            <rect x={phase.x} y={0} width={phase.w} height={header} fill={phase.colour} />
          </g>
        ))}
        {cards.map((card, i) => (
          <g key={`c${i}`} className="ml-thumb__card">
            <rect
              x={card.x}
              y={card.y}
              width={card.w}
              height={card.h}
              rx={Math.min(card.w, card.h) * 0.12}
              fill="#ffffff"
              stroke="#cbd5e1"
              strokeWidth={0.3}
            />
            <rect
              x={card.x}
              y={card.y}
              width={card.w}
              height={Math.max(0.6, card.h * 0.16)}
              fill={card.colour}
            />
          </g>
        ))}
      </svg>
    </div>
  )
})
