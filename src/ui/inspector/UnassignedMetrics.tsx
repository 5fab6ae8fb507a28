// Metrics that are on no touchpoint and no phase (their card went while a colleague's older
// Trailmap deleted it, or a file said so): listed on the map's panel, to be placed or deleted.

import { useId, useMemo } from 'react'
import { ChartNoAxesCombined, X } from 'lucide-react'
import { StatusDot } from '../../canvas/metrics/MetricsStrip'
import { deleteMetricsCommand } from '../../commands/metric-commands'
import { updateRecord } from '../../commands/record-commands'
import { useRunCommand } from '../../commands/use-command'
import { metricLabel, type Metric } from '../../domain/kinds/metric'
import { formatMetricValue, metricStatus } from '../../domain/metric-status'
import { useEditor } from '../../state/context'
import { useLocale, useT } from '../../state/locale'
import { formatIsoDate } from '../../domain/i18n'
import './metrics-section.css'

/**
 * Reads only the metrics: the list below it — which reads every card, to offer them as places —
 * is there only while a metric is unassigned, so a colleague typing in a card does not re-render
 * (and re-sort) it for everyone whose inspector shows the map.
 */
export function UnassignedMetrics() {
  const all = useEditor((s) => s.map.metrics)
  const unassigned = useMemo(
    () => Object.values(all).filter((m) => m.touchpointId === null && m.phaseId === null),
    [all],
  )
  return unassigned.length === 0 ? null : <UnassignedList unassigned={unassigned} />
}

function UnassignedList({ unassigned }: { unassigned: readonly Metric[] }) {
  const locale = useLocale()
  const run = useRunCommand()
  const phases = useEditor((s) => s.map.phases)
  const cards = useEditor((s) => s.map.touchpoints)
  const titleId = useId()
  const t = useT()
  const m = t.inspector.metrics
  const cardList = useMemo(
    () => Object.values(cards).toSorted((a, b) => a.title.localeCompare(b.title)),
    [cards],
  )
  const place = (id: string, value: string) => {
    const [on, target] = [value.slice(0, 2), value.slice(2)]
    const patch = on === 'p:' ? { phaseId: target } : { touchpointId: target }
    run(updateRecord, { kind: 'metric', id, patch })
  }
  return (
    <section className="insp-field" aria-labelledby={titleId}>
      <h3 className="insp-label" id={titleId}>
        <ChartNoAxesCombined size={15} aria-hidden />
        {m.unassigned}
        <span className="insp-count">{unassigned.length}</span>
      </h3>
      <ul className="insp-metrics__list">
        {unassigned.map((metric) => {
          const label = metricLabel(metric, t)
          const name = metric.date ? m.withDate(label, formatIsoDate(locale, metric.date)) : label
          return (
            <li key={metric.id} className="insp-metric insp-metric--loose">
              <div className="insp-metric__top">
                <StatusDot status={metricStatus(metric)} />
                <span className="insp-metric__label">{name}</span>
                <span className="insp-metric__value">
                  {formatMetricValue(metric.value, metric.unit, locale)}
                </span>
                <button
                  type="button"
                  className="insp-icon-button"
                  aria-label={m.deleteMetric(name)}
                  onClick={() => run(deleteMetricsCommand, { ids: [metric.id] })}
                >
                  <X size={15} aria-hidden />
                </button>
              </div>
              <select
                className="insp-input insp-select"
                aria-label={m.placeMetric(name)}
                value=""
                onChange={(event) => place(metric.id, event.target.value)}
              >
                <option value="" disabled>
                  {m.placeOn}
                </option>
                <optgroup label={m.phases}>
                  {phases.map((phase) => (
                    <option key={phase.id} value={`p:${phase.id}`}>
                      {phase.name || t.inspector.untitledPhase}
                    </option>
                  ))}
                </optgroup>
                <optgroup label={m.touchpoints}>
                  {cardList.map((card) => (
                    <option key={card.id} value={`t:${card.id}`}>
                      {card.title || t.inspector.untitledTouchpoint}
                    </option>
                  ))}
                </optgroup>
              </select>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
