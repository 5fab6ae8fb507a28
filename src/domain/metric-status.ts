// How a metric reads at a glance: red, amber or green against its target, and its values over
// time. Pure functions of the map, shared by the inspector, the canvas and the heat overlay.
//
// Status: with no target there is none ('none'). Otherwise, for a higher-is-better metric, the
// value is green at or above the target, amber below it by at most AMBER_TOLERANCE of the
// target's size (10 %: a CSAT of 72 % against 80 % is amber, 71 % is red), red further below;
// lower-is-better metrics mirror that (a time on task of 65 s against 60 s is amber). A target
// of 0 has no amber band.
//
// Series: the metrics on one touchpoint (or one phase) with the same type and label are one
// metric measured several times. Dated values are ordered oldest → newest; undated ones count as
// older than any dated one (in map order), and are left out of the sparkline.

import { metricLabel, metricsOf, type Metric } from './kinds/metric'
import { formatNumber, messagesFor, type Locale, type Messages } from './i18n'
import type { Id, JourneyMap } from './types'

export type MetricStatus = 'green' | 'amber' | 'red' | 'none'

/** Amber band: within this fraction of the target's size on the wrong side of it. */
export const AMBER_TOLERANCE = 0.1

/** Worst first: what a group of metrics shows. */
const SEVERITY: Readonly<Record<MetricStatus, number>> = { red: 3, amber: 2, green: 1, none: 0 }

export function metricStatus(
  metric: Pick<Metric, 'value' | 'target' | 'better'>,
  tolerance: number = AMBER_TOLERANCE,
): MetricStatus {
  const { value, target, better } = metric
  if (target === null) return 'none'
  const band = Math.abs(target) * tolerance
  const shortfall = better === 'lower' ? value - target : target - value
  if (shortfall <= 0) return 'green'
  return shortfall <= band ? 'amber' : 'red'
}

/** The worst of several statuses ('none' when there is none to judge). */
export function worstStatus(statuses: Iterable<MetricStatus>): MetricStatus {
  let worst: MetricStatus = 'none'
  for (const status of statuses) if (SEVERITY[status] > SEVERITY[worst]) worst = status
  return worst
}

export interface MetricSeries {
  /** Stable within one place: type and label. */
  readonly key: string
  readonly label: string
  /** Every value, oldest → newest (undated first, in map order). */
  readonly values: readonly Metric[]
  /** The newest value: what the status and the chip show. */
  readonly latest: Metric
  readonly status: MetricStatus
  /** Dated values only, oldest → newest: the sparkline (shown from two points on). */
  readonly points: readonly Metric[]
}

/** The same in every language: an unnamed NPS and one named "NPS" are one series. */
export function seriesKey(metric: Pick<Metric, 'type' | 'name'>): string {
  return `${metric.type}\u0000${metricLabel(metric, ENGLISH).toLowerCase()}`
}

const ENGLISH = messagesFor('en')

/**
 * Groups metrics of one place into series, in the order each series first appears; an unnamed
 * series is labelled with its type in the messages' language.
 */
