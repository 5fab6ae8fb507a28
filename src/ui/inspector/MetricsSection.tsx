// The Metrics section of the touchpoint and phase inspectors: one row per metric series (latest
// value, red/amber/green with its words, sparkline), opened to list its values and edit one.
// Adding and deleting run the metric commands; field edits run `record.update` on the metric.

import { useId, useMemo, useState } from 'react'
import { ChartNoAxesCombined, ChevronDown, ChevronRight, Plus, X } from 'lucide-react'
import { Sparkline, StatusDot } from '../../canvas/metrics/MetricsStrip'
import { addMetricCommand, deleteMetricsCommand } from '../../commands/metric-commands'
import { updateRecord } from '../../commands/record-commands'
import { useRunCommand } from '../../commands/use-command'
import type { Metric } from '../../domain/kinds/metric'
import { formatMetricValue, groupSeries, type MetricSeries } from '../../domain/metric-status'
import type { Id } from '../../domain/types'
import { useEditor } from '../../state/context'
import { useLocale, useT } from '../../state/locale'
import { formatIsoDate } from '../../domain/i18n'
import { MetricEditor } from './MetricEditor'
import './metrics-section.css'

export type MetricPlace = { readonly touchpointId: Id } | { readonly phaseId: Id }

// Made once: the section re-renders with the card's title (its list is named after it), its
// icons need not.
const HEADING_ICON = <ChartNoAxesCombined size={15} aria-hidden />
const ADD_ICON = <Plus size={16} aria-hidden />

const today = () => new Date().toISOString().slice(0, 10)

export function MetricsSection({ place, placeName }: { place: MetricPlace; placeName: string }) {
  const run = useRunCommand()
  const t = useT()
  const m = t.inspector.metrics
  const all = useEditor((s) => s.map.metrics)
  const touchpointId = 'touchpointId' in place ? place.touchpointId : null
  const phaseId = 'phaseId' in place ? place.phaseId : null
  const series = useMemo(() => {
    const here = Object.values(all).filter((metric) =>
      touchpointId !== null
        ? metric.touchpointId === touchpointId
        : metric.touchpointId === null && metric.phaseId === phaseId,
    )
    return groupSeries(here, t)
  }, [all, touchpointId, phaseId, t])
  const [open, setOpen] = useState<Id | null>(null)
  const titleId = useId()
  const count = series.length

  const add = () => {
    const id = run(addMetricCommand, { ...place, type: 'nps', value: 0, date: today() })
    if (id) setOpen(id)
  }

  return (
    <section className="insp-field insp-metrics" aria-labelledby={titleId}>
      <h3 className="insp-label" id={titleId}>
        {HEADING_ICON}
        {m.heading}
        {count > 0 && <span className="insp-count">{count}</span>}
      </h3>
      {count > 0 && (
        <ul className="insp-metrics__list" aria-label={m.of(placeName)}>
          {series.map((item) => (
            <SeriesRow
              key={item.key}
              series={item}
              open={open !== null && item.values.some((metric) => metric.id === open)}
              openId={open}
              onOpen={setOpen}
            />
          ))}
        </ul>
      )}
      <button type="button" className="insp-button insp-button--quiet" onClick={add}>
        {ADD_ICON}
        {m.add}
      </button>
    </section>
  )
}

interface SeriesRowProps {
  series: MetricSeries
  open: boolean
  openId: Id | null
  onOpen: (id: Id | null) => void
}

function SeriesRow({ series, open, openId, onOpen }: SeriesRowProps) {
  const run = useRunCommand()
  const m = useT().inspector.metrics
  const locale = useLocale()
  const { latest, label, status, points, values } = series
  const editing = values.find((metric) => metric.id === openId) ?? latest
  const panelId = useId()
  const Chevron = open ? ChevronDown : ChevronRight
  const target =
    latest.target === null
      ? m.noTarget
      : m.target(formatMetricValue(latest.target, latest.unit, locale))

  const addValue = () => {
    const { id: _id, date: _date, ...fields } = latest
    const place = latest.touchpointId
      ? { touchpointId: latest.touchpointId }
      : { phaseId: latest.phaseId ?? '' }
    const id = run(addMetricCommand, { ...fields, ...place, date: today() })
    if (id) onOpen(id)
  }

  return (
    <li className="insp-metric" data-status={status} data-testid="metric-row">
      <button
        type="button"
        className="insp-metric__summary"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => onOpen(open ? null : latest.id)}
      >
        <Chevron size={16} className="insp-metric__chevron" aria-hidden />
        <span className="insp-metric__main">
          <span className="insp-metric__top">
            <span className="insp-metric__label">{label}</span>
            <span className="insp-metric__value">
              {formatMetricValue(latest.value, latest.unit, locale)}
            </span>
          </span>
          <span className="insp-metric__bottom">
            <StatusDot status={status} label />
            <span className="insp-metric__target">{target}</span>
            <Sparkline points={points} status={status} />
          </span>
        </span>
      </button>
      {open && (
        <div className="insp-metric__panel" id={panelId}>
          {values.length > 1 && (
            <ol className="insp-metric__values" aria-label={m.valuesOf(label)}>
              {values.toReversed().map((metric) => (
                <ValueRow
                  key={metric.id}
                  metric={metric}
                  current={metric.id === editing.id}
                  onPick={() => onOpen(metric.id)}
                  onDelete={() => run(deleteMetricsCommand, { ids: [metric.id] })}
                />
              ))}
            </ol>
          )}
          <MetricEditor
            metric={editing}
            onDelete={() => {
              if (run(deleteMetricsCommand, { ids: [editing.id] })) onOpen(null)
            }}
            onAddValue={addValue}
            edit={(patch, mergeKey) =>
              run(updateRecord, {
                kind: 'metric',
                id: editing.id,
                patch,
                ...(mergeKey ? { mergeKey: `metric:${editing.id}:${mergeKey}` } : {}),
              })
            }
          />
        </div>
      )}
    </li>
  )
}

function ValueRow(props: {
  metric: Metric
  current: boolean
  onPick: () => void
  onDelete: () => void
}) {
  const { metric, current } = props
  const m = useT().inspector.metrics
  const locale = useLocale()
  const when = metric.date ? formatIsoDate(locale, metric.date) : m.noDate
  return (
    <li className="insp-metric__entry" aria-current={current || undefined}>
      <button type="button" className="insp-metric__pick" onClick={props.onPick}>
        <span>{when}</span>
        <strong>{formatMetricValue(metric.value, metric.unit, locale)}</strong>
      </button>
      <button
        type="button"
        className="insp-icon-button"
        aria-label={m.deleteValueOf(when)}
        title={m.deleteThisValue}
        onClick={props.onDelete}
      >
        <X size={15} aria-hidden />
      </button>
    </li>
  )
}
