// The content of a metrics lane: in each phase column's cell, the chips of the phase's own
// metrics, then those of its cards (named by the card). Drawn inside the lane node, see-through
// for the pointer like the lane's band, so the columns and cards under it stay clickable.

import type { Metric } from '../../domain/kinds/metric'
import { MetricsStrip } from './MetricsStrip'
import { useT } from '../../state/locale'

export interface MetricCell {
  readonly phaseId: string
  readonly phaseName: string
  /** Left edge and width in the lane node's coordinates. */
  readonly x: number
  readonly width: number
  readonly metrics: readonly Metric[]
  readonly cards: readonly {
    readonly id: string
    readonly title: string
    readonly metrics: readonly Metric[]
  }[]
}

export function MetricsLaneCells({ cells }: { cells: readonly MetricCell[] }) {
  const t = useT()
  return (
    <div className="metric-lane" data-testid="metrics-lane">
      {cells.map((cell) => (
        <div
          key={cell.phaseId}
          className="metric-lane__cell"
          style={{ left: cell.x, width: cell.width }}
          data-phase={cell.phaseName}
        >
          <MetricsStrip metrics={cell.metrics} label={t.canvas.metricsOf(cell.phaseName)} />
          {cell.cards.map((card) => (
            <MetricsStrip
              key={card.id}
              metrics={card.metrics}
              prefix={card.title}
              label={t.canvas.metricsOf(card.title)}
            />
          ))}
        </div>
      ))}
    </div>
  )
}
