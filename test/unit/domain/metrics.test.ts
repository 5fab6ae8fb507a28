// The metric kind: its rules and defaults, its operations, what happens to metrics when their
// touchpoint or phase is deleted, and how dangling references are resolved on load.

import { describe, expect, it } from 'vitest'
import { createTouchpoint } from '../../../src/domain/defaults'
import { checkInvariants } from '../../../src/domain/invariants'
import { messagesFor } from '../../../src/domain/i18n'
import {
  DEFAULT_BETTER,
  createMetric,
  metricKind,
  metricLabel,
  metricsOn,
  type Metric,
} from '../../../src/domain/kinds/metric'
import {
  addMetric,
  addTouchpoint,
  deleteMetrics,
  deletePhase,
  deleteRecords,
  deleteTouchpoints,
  updateMetric,
} from '../../../src/domain/operations'
import { parseMapFile, serializeMap } from '../../../src/domain/format'
import type { JourneyMap } from '../../../src/domain/types'
import { expectJourneyError, sampleMap } from '../../support/sample-map'

const metric = (id: string, fields: Partial<Metric> = {}) =>
  createMetric({ id, type: 'csat', value: 70, target: 80, ...fields })

/** Sample map with m1 on card t1 (phase p1), m2 on phase p1, m3 on card t4 (unassigned). */
function withMetrics(): JourneyMap {
  let map = sampleMap()
  map = addMetric(map, metric('m1', { touchpointId: 't1' }))
  map = addMetric(map, metric('m2', { phaseId: 'p1' }))
  map = addMetric(map, metric('m3', { touchpointId: 't4' }))
  return map
}

describe('createMetric', () => {
  it('fills unit and direction from the type, and evidence as observed', () => {
    expect(createMetric({ type: 'time-on-task' })).toMatchObject({
      unit: 's',
      better: 'lower',
      evidence: 'observed',
      target: null,
      date: '',
      phaseId: null,
      touchpointId: null,
    })
    expect(DEFAULT_BETTER['drop-off-rate']).toBe('lower')
    expect(createMetric({ type: 'nps' }).better).toBe('higher')
  })

  it('is labelled by its name, else by its type', () => {
    expect(metricLabel(createMetric({ type: 'nps' }), messagesFor('en'))).toBe('NPS')
    expect(
      metricLabel(createMetric({ type: 'custom', name: ' Refunds ' }), messagesFor('en')),
    ).toBe('Refunds')
    expect(metricLabel(createMetric({ type: 'time-on-task' }), messagesFor('de'))).toBe(
      'Bearbeitungszeit',
    )
  })
})

describe('metric operations', () => {
  it('adds metrics on a touchpoint or a phase, keeping the map valid', () => {
    const map = withMetrics()
    expect(Object.keys(map.metrics)).toEqual(['m1', 'm2', 'm3'])
    expect(checkInvariants(map)).toEqual([])
    expect(metricsOn(map, { touchpointId: 't1' }).map((m) => m.id)).toEqual(['m1'])
    expect(metricsOn(map, { phaseId: 'p1' }).map((m) => m.id)).toEqual(['m2'])
  })

  it('refuses bad values, dates, places and ids in use', () => {
    const map = sampleMap()
    expectJourneyError(() => addMetric(map, metric('x', { value: NaN })), 'invalid-value', 'value')
    expectJourneyError(
      () => addMetric(map, metric('x', { date: '2025-02-30' })),
      'invalid-value',
      'date',
    )
    expectJourneyError(
      () => addMetric(map, metric('x', { touchpointId: 't1', phaseId: 'p1' })),
      'invalid-value',
      'not both',
    )
    expectJourneyError(() => addMetric(map, metric('x', { phaseId: 'nope' })), 'unknown-phase')
    expectJourneyError(() => addMetric(map, metric('t1')), 'duplicate-id')
  })

  it('updates fields; a new place replaces the other one', () => {
    const map = withMetrics()
    const moved = updateMetric(map, 'm1', { phaseId: 'p2' })
    expect(moved.metrics.m1).toMatchObject({ phaseId: 'p2', touchpointId: null })
    expect(moved.metrics.m2).toBe(map.metrics.m2)
    expect(updateMetric(map, 'm1', { value: 70 })).toBe(map)
    expect(updateMetric(map, 'm1', { target: null }).metrics.m1?.target).toBeNull()
    expectJourneyError(() => updateMetric(map, 'm1', { better: 'up' as never }), 'invalid-value')
    expectJourneyError(() => updateMetric(map, 'zz', { value: 1 }), 'unknown-metric')
  })

  it('deletes metrics', () => {
    const map = withMetrics()
    expect(Object.keys(deleteMetrics(map, ['m1', 'm3']).metrics)).toEqual(['m2'])
    expectJourneyError(() => deleteMetrics(map, ['m1', 'zz']), 'unknown-metric')
  })

  it('keeps unknown fields through edits', () => {
    const map = addMetric(sampleMap(), { ...metric('m9', { phaseId: 'p2' }), 'x-k': 1 } as Metric)
    expect(updateMetric(map, 'm9', { value: 3 }).metrics.m9).toMatchObject({ 'x-k': 1, value: 3 })
  })
})

