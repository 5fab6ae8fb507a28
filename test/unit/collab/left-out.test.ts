// The doc leaves out a record's id and the fields its kind declares sparse while they hold their
// default (src/collab/codec/left-out.ts); reading puts them back.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { commitMap, fromY, toY } from '../../../src/collab/codec'
import { collectionOf } from '../../../src/collab/codec/layout'
import { defaultRegistry } from '../../../src/domain/kinds/registry'
import { touchpointKind } from '../../../src/domain/kinds/touchpoint'
import { collectionOf as recordsOf } from '../../../src/domain/kinds/collections'
import type { BaseRecord } from '../../../src/domain/kinds/kind'
import { sameValue } from '../../../src/domain/records'
import type { JourneyMap, Touchpoint } from '../../../src/domain/types'
import { sampleJourney } from '../../../bin/sample-journey'
import { arbitraryJourneyMap } from '../../support/arbitraries'
import { expectSameData } from '../../support/equal'

const map = () => sampleJourney({ phases: 2, perPhase: 2, across: 2, notes: 0 })
const firstCard = (m: JourneyMap) => Object.values(m.touchpoints)[0] as Touchpoint
const storedCard = (doc: Y.Doc, id: string) =>
  collectionOf(doc, touchpointKind).get(id) as Y.Map<unknown>
const withCard = (m: JourneyMap, card: Touchpoint): JourneyMap => ({
  ...m,
  touchpoints: { ...m.touchpoints, [card.id]: card },
})

/** Every field of a stored card, as an older Trailmap wrote it (defaults and the id included). */
function storeEveryField(doc: Y.Doc, card: Touchpoint) {
  const record = new Y.Map<unknown>()
  for (const [key, value] of Object.entries(card)) record.set(key, value)
  collectionOf(doc, touchpointKind).set(card.id, record)
}

describe('fields the doc leaves out', () => {
  it('stores a card without its id and without the sparse fields it holds at their default', () => {
    const m = map()
    const card = { ...firstCard(m), description: '', painPoints: [], owner: '', tags: [] }
    const doc = toY(withCard(m, card))
    const keys = [...storedCard(doc, card.id).keys()]
    expect(keys).not.toContain('id')
    for (const key of ['description', 'painPoints', 'owner', 'tags', 'laneId', 'evidence']) {
      expect(keys).not.toContain(key)
    }
    // What is not sparse is stored even at its default: the kind follows the channel, and the
    // position is stacked when missing.
    expect(keys).toEqual(expect.arrayContaining(['title', 'channel', 'kind', 'position']))
    expectSameData(fromY(doc), withCard(m, card))
  })

  it('deletes a field that goes back to its default and stores it again when it changes', () => {
    const m = withCard(map(), { ...firstCard(map()), description: 'Long wait', tags: ['vip'] })
    const card = firstCard(m)
    const doc = toY(m)
    expect(storedCard(doc, card.id).get('description')).toBe('Long wait')

    const cleared = withCard(m, { ...card, description: '', tags: [] })
    commitMap(doc, m, cleared)
    expect(storedCard(doc, card.id).has('description')).toBe(false)
    expect(storedCard(doc, card.id).has('tags')).toBe(false)
    expectSameData(fromY(doc), cleared)

    const again = withCard(cleared, { ...firstCard(cleared), description: 'Second try' })
    commitMap(doc, cleared, again)
    expect(storedCard(doc, card.id).get('description')).toBe('Second try')
    expectSameData(fromY(doc), again)
  })

  it('reads a card an older Trailmap stored whole, and leaves its stored defaults alone', () => {
    const m = map()
    const card = firstCard(m)
    const doc = toY(m)
    collectionOf(doc, touchpointKind).delete(card.id)
    storeEveryField(doc, card)
    expectSameData(fromY(doc), m)

    const retitled = withCard(m, { ...card, title: 'Renamed' })
    const changed: string[] = []
    storedCard(doc, card.id).observe((event) => changed.push(...event.keysChanged))
    commitMap(doc, m, retitled)
    expect(changed).toEqual(['title'])
    expect(storedCard(doc, card.id).get('description')).toBe('')
    expectSameData(fromY(doc), retitled)
  })

  it('keeps a colleague edit made while someone else clears the same field', () => {
    const m = withCard(map(), { ...firstCard(map()), description: 'Draft' })
    const card = firstCard(m)
    const a = toY(m)
    const b = new Y.Doc()
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    commitMap(a, m, withCard(m, { ...card, description: '' }))
    commitMap(b, m, withCard(m, { ...card, description: 'Draft, reviewed' }))
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    expect(firstCard(fromY(a)).description).toBe('Draft, reviewed')
    expectSameData(fromY(a), fromY(b))
  })

  it("makes a big map's doc much smaller than storing every field", () => {
    const big = sampleJourney({ phases: 5, perPhase: 40, across: 4, notes: 0 })
    const sparse = Y.encodeStateAsUpdate(toY(big)).length
    const whole = toY({ ...big, touchpoints: {} })
    whole.transact(() => {
      for (const card of Object.values(big.touchpoints)) storeEveryField(whole, card)
    })
    expect(sparse).toBeLessThan(0.75 * Y.encodeStateAsUpdate(whole).length)
  })

  it('declares only fields whose default depends neither on the rest of the record nor on its place', () => {
    // Reading fills a missing field with `create`'s value for it: were that value to follow
    // another field (a card's kind follows its channel), a left-out field would read back wrong.
    fc.assert(
      fc.property(arbitraryJourneyMap(), (m) => {
        for (const kind of defaultRegistry.kinds) {
          const fields: readonly string[] = kind.sparseFields ?? []
          if (fields.length === 0) continue
          const defaults = kind.create({ id: '' }) as unknown as Record<string, unknown>
          const records = recordsOf(m, kind) as
            readonly BaseRecord[] | Readonly<Record<string, BaseRecord>>
          for (const record of Object.values(records ?? {}) as BaseRecord[]) {
            for (const field of fields) {
              const rest: Record<string, unknown> = { ...record }
              delete rest[field]
              // Read on its own and at any place of a list (a persona's colour follows it).
              for (const pass of [
                undefined,
                ...[0, 5].map((index) => ({ index, scratch: new Map() })),
              ]) {
                const made = kind.create(rest as unknown as BaseRecord, pass) as unknown as Record<
                  string,
                  unknown
                >
                expect(sameValue(made[field], defaults[field]), `${kind.name}.${field}`).toBe(true)
              }
            }
          }
        }
      }),
      { numRuns: 60 },
    )
  })
})
