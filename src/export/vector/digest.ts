// What a deliverable says about a map beyond its picture: the touchpoints in reading order with
// their metrics, the pain points and opportunities that matter most, which channels the journey
// uses. Pure data, shared by the PDF's cover and summary pages and the HTML viewer.

import { absolutePositions } from '../../domain/geometry'
import { metricsOn } from '../../domain/kinds/metric'
import { groupSeries, type MetricStatus } from '../../domain/metric-status'
import { messagesFor, type Locale } from '../../domain/i18n'
import type { Id, JourneyMap, Touchpoint } from '../../domain/types'
import { CHANNELS, type Channel, type Emotion } from '../../domain/vocabulary'
import { formatValue } from './card-shapes'

export interface DigestMetric {
  readonly label: string
  readonly value: string
  readonly target: string | null
  readonly status: MetricStatus
}

export interface DigestRow {
  readonly card: Touchpoint
  readonly phaseName: string | null
  readonly metrics: readonly DigestMetric[]
}

/** Every touchpoint: by phase, then left to right, then top to bottom; cards in no phase last. */
function cardOrder(map: JourneyMap): { card: Touchpoint; phaseName: string | null }[] {
  const phaseIndex = new Map(map.phases.map((phase, index) => [phase.id, index]))
  const placed = absolutePositions(map)
  const rows = Object.values(map.touchpoints).map((card) => ({
    card,
    at: placed(card),
    index: card.phaseId === null ? Infinity : (phaseIndex.get(card.phaseId) ?? Infinity),
  }))
  rows.sort((a, b) => a.index - b.index || a.at.x - b.at.x || a.at.y - b.at.y)
  return rows.map(({ card, index }) => ({
    card,
    phaseName: Number.isFinite(index) ? map.phases[index]!.name : null,
  }))
}

/** The touchpoints in reading order with their metrics, numbers written for the locale. */
export function readingOrder(map: JourneyMap, locale: Locale): DigestRow[] {
  return cardOrder(map).map((row) => ({
    ...row,
    metrics: metricsOf(map, { touchpointId: row.card.id }, locale),
  }))
}

export function metricsOf(
  map: JourneyMap,
  place: { readonly touchpointId: Id } | { readonly phaseId: Id },
  locale: Locale,
): DigestMetric[] {
  return groupSeries(metricsOn(map, place), messagesFor(locale)).map((series) => ({
    label: series.label,
    value: formatValue(series.latest.value, series.latest.unit, locale),
    target:
      series.latest.target === null
        ? null
        : formatValue(series.latest.target, series.latest.unit, locale),
    status: series.status,
  }))
}

export interface RankedInsight {
  readonly text: string
  /** The cards that name it (the same text on several cards counts once, with all of them). */
  readonly cards: readonly {
    readonly id: Id
    readonly title: string
    readonly phaseName: string | null
  }[]
  /** The most negative emotion among those cards: where it hurts most. */
  readonly emotion: Emotion
}

/**
 * Pain points (or opportunities) ranked for a reader: where the customer feels worst first (for
 * opportunities too: that is where they pay off), then the ones named at more cards, then in
 * reading order.
 */
export function rankedInsights(
  map: JourneyMap,
  field: 'painPoints' | 'opportunities',
  limit = Infinity,
): RankedInsight[] {
  const byText = new Map<
    string,
    { text: string; cards: RankedInsight['cards'][number][]; emotion: Emotion; first: number }
  >()
  cardOrder(map).forEach(({ card, phaseName }, order) => {
    for (const raw of card[field]) {
      const text = raw.trim()
      if (text === '') continue
      const key = text.toLowerCase()
      const entry = byText.get(key)
      const where = { id: card.id, title: card.title, phaseName }
      if (entry) {
        if (!entry.cards.some((c) => c.id === card.id)) entry.cards.push(where)
        entry.emotion = Math.min(entry.emotion, card.emotion) as Emotion
      } else byText.set(key, { text, cards: [where], emotion: card.emotion, first: order })
    }
  })
  return [...byText.values()]
    .sort((a, b) => a.emotion - b.emotion || b.cards.length - a.cards.length || a.first - b.first)
    .slice(0, limit)
    .map(({ text, cards, emotion }) => ({ text, cards, emotion }))
}

/** The channels the journey uses, most used first (ties in the vocabulary's order). */
export function channelUsage(map: JourneyMap): { channel: Channel; count: number }[] {
  const counts = new Map<Channel, number>()
  for (const card of Object.values(map.touchpoints))
    counts.set(card.channel, (counts.get(card.channel) ?? 0) + 1)
  return CHANNELS.flatMap((channel) =>
    counts.has(channel) ? [{ channel, count: counts.get(channel)! }] : [],
  ).sort((a, b) => b.count - a.count)
}

export function countInsights(map: JourneyMap, field: 'painPoints' | 'opportunities'): number {
  return Object.values(map.touchpoints).reduce(
    (sum, card) => sum + card[field].filter((t) => t.trim() !== '').length,
    0,
  )
}
