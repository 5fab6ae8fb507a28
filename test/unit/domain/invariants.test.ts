import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emptyMap } from '../../../src/domain/defaults'
import { checkInvariants } from '../../../src/domain/invariants'
import type { JourneyMap } from '../../../src/domain/types'
import { arbitraryJourneyMap } from '../../support/arbitraries'
import { sampleMap } from '../../support/sample-map'

function broken(change: (map: JourneyMap) => unknown): string[] {
  return checkInvariants(change(structuredClone(sampleMap())) as JourneyMap)
}

describe('checkInvariants', () => {
  it('accepts the sample map, an empty map and every generated map', () => {
    expect(checkInvariants(sampleMap())).toEqual([])
    expect(checkInvariants(emptyMap())).toEqual([])
    fc.assert(
      fc.property(arbitraryJourneyMap({ trickyIds: true }), (map) => {
        expect(checkInvariants(map)).toEqual([])
      }),
    )
  })

  it('names each broken rule', () => {
    const cases: [(map: JourneyMap) => JourneyMap, string][] = [
      [
        (m) => ({ ...m, edges: { ...m.edges, e9: { ...m.edges.e1!, id: 'e9', target: 'gone' } } }),
        'edge "e9" from "t1" to "gone" was removed: touchpoint "gone" does not exist',
      ],
      [
        (m) => ({ ...m, edges: { ...m.edges, e9: { ...m.edges.e1!, id: 'e9', target: 't1' } } }),
        'edge "e9" from "t1" to "t1" was removed: it connects a touchpoint to itself',
      ],
      [
        (m) => ({ ...m, edges: { ...m.edges, e9: { ...m.edges.e1!, id: 'e9' } } }),
        'was removed: it repeats edge "e1"',
      ],
      [
        (m) => ({
          ...m,
          touchpoints: { ...m.touchpoints, t1: { ...m.touchpoints.t1!, phaseId: 'p9' } },
        }),
        'touchpoint "t1" was in phase "p9", which does not exist',
      ],
      [
        (m) => ({ ...m, notes: { ...m.notes, n9: { ...m.notes.n1! } } }),
        'note stored under "n9" has id "n1"',
      ],
      [
        (m) => ({ ...m, notes: { ...m.notes, t1: { ...m.notes.n1!, id: 't1' } } }),
        'id "t1" is used twice',
      ],
      [
        (m) => ({ ...m, phases: [{ ...m.phases[0]!, width: 100 }] }),
        'it was widened to the minimum',
      ],
      [
        (m) => ({ ...m, notes: { n1: { ...m.notes.n1!, size: { width: 10, height: 10 } } } }),
        'it was enlarged to at least',
      ],
      [
        (m) => ({ ...m, notes: { n1: { ...m.notes.n1!, position: { x: -0, y: 0 } } } }),
        'the map holds -0',
      ],
      [
        (m) => ({
          ...m,
          touchpoints: { t4: { ...m.touchpoints.t4!, emotion: 9 as 0 } },
          edges: {},
        }),
        'emotion must be an integer',
      ],
      [
        (m) => ({ ...m, meta: { title: 1 as unknown as string, description: '' } }),
        'meta: title must be a string',
      ],
    ]
    for (const [change, message] of cases) {
      const messages = broken(change)
      expect(
        messages.some((m) => m.includes(message)),
        `${message} in ${JSON.stringify(messages)}`,
      ).toBe(true)
    }
  })
})
