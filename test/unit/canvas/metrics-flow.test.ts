// Metrics on the canvas stay cheap: a metric edit touches only the node of the card it is on, and
// the heat overlay changes phase nodes only (one attribute per column), never a card's node.

import { describe, expect, it } from 'vitest'
import { createFlowBuilder } from '../../../src/canvas/to-flow'
import { createMetric } from '../../../src/domain/kinds/metric'
import { messagesFor } from '../../../src/domain/i18n'
import { phaseHeat } from '../../../src/domain/metric-status'
import { addMetric, updateMetric } from '../../../src/domain/operations'
import type { JourneyMap } from '../../../src/domain/types'
import { sampleMap } from '../../support/sample-map'

const base = { selection: new Set<string>(), dragging: new Map(), peers: [] }

function withMetrics(): JourneyMap {
  let map = sampleMap()
  map = addMetric(
    map,
    createMetric({ id: 'm1', type: 'csat', value: 70, target: 80, touchpointId: 't1' }),
  )
  map = addMetric(
    map,
    createMetric({ id: 'm2', type: 'nps', value: 10, target: 5, touchpointId: 't1' }),
  )
  map = addMetric(map, createMetric({ id: 'm3', type: 'ces', value: 5, phaseId: 'p2' }))
  return map
}

describe('metrics in the flow', () => {
  it('gives cards a badge with their series count and worst status', () => {
    const nodes = createFlowBuilder().nodes({ ...base, map: withMetrics() })
    const card = (id: string) => nodes.find((node) => node.id === id)
    expect(card('t1')?.data).toMatchObject({ metrics: { count: 2, status: 'red' } })
    expect(card('t2')?.data).not.toHaveProperty('metrics')
  })

  it('re-creates only the node of the card whose metric changed', () => {
    const builder = createFlowBuilder()
    const map = withMetrics()
    const before = builder.nodes({ ...base, map })
    const edited = updateMetric(map, 'm3', { value: 6 })
    const after = builder.nodes({ ...base, map: edited })
    expect(after.filter((node, i) => node !== before[i])).toEqual([])
    const worse = updateMetric(edited, 'm2', { value: 1 })
    const again = builder.nodes({ ...base, map: worse })
    // t1 is still red with two series: its badge is the same object, so its node is kept.
    expect(again.filter((node, i) => node !== after[i])).toEqual([])
    const better = updateMetric(updateMetric(worse, 'm1', { value: 80 }), 'm2', { value: 9 })
    const last = builder.nodes({ ...base, map: better })
    expect(last.filter((node, i) => node !== again[i]).map((node) => node.id)).toEqual(['t1'])
  })

  it('puts the heat overlay on phase nodes only', () => {
    const builder = createFlowBuilder()
    const map = withMetrics()
    const off = builder.nodes({ ...base, map })
    const on = builder.nodes({
      ...base,
      map,
      heat: { mode: 'pain', phases: phaseHeat(map, 'pain', messagesFor('en')) },
    })
    const changed = on.filter((node, i) => node !== off[i])
    expect(changed.map((node) => node.type)).toEqual(['phase', 'phase', 'phase'])
    expect(changed[0]?.data).toMatchObject({ heat: { mode: 'pain', heat: { level: 1 } } })
  })
})
