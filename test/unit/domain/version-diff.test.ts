import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { moveTouchpoint, setTitle, updateTouchpoint } from '../../../src/domain/operations'
import { templateById } from '../../../src/domain/templates'
import type { JourneyMap } from '../../../src/domain/types'
import { applyDiff, changedFields, diffMaps, diffSize } from '../../../src/domain/versions/diff'
import { arbitraryJourneyMap } from '../../support/arbitraries'
import { firstDifference } from '../../support/equal'

/** B made from A: some records dropped, some edited, phases reversed, records of C added. */
function derived(a: JourneyMap, c: JourneyMap, seed: number): JourneyMap {
  const keep = (i: number) => (i + seed) % 3 !== 0
  const touchpoints = Object.fromEntries(
    Object.entries(a.touchpoints)
      .filter((_, i) => keep(i))
      .map(([id, card], i) => [id, i % 2 === 0 ? { ...card, title: `${card.title}!` } : card]),
  )
  for (const [id, card] of Object.entries(c.touchpoints)) {
    if (!Object.hasOwn(a.touchpoints, id))
      Object.defineProperty(touchpoints, id, { value: card, enumerable: true })
  }
  return {
    ...a,
    meta: seed % 2 === 0 ? { ...a.meta, title: `${a.meta.title} (to-be)` } : a.meta,
    phases: [...a.phases].reverse(),
    lanes: a.lanes.filter((_, i) => keep(i)),
    touchpoints,
    notes: c.notes,
  }
}

describe('diffMaps / applyDiff', () => {
  it('applying diff(A → B) to A gives B, for unrelated maps', () => {
    fc.assert(
      fc.property(
        arbitraryJourneyMap({ trickyIds: true }),
        arbitraryJourneyMap({ trickyIds: true }),
        (a, b) => {
          expect(firstDifference(applyDiff(a, diffMaps(a, b)), b)).toBeNull()
        },
      ),
      { numRuns: 150 },
    )
  })

  it('applying diff(A → B) to A gives B, for B derived from A', () => {
    fc.assert(
      fc.property(
        arbitraryJourneyMap({ trickyIds: true }),
        arbitraryJourneyMap(),
        fc.nat(5),
        (a, c, seed) => {
          const b = derived(a, c, seed)
          const diff = diffMaps(a, b)
          expect(firstDifference(applyDiff(a, diff), b)).toBeNull()
          // And the diff of a map with itself is empty.
          expect(diffSize(diffMaps(b, b))).toEqual({ added: 0, removed: 0, changed: 0 })
        },
      ),
      { numRuns: 150 },
    )
  })

  it('names exactly the fields that changed', () => {
    const a = templateById('classic-5')!.build()
    const card = Object.values(a.touchpoints)[0]!
    const otherPhase = a.phases.find((phase) => phase.id !== card.phaseId)!
    let b = updateTouchpoint(a, card.id, { title: 'Renamed', emotion: -2 })
    b = moveTouchpoint(b, card.id, { x: 10, y: 20 }, otherPhase.id)
    b = setTitle(b, 'Another title')
    const diff = diffMaps(a, b)
    expect(diff.meta?.fields).toEqual(['title'])
    const changes = diff.kinds['touchpoints']!.changed
    expect(changes.map((change) => change.id)).toEqual([card.id])
    expect(changes[0]!.fields).toEqual(['emotion', 'phaseId', 'position', 'title'])
    expect(diff.kinds['phases']).toBeUndefined()
    expect(diffSize(diff)).toEqual({ added: 0, removed: 0, changed: 2 })
  })

  it('sees a moved phase as a new order, not as changed records', () => {
    const a = templateById('classic-5')!.build()
    const b = { ...a, phases: [a.phases[1]!, a.phases[0]!, ...a.phases.slice(2)] }
    const diff = diffMaps(a, b)
    expect(diff.kinds['phases']).toEqual({
      added: [],
      removed: [],
      changed: [],
      order: b.phases.map((phase) => phase.id),
      moved: true,
    })
    expect(applyDiff(a, diff).phases.map((phase) => phase.id)).toEqual(b.phases.map((p) => p.id))
  })

  it('changedFields counts a field that appears or disappears', () => {
    expect(changedFields({ a: 1, b: [1, 2] }, { a: 1, b: [1, 2] })).toEqual([])
    expect(changedFields({ a: 1 }, { a: 1, extra: null })).toEqual(['extra'])
    expect(changedFields({ a: 1, gone: 0 }, { a: 2 })).toEqual(['a', 'gone'])
    expect(changedFields({ position: { x: 1, y: 2 } }, { position: { y: 2, x: 1 } })).toEqual([])
  })
})
