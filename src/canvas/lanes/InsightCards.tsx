// The pain-points and opportunities lanes: in each column, one small card per pain point (or
// opportunity) of that column's touchpoints, linked to its touchpoint. Clicking one selects the
// touchpoint, where the text is edited; a column with more than fit says how many more.

import type { InsightColumn, InsightField } from '../../domain/insights'
import { LANE_LABEL_WIDTH } from '../../domain/geometry'
import { useEditorStore } from '../../state/context'
import { setSelection } from '../../state/editor-store'
import { useT } from '../../state/locale'

const TOP = 10
const CARD_HEIGHT = 60
const GAP = 8
const SIDE = 12

interface Props {
  columns: readonly InsightColumn[]
  field: InsightField
  height: number
}

export function InsightCards({ columns, field, height }: Props) {
  const t = useT()
  const store = useEditorStore()
  const fits = Math.max(1, Math.floor((height - TOP - 24) / (CARD_HEIGHT + GAP)))
  const noun = field === 'painPoints' ? 'pain point' : 'opportunity'
  return (
    <div className={`insights insights--${field}`}>
      {columns.map((column) => {
        const shown = column.cards.length > fits + 1 ? column.cards.slice(0, fits) : column.cards
        const more = column.cards.length - shown.length
        const left = LANE_LABEL_WIDTH + column.x + SIDE
        const width = column.width - 2 * SIDE
        return (
          <div key={column.phaseId}>
            {shown.map((card, i) => (
              <button
                key={`${card.touchpointId}:${card.index}`}
                type="button"
                className="insight nodrag"
                style={{ left, top: TOP + i * (CARD_HEIGHT + GAP), width, height: CARD_HEIGHT }}
                title={t.canvas.insightOf(card.text, noun, card.touchpointTitle)}
                onClick={(event) => {
                  event.stopPropagation()
                  setSelection(store, [card.touchpointId])
                }}
              >
                <span className="visually-hidden">{`${noun}: `}</span>
                <span className="insight__text">{card.text}</span>
                <span className="insight__link">
                  ↳ {card.touchpointTitle || t.canvas.untitledTouchpoint}
                </span>
              </button>
            ))}
            {more > 0 && (
              <span
                className="insight__more"
                style={{ left, top: TOP + shown.length * (CARD_HEIGHT + GAP) }}
              >
                {t.canvas.moreInsights(more)}
              </span>
            )}
          </div>
        )
      })}
    </div>
  )
}