describe('deleting the place of a metric', () => {
  it('moves a deleted touchpoint’s metrics to its phase, or unassigns them', () => {
    const map = deleteTouchpoints(withMetrics(), ['t1', 't4'])
    expect(map.metrics.m1).toMatchObject({ touchpointId: null, phaseId: 'p1' })
    expect(map.metrics.m3).toMatchObject({ touchpointId: null, phaseId: null })
    expect(checkInvariants(map)).toEqual([])
  })

  it('treats a phase’s metrics as its cards: delete, move or unassign', () => {
    const map = withMetrics()
    const deleted = deletePhase(map, 'p1', { touchpoints: 'delete' })
    expect(Object.keys(deleted.metrics)).toEqual(['m3'])
    const moved = deletePhase(map, 'p1', { touchpoints: 'move', toPhaseId: 'p2' })
    expect(moved.metrics.m2?.phaseId).toBe('p2')
    expect(moved.metrics.m1).toBe(map.metrics.m1)
    const unassigned = deletePhase(map, 'p1', { touchpoints: 'unassign' })
    expect(unassigned.metrics.m2?.phaseId).toBeNull()
    for (const result of [deleted, moved, unassigned]) expect(checkInvariants(result)).toEqual([])
  })

  it('keeps the map valid when a selection with phases and cards is deleted', () => {
    const map = addTouchpoint(withMetrics(), createTouchpoint({ id: 't9', phaseId: 'p2' }))
    const withM = addMetric(map, metric('m9', { touchpointId: 't9' }))
    const result = deleteRecords(withM, { phases: ['p2'], touchpoints: ['t1', 't9'] })
    expect(checkInvariants(result)).toEqual([])
    expect(result.metrics.m9).toMatchObject({ touchpointId: null, phaseId: null })
    expect(result.metrics.m1).toMatchObject({ touchpointId: null, phaseId: 'p1' })
  })
})

describe('metrics in the file format', () => {
  it('round-trip through JSON, and version-1 files without metrics stay valid', () => {
    const map = withMetrics()
    const loaded = parseMapFile(serializeMap(map))
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems))
    expect(loaded.map.metrics).toEqual(map.metrics)
    const old = parseMapFile(
      JSON.stringify({
        type: 'trailmap/journey-map',
        version: 1,
        map: { title: 'Old', phases: [], touchpoints: [] },
      }),
    )
    expect(old.ok && old.map.metrics).toEqual({})
  })

  it('repairs dangling places and reports bad fields with their path', () => {
    const file = (metrics: unknown[]) =>
      JSON.stringify({
        type: 'trailmap/journey-map',
        version: 1,
        map: {
          title: 'M',
          phases: [{ id: 'p1', name: 'A' }],
          touchpoints: [{ id: 't1', title: 'Card', phaseId: 'p1' }],
          metrics,
        },
      })
    const loaded = parseMapFile(
      file([
        { id: 'a', value: 1, touchpointId: 'gone' },
        { id: 'b', value: 2, phaseId: 'gone' },
        { id: 'c', value: 3, touchpointId: 't1', phaseId: 'p1' },
        { id: 'd', value: 4, touchpointId: 'gone', phaseId: 'p1' },
      ]),
    )
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems))
    expect(loaded.map.metrics.a).toMatchObject({ touchpointId: null, phaseId: null })
    expect(loaded.map.metrics.b).toMatchObject({ touchpointId: null, phaseId: null })
    expect(loaded.map.metrics.c).toMatchObject({ touchpointId: 't1', phaseId: null })
    expect(loaded.map.metrics.d).toMatchObject({ touchpointId: null, phaseId: 'p1' })
    expect(loaded.repairs.join('\n')).toMatch(/touchpoint "gone", which does not exist/)
    const bad = parseMapFile(file([{ id: 'a', value: 'ten', date: '31/03/2025' }]))
    expect(bad.ok).toBe(false)
    if (!bad.ok) {
      const paths = bad.problems.map((p) => p.path)
      expect(paths).toContain('$.map.metrics[0].value')
      expect(paths).toContain('$.map.metrics[0].date')
    }
  })

  it('keeps a version-1 file’s unrelated metrics field aside', () => {
    const loaded = parseMapFile(
      JSON.stringify({
        type: 'trailmap/journey-map',
        version: 1,
        map: { title: 'Old', phases: [], touchpoints: [], metrics: { nps: 'high' } },
      }),
    )
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems))
    expect(loaded.map.metrics).toEqual({})
    expect((loaded.map.meta as unknown as Record<string, unknown>)['x-v1-metrics']).toEqual({
      nps: 'high',
    })
  })

  it('is a registered kind with the metrics collection', () => {
    expect(metricKind.collection).toBe('metrics')
    expect(metricKind.file.listRequired).toBe(false)
  })
})
