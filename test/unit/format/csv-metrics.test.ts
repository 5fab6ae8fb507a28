// The metrics sheet: good rows, every kind of bad row (named by row and column, nothing added),
// type names, decimal commas, and a round trip through export and import.

import { describe, expect, it } from 'vitest'
import {
  importMetricsCsv,
  isMetricsCsv,
  metricTypeOf,
  metricsToCsv,
} from '../../../src/domain/format/csv-metrics'
import { checkInvariants } from '../../../src/domain/invariants'
import type { JourneyMap } from '../../../src/domain/types'
import { sampleMap } from '../../support/sample-map'

const HEADER = 'date,phase,touchpoint,metric,value,target,unit,source'

function imported(text: string, map: JourneyMap = sampleMap()) {
  const result = importMetricsCsv(map, text)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result
}

describe('importMetricsCsv', () => {
  it('adds metrics on touchpoints and phases, matched by name without case', () => {
    const text = [
      HEADER,
      '2025-01-31,awareness,touchpoint T1,NPS,12,30,,survey',
      '2025-02-28,Awareness,Touchpoint t1,nps,18,30,,survey',
      ',PURCHASE,,conversion rate,3.4,4,%,Analytics',
      ',,Touchpoint t3,Time on task,75,60,s,usability test',
      ',Usage,,Refunds per week,12,,,',
    ].join('\n')
    const result = imported(text)
    expect(result.added).toBe(5)
    const metrics = Object.values(result.map.metrics)
    expect(metrics.map((m) => [m.type, m.name, m.touchpointId, m.phaseId])).toEqual([
      ['nps', '', 't1', null],
      ['nps', '', 't1', null],
      ['conversion-rate', '', null, 'p2'],
      ['time-on-task', '', 't3', null],
      ['custom', 'Refunds per week', null, 'p3'],
    ])
    expect(metrics[3]).toMatchObject({ better: 'lower', target: 60, unit: 's' })
    expect(metrics[2]).toMatchObject({ evidenceSource: 'analytics', source: 'Analytics' })
    expect(metrics[4]?.target).toBeNull()
    expect(checkInvariants(result.map)).toEqual([])
  })

  it('refuses the whole sheet, naming each bad row and column', () => {
    const map = sampleMap()
    const result = importMetricsCsv(
      map,
      [
        HEADER,
        '2025-01-31,Awareness,Touchpoint t1,NPS,12,30,,',
        '31/01/2025,Nowhere,,CSAT,high,8o,,',
        ',Awareness,No such card,CSAT,70,,,',
        ',Purchase,Touchpoint t1,CSAT,70,,,',
        ',,,CES,5,,,',
      ].join('\n'),
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toEqual([
      { row: 3, column: 'value', message: '"high" is not a number' },
      { row: 3, column: 'target', message: '"8o" is not a number' },
      {
        row: 3,
        column: 'date',
        message: '"31/01/2025" is not a date written YYYY-MM-DD (such as 2025-03-31)',
      },
      {
        row: 3,
        column: 'phase',
        message: 'no phase is called "Nowhere" (phases: Awareness, Purchase, Usage)',
      },
      { row: 4, column: 'touchpoint', message: 'no touchpoint is called "No such card"' },
      {
        row: 5,
        column: 'touchpoint',
        message: 'touchpoint "Touchpoint t1" is not in phase "Purchase"',
      },
      {
        row: 6,
        column: 'phase',
        message: 'is empty, and so is touchpoint: name where it was measured',
      },
    ])
    expect(map.metrics).toEqual({})
  })

  it('needs metric and value columns, and a place column', () => {
    const missing = importMetricsCsv(sampleMap(), 'phase,metric\nAwareness,NPS')
    expect(!missing.ok && missing.problems[0]?.message).toMatch(/^no "value" column/)
    const nowhere = importMetricsCsv(sampleMap(), 'metric,value\nNPS,3')
    expect(!nowhere.ok && nowhere.problems[0]?.message).toMatch(/no "phase" or "touchpoint"/)
    expect(importMetricsCsv(sampleMap(), '').ok).toBe(false)
  })

  it('reads decimal commas in semicolon sheets, percentages and a direction', () => {
    const result = imported(
      'phase;metric;value;target;better\nAwareness;Drop-off rate;12,5 %;10;\nUsage;Wait;3;2;lower',
    )
    const [dropOff, wait] = Object.values(result.map.metrics)
    expect(dropOff).toMatchObject({
      type: 'drop-off-rate',
      value: 12.5,
      unit: '%',
      better: 'lower',
    })
    expect(wait).toMatchObject({ type: 'custom', name: 'Wait', better: 'lower' })
  })

  it('knows the type names people use', () => {
    expect(metricTypeOf('Net Promoter Score')).toBe('nps')
    expect(metricTypeOf('csat')).toBe('csat')
    expect(metricTypeOf('Drop off rate')).toBe('drop-off-rate')
    expect(metricTypeOf('time_on_task')).toBe('time-on-task')
    expect(metricTypeOf('Returns')).toBe('custom')
    expect(metricTypeOf('Konversionsrate')).toBe('conversion-rate')
    expect(metricTypeOf('Bearbeitungszeit')).toBe('time-on-task')
  })

  it('is told apart from a touchpoint sheet by its header', () => {
    expect(isMetricsCsv(`${HEADER}\n`)).toBe(true)
    expect(isMetricsCsv('phase,title,channel\n')).toBe(false)
    expect(isMetricsCsv('"unclosed')).toBe(false)
  })
})

describe('metricsToCsv', () => {
  it('writes what the import reads back', () => {
    const text = [
      HEADER + ',better',
      '2025-01-31,Awareness,Touchpoint t1,NPS,12,30,,survey,higher',
      ',Purchase,,Checkout abandonment,-3.5,,%,"Report, Q1",lower',
      ',Usage,,CSAT,80,85,%,,higher',
    ].join('\r\n')
    const once = imported(text)
    const exported = metricsToCsv(once.map)
    expect(exported).toBe(`${text}\r\n`)
    const twice = imported(exported)
    const strip = (map: JourneyMap) =>
      Object.values(map.metrics).map(({ id: _id, ...rest }) => rest)
    expect(strip(twice.map)).toEqual(strip(once.map))
  })
})
