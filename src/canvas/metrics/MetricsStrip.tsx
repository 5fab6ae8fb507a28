// Metric chips: the latest value of each metric series with its red/amber/green dot (and the
// status in words for screen readers and tooltips) and a sparkline when it has several dated
// values. Pure presentation of plain data: the inspector uses them, and so can the canvas (a
// metrics lane shows one strip per phase column). No store subscription in here.

import { memo } from 'react'
import type { Metric } from '../../domain/kinds/metric'
import { formatIsoDate, type Locale, type Messages } from '../../domain/i18n'
import {
  formatMetricValue,
  groupSeries,
  type MetricSeries,
  type MetricStatus,
} from '../../domain/metric-status'
import { useLocale, useT } from '../../state/locale'
import './metrics.css'

/** A coloured dot; `label` shows the status in words beside it (else only to screen readers). */
export function StatusDot({ status, label = false }: { status: MetricStatus; label?: boolean }) {
  const text = useT().vocabulary.metricStatus[status]
  return (
    <span className={`rag rag--${status}`} data-status={status}>
      <span className="rag__dot" aria-hidden />
      <span className={label ? 'rag__text' : 'rag__sr'}>{text}</span>
    </span>
  )
}

const SPARK = { width: 64, height: 20, pad: 2.5 }

/** Dated values oldest → newest as a line; the newest point is marked. Decorative (aria-hidden). */
export function Sparkline({ points, status }: { points: readonly Metric[]; status: MetricStatus }) {
  if (points.length < 2) return null
  const values = points.map((point) => point.value)
  const min = Math.min(...values)
  const max = Math.max(...values)
  const span = max - min || 1
  const { width, height, pad } = SPARK
  const xy = values.map((value, i) => {
    const x = pad + (i * (width - 2 * pad)) / (values.length - 1)
    const y = max === min ? height / 2 : pad + ((max - value) * (height - 2 * pad)) / span
    return [Math.round(x * 10) / 10, Math.round(y * 10) / 10] as const
  })
  const last = xy[xy.length - 1] as readonly [number, number]
  return (
    <svg
      className={`spark spark--${status}`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden
      focusable="false"
    >
      <polyline points={xy.map(([x, y]) => `${x},${y}`).join(' ')} />
      <circle cx={last[0]} cy={last[1]} r={2.5} />
    </svg>
  )
}

/** "CSAT 72% (target 80%), near target; 3 values from 2025-01-31 to 2025-03-31". */
export function describeSeries(series: MetricSeries, messages: Messages, locale: Locale): string {
  const { latest, label, status, points } = series
  const m = messages.canvas
  const value = formatMetricValue(latest.value, latest.unit, locale)
  const target =
    latest.target === null ? null : formatMetricValue(latest.target, latest.unit, locale)
  const first = points[0]?.date
  const last = points[points.length - 1]?.date
  const trend =
    points.length >= 2 && first && last
      ? m.metricTrend(points.length, formatIsoDate(locale, first), formatIsoDate(locale, last))
      : ''
  const statusText = messages.vocabulary.metricStatus[status].toLowerCase()
  return `${m.metricSeries(label, value, target, statusText)}${trend}`
}

export function MetricChip({ series, prefix }: { series: MetricSeries; prefix?: string }) {
  const t = useT()
  const locale = useLocale()
  const { latest, status, points } = series
  const label = prefix ? `${prefix} · ${series.label}` : series.label
  return (
    <li className="metric-chip" data-status={status} title={describeSeries(series, t, locale)}>
      <StatusDot status={status} />
      <span className="metric-chip__label">{label}</span>
      <span className="metric-chip__value">
        {formatMetricValue(latest.value, latest.unit, locale)}
      </span>
      <Sparkline points={points} status={status} />
    </li>
  )
}

/** The series of some metrics (one place's) as a row of chips. */
function MetricsStripView({
  metrics,
  label,
  prefix,
}: {
  metrics: readonly Metric[]
  /** Names the list for screen readers: "Metrics of Awareness". */
  label: string
  /** Put before each chip's label: the card's title in a metrics lane. */
  prefix?: string
}) {
  const series = groupSeries(metrics, useT())
  if (series.length === 0) return null
  return (
    <ul className="metric-strip" aria-label={label}>
      {series.map((item) => (
        <MetricChip key={item.key} series={item} {...(prefix ? { prefix } : {})} />
      ))}
    </ul>
  )
}

export const MetricsStrip = memo(MetricsStripView)
