import { describe, expect, it } from 'vitest'
import { NOT_A_MAP_MESSAGE, validateMapFile } from '../../../src/domain/format'

function file(map: Record<string, unknown>, envelope: Record<string, unknown> = {}) {
  return {
    type: 'trailmap/journey-map',
    version: 1,
    ...envelope,
    map: { phases: [], touchpoints: [], ...map },
  }
}

describe('validateMapFile', () => {
  it('accepts the smallest valid file and ignores unknown fields everywhere', () => {
    expect(validateMapFile(file({}))).toEqual([])
    const withUnknown = file(
      {
        'x-persona': { name: 'Lena' },
        phases: [{ id: 'p', name: 'P', 'x-kpi': 1 }],
        touchpoints: [{ id: 't', title: 'T', surprise: [1, 2] }],
        edges: [],
        notes: [{ id: 'n', whatever: null }],
      },
      { generator: 'another tool' },
    )
    expect(validateMapFile(withUnknown)).toEqual([])
  })

  it('does not require optional fields, which restore fills in', () => {
    const minimal = file({
      phases: [{ id: 'p', name: 'Only a name' }],
      touchpoints: [{ id: 't', title: 'Only a title' }],
      edges: [{ id: 'e', source: 't', target: 't2' }],
      notes: [{ id: 'n' }],
    })
    expect(validateMapFile(minimal)).toEqual([])
  })

  it('does not refuse dangling references, which restore repairs', () => {
    const dangling = file({
      touchpoints: [{ id: 't', title: 'T', phaseId: 'nowhere' }],
      edges: [{ id: 'e', source: 'ghost', target: 't' }],
    })
    expect(validateMapFile(dangling)).toEqual([])
  })

  it('reports every problem at once, with JSON paths', () => {
    const bad = file({
      title: 5,
      touchpoints: [
        { id: 't1', title: 'ok' },
        { id: 't2', title: 'ok', emotion: 4, channel: 'fax', tags: ['a', 1] },
        { title: 'no id' },
      ],
      edges: [{ id: 'e', source: 't1' }],
    })
    expect(validateMapFile(bad)).toEqual([
      { path: '$.map.title', message: 'must be a string' },
      {
        path: '$.map.touchpoints[1].channel',
        message: expect.stringMatching(/^must be one of website, social-media, email, /),
      },
      { path: '$.map.touchpoints[1].emotion', message: 'must be an integer from -2 to 2' },
      { path: '$.map.touchpoints[1].tags[1]', message: 'must be a string' },
      { path: '$.map.touchpoints[2].id', message: 'is required' },
      { path: '$.map.edges[0].target', message: 'is required' },
    ])
  })

  it('checks the envelope', () => {
    expect(validateMapFile(null)).toEqual([{ path: '$', message: 'must be a JSON object' }])
    expect(validateMapFile([])).toEqual([{ path: '$', message: 'must be a JSON object' }])
    expect(validateMapFile({})).toEqual([
      { path: '$.type', message: NOT_A_MAP_MESSAGE },
      { path: '$.version', message: 'is required' },
      { path: '$.map', message: 'is required' },
    ])
    expect(validateMapFile(file({}, { version: 2.5, source: 1, exportedAt: {} }))).toEqual([
      { path: '$.version', message: 'must be a positive integer' },
      { path: '$.source', message: 'must be a string' },
      { path: '$.exportedAt', message: 'must be a string' },
    ])
  })

  it('names both places of a duplicate id, across lists too', () => {
    const duplicated = file({
      phases: [{ id: 'a', name: 'A' }],
      touchpoints: [
        { id: 'b', title: 'B' },
        { id: 'a', title: 'A again' },
      ],
      notes: [{ id: 'b' }],
    })
    expect(validateMapFile(duplicated)).toEqual([
      { path: '$.map.touchpoints[1].id', message: 'duplicate id "a" (also at $.map.phases[0])' },
      { path: '$.map.notes[0].id', message: 'duplicate id "b" (also at $.map.touchpoints[0])' },
    ])
  })

  it('treats ids that name Object.prototype members like any other', () => {
    const tricky = file({
      touchpoints: [
        { id: '__proto__', title: 'A' },
        { id: 'constructor', title: 'B' },
        { id: '__proto__', title: 'C' },
      ],
    })
    expect(validateMapFile(JSON.parse(JSON.stringify(tricky)))).toEqual([
      {
        path: '$.map.touchpoints[2].id',
        message: 'duplicate id "__proto__" (also at $.map.touchpoints[0])',
      },
    ])
  })

  it('checks nested values and sparse arrays', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = ['a', , 'c']
    const bad = file({
      touchpoints: [
        {
          id: 't',
          title: 'T',
          painPoints: sparse,
          position: { x: 1, y: Number.POSITIVE_INFINITY },
        },
      ],
      notes: [{ id: 'n', size: { width: 10, height: -1 }, position: null }],
    })
    expect(validateMapFile(bad)).toEqual([
      { path: '$.map.touchpoints[0].painPoints[1]', message: 'must be a string' },
      { path: '$.map.touchpoints[0].position.y', message: 'must be a finite number' },
      { path: '$.map.notes[0].position', message: 'must be an object' },
      { path: '$.map.notes[0].size.height', message: 'must be a positive finite number' },
    ])
  })
})