export function groupSeries(metrics: readonly Metric[], messages: Messages): MetricSeries[] {
  const groups = new Map<string, Metric[]>()
  for (const metric of metrics) {
    const key = seriesKey(metric)
    const group = groups.get(key)
    if (group) group.push(metric)
    else groups.set(key, [metric])
  }
  return [...groups].map(([key, group]) => {
    // Stable sort: undated ('' sorts first) before dated, equal dates in map order.
    const values = group.toSorted((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    const latest = values[values.length - 1] as Metric
    return {
      key,
      label: metricLabel(latest, messages),
      values,
      latest,
      status: metricStatus(latest),
      points: values.filter((metric) => metric.date !== ''),
    }
  })
}

/** The status of each series of some metrics (what a badge counts and colours; no words). */
export function seriesStatuses(metrics: readonly Metric[]): MetricStatus[] {
  return groupSeries(metrics, ENGLISH).map((series) => series.status)
}

/** Where the metrics of a map are, for the canvas and the heat overlay. */
export interface MetricIndex {
  readonly byTouchpoint: ReadonlyMap<Id, readonly Metric[]>
  readonly byPhase: ReadonlyMap<Id, readonly Metric[]>
}

const indexes = new WeakMap<object, MetricIndex>()

/** Metrics by place; computed once per metrics collection (cheap to call on every render). */
export function metricIndex(map: JourneyMap): MetricIndex {
  const metrics = metricsOf(map)
  const hit = indexes.get(metrics)
  if (hit) return hit
  const byTouchpoint = new Map<Id, Metric[]>()
  const byPhase = new Map<Id, Metric[]>()
  const add = (index: Map<Id, Metric[]>, id: Id, metric: Metric) => {
    const list = index.get(id)
    if (list) list.push(metric)
    else index.set(id, [metric])
  }
  for (const metric of Object.values(metrics)) {
    if (metric.touchpointId !== null) add(byTouchpoint, metric.touchpointId, metric)
    else if (metric.phaseId !== null) add(byPhase, metric.phaseId, metric)
  }
  const index = { byTouchpoint, byPhase }
  indexes.set(metrics, index)
  return index
}

/** The worst latest status among the series of some metrics. */
export function worstOf(metrics: readonly Metric[] | undefined): MetricStatus {
  if (!metrics || metrics.length === 0) return 'none'
  return worstStatus(seriesStatuses(metrics))
}

export type HeatMode = 'pain' | 'metrics'

/** Heat of one phase column: a level 0–3 and what it means, for the overlay and its legend. */
export interface PhaseHeat {
  readonly level: 0 | 1 | 2 | 3
  readonly label: string
}

/** Pain points: none, 1–2, 3–5, 6 or more (cards' pain points in the column). */
function painLevel(count: number): 0 | 1 | 2 | 3 {
  if (count === 0) return 0
  if (count <= 2) return 1
  if (count <= 5) return 2
  return 3
}

const STATUS_LEVEL: Readonly<Record<MetricStatus, 0 | 1 | 2 | 3>> = {
  none: 0,
  green: 1,
  amber: 2,
  red: 3,
}

/**
 * The heat of every phase: by the pain points of its cards, or by the worst status of the
 * metrics on it and on its cards.
 */
export function phaseHeat(map: JourneyMap, mode: HeatMode, messages: Messages): Map<Id, PhaseHeat> {
  const out = new Map<Id, PhaseHeat>()
  if (mode === 'pain') {
    const counts = new Map<Id, number>()
    for (const card of Object.values(map.touchpoints)) {
      if (card.phaseId === null) continue
      counts.set(card.phaseId, (counts.get(card.phaseId) ?? 0) + card.painPoints.length)
    }
    for (const phase of map.phases) {
      const count = counts.get(phase.id) ?? 0
      const label = messages.vocabulary.painPointCount(count)
      out.set(phase.id, { level: painLevel(count), label })
    }
    return out
  }
  const index = metricIndex(map)
  const cardsOf = new Map<Id, Id[]>()
  for (const card of Object.values(map.touchpoints)) {
    if (card.phaseId === null) continue
    const list = cardsOf.get(card.phaseId)
    if (list) list.push(card.id)
    else cardsOf.set(card.phaseId, [card.id])
  }
  for (const phase of map.phases) {
    const statuses = [worstOf(index.byPhase.get(phase.id))]
    for (const id of cardsOf.get(phase.id) ?? []) statuses.push(worstOf(index.byTouchpoint.get(id)))
    const status = worstStatus(statuses)
    out.set(phase.id, {
      level: STATUS_LEVEL[status],
      label: messages.vocabulary.metricStatus[status],
    })
  }
  return out
}

/** "72 %", "1.2 s", "+34": the value as people write it, at most two decimals. */
export function formatMetricValue(value: number, unit: string, locale: Locale): string {
  const text = formatNumber(
    locale,
    value,
    Number.isInteger(value) ? undefined : { maximumFractionDigits: 2 },
  )
  if (unit === '') return text
  // German sets a (non-breaking) space before the percent sign: "45 %".
  if (unit === '%') return locale === 'de' ? `${text}\u00a0%` : `${text}%`
  return `${text} ${unit}`
}
