// Red / amber / green against a target, series of dated values, and the heat of phase columns.

import { describe, expect, it } from 'vitest'
import { createMetric, type Metric } from '../../../src/domain/kinds/metric'
import {
  formatMetricValue,
  groupSeries,
  metricIndex,
  metricStatus,
  phaseHeat,
  worstStatus,
} from '../../../src/domain/metric-status'
import { addMetric } from '../../../src/domain/operations'
import { messagesFor } from '../../../src/domain/i18n'
import { sampleMap } from '../../support/sample-map'

const en = messagesFor('en')
const m = (fields: Partial<Metric>) => createMetric({ type: 'csat', value: 0, ...fields })

describe('metricStatus', () => {
  it('is green at or past the target, amber within 10 % of it, red beyond', () => {
    expect(metricStatus(m({ value: 80, target: 80 }))).toBe('green')
    expect(metricStatus(m({ value: 95, target: 80 }))).toBe('green')
    expect(metricStatus(m({ value: 72, target: 80 }))).toBe('amber')
    expect(metricStatus(m({ value: 71.9, target: 80 }))).toBe('red')
  })

  it('mirrors for lower-is-better metrics', () => {
    const time = (value: number) => m({ type: 'time-on-task', better: 'lower', value, target: 60 })
    expect(metricStatus(time(45))).toBe('green')
    expect(metricStatus(time(65))).toBe('amber')
    expect(metricStatus(time(70))).toBe('red')
  })

  it('has no status without a target, and negative targets use their size', () => {
    expect(metricStatus(m({ value: 3, target: null }))).toBe('none')
    expect(metricStatus(m({ type: 'nps', value: -22, target: -20 }))).toBe('amber')
    expect(metricStatus(m({ value: -1, target: 0 }))).toBe('red')
  })

  it('takes the worst of several', () => {
    expect(worstStatus(['green', 'none', 'amber'])).toBe('amber')
    expect(worstStatus([])).toBe('none')
  })
})

describe('groupSeries', () => {
  it('groups the same metric on one place, oldest to newest, undated first', () => {
    const series = groupSeries(
      [
        m({ id: 'b', date: '2025-03-01', value: 73, target: 80 }),
        m({ id: 'n', type: 'nps', value: 10 }),
        m({ id: 'a', date: '2025-01-01', value: 60, target: 80 }),
        m({ id: 'u', value: 50 }),
        m({ id: 'c', date: '2025-02-01', value: 81, target: 80, name: 'csat' }),
      ],
      en,
    )
    expect(series.map((s) => s.label)).toEqual(['CSAT', 'NPS'])
    const [csat] = series
    expect(csat?.values.map((v) => v.id)).toEqual(['u', 'a', 'c', 'b'])
    expect(csat?.points.map((v) => v.id)).toEqual(['a', 'c', 'b'])
    expect(csat?.latest.id).toBe('b')
    expect(csat?.status).toBe('amber')
    expect(series[1]?.points).toEqual([])
  })

  it("labels an unnamed series in the messages' language, grouping the same in every one", () => {
    const metrics = [m({ type: 'conversion-rate' }), m({ type: 'conversion-rate', name: 'x' })]
    const de = groupSeries(metrics, messagesFor('de'))
    expect(de.map((s) => s.label)).toEqual(['Konversionsrate', 'x'])
    expect(de.map((s) => s.key)).toEqual(groupSeries(metrics, en).map((s) => s.key))
  })

  it('keeps custom metrics of different names apart', () => {
    const series = groupSeries(
      [
        m({ type: 'custom', name: 'Refunds' }),
        m({ type: 'custom', name: 'Returns' }),
        m({ type: 'custom', name: 'refunds' }),
      ],
      en,
    )
    expect(series.map((s) => s.values.length)).toEqual([2, 1])
  })
})

describe('phase heat', () => {
  it('counts the pain points of the cards in each column', () => {
    const heat = phaseHeat(sampleMap(), 'pain', en)
    // t1 and t2 in p1 have one pain point each, t3 in p2 one, p3 none.
    expect(heat.get('p1')).toEqual({ level: 1, label: '2 pain points' })
    expect(heat.get('p3')).toEqual({ level: 0, label: '0 pain points' })
  })

  it('shows the worst metric of a phase and its cards', () => {
    let map = sampleMap()
    map = addMetric(map, m({ id: 'x', phaseId: 'p1', value: 90, target: 80 }))
    map = addMetric(map, m({ id: 'y', touchpointId: 't3', value: 50, target: 80 }))
    map = addMetric(map, m({ id: 'z', touchpointId: 't1', value: 75, target: 80 }))
    const heat = phaseHeat(map, 'metrics', en)
    expect(heat.get('p1')).toEqual({ level: 2, label: 'Near target' })
    expect(heat.get('p2')).toEqual({ level: 3, label: 'Off target' })
    expect(heat.get('p3')).toEqual({ level: 0, label: 'No target' })
    expect(metricIndex(map)).toBe(metricIndex(map))
  })
})

describe('formatMetricValue', () => {
  it('writes units after the number', () => {
    expect(formatMetricValue(72, '%', 'en')).toBe('72%')
    expect(formatMetricValue(1.256, 's', 'en')).toBe('1.26 s')
    expect(formatMetricValue(12000, '', 'en')).toBe('12,000')
    // German: decimal comma, thousands dot, a space before the percent sign.
    expect(formatMetricValue(72.5, '%', 'de')).toBe('72,5\u00a0%')
    expect(formatMetricValue(1.256, 's', 'de')).toBe('1,26 s')
    expect(formatMetricValue(12000, '', 'de')).toBe('12.000')
  })
})
