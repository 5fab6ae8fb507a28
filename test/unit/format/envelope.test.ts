import { describe, expect, it } from 'vitest'
import {
  CURRENT_FORMAT_VERSION,
  FORMAT_TYPE,
  serializeMap,
  toEnvelope,
} from '../../../src/domain/format'
import { sampleMap } from '../../support/sample-map'

describe('toEnvelope', () => {
  it('wraps the map with type, version, source and export time', () => {
    const envelope = toEnvelope(sampleMap(), {
      source: 'trailmap 1.2.3',
      exportedAt: '2025-02-03T04:05:06.000Z',
    })
    expect(envelope).toMatchObject({
      type: FORMAT_TYPE,
      version: CURRENT_FORMAT_VERSION,
      source: 'trailmap 1.2.3',
      exportedAt: '2025-02-03T04:05:06.000Z',
    })
    expect(FORMAT_TYPE).toBe('trailmap/journey-map')
    expect(CURRENT_FORMAT_VERSION).toBe(2)
  })

  it('defaults the source and stamps the current time', () => {
    const before = Date.now()
    const envelope = toEnvelope(sampleMap())
    expect(envelope.source).toBe('trailmap')
    expect(Date.parse(envelope.exportedAt)).toBeGreaterThanOrEqual(before - 1000)
    expect(toEnvelope(sampleMap(), { exportedAt: new Date(0) }).exportedAt).toBe(
      '1970-01-01T00:00:00.000Z',
    )
  })

  it('lists records in arrays, in the order of the records, with their unknown fields', () => {
    const map = sampleMap()
    const { map: body } = toEnvelope(map)
    expect(body.phases.map((p) => p.id)).toEqual(['p1', 'p2', 'p3'])
    expect(body.touchpoints.map((t) => t.id)).toEqual(['t1', 't2', 't3', 't4'])
    expect(body.edges.map((e) => e.id)).toEqual(['e1', 'e2', 'e3'])
    expect(body.notes.map((n) => n.id)).toEqual(['n1', 'n2'])
    expect(body.touchpoints[0]).toBe(map.touchpoints.t1)
    expect(body.touchpoints[0]).toMatchObject({ 'x-extra': { kept: true } })
  })

  it('puts the meta, unknown fields included, beside the lists', () => {
    const map = {
      ...sampleMap(),
      meta: { title: 'T', description: 'D', 'x-meta': 1, phases: 'shadow' },
    }
    const { map: body } = toEnvelope(map)
    expect(body.title).toBe('T')
    expect(body.description).toBe('D')
    expect(body['x-meta']).toBe(1)
    // A meta field can never replace the record lists.
    expect(Array.isArray(body.phases)).toBe(true)
  })
})

describe('serializeMap', () => {
  it('writes indented JSON ending with a newline', () => {
    const text = serializeMap(sampleMap(), { exportedAt: '2025-01-01T00:00:00.000Z' })
    expect(text.endsWith('}\n')).toBe(true)
    expect(text).toContain('\n  "type": "trailmap/journey-map",')
    expect(JSON.parse(text)).toEqual(
      toEnvelope(sampleMap(), { exportedAt: '2025-01-01T00:00:00.000Z' }),
    )
  })
})
