// Any peer with an edit token can write anything into the doc. Whatever it writes into whatever
// field of whatever kind, the snapshot read from the doc is a valid map (every field of its
// kind's type), so the canvas and the inspector never meet a value they cannot render.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { collectionOf, fromY, metaOf, mirrorDoc, toY } from '../../../src/collab/codec'
import { listOf } from '../../../src/domain/kinds/collections'
import { defaultRegistry } from '../../../src/domain/kinds/registry'
import { repairsOf } from '../../../src/domain/kinds/restore'
import { checkInvariants } from '../../../src/domain/invariants'
import { sampleMap } from '../../support/sample-map'

const garbage = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.constantFrom(null, -0, NaN, Infinity, '', 'url(https://evil.example/x)', { x: 'a', y: [] }),
)

/** One write: a kind, a record of it, a field (known or not) and a value. */
const write = fc.record({
  kind: fc.constantFrom(...defaultRegistry.kinds),
  pick: fc.nat(),
  field: fc.oneof(
    fc.constantFrom('id', 'title', 'x-extra', '__order'),
    fc.string({ maxLength: 8 }),
  ),
  known: fc.boolean(),
  value: garbage,
})

describe('reading a doc that peers wrote garbage into', () => {
  it('always gives a valid map, marks the repaired records, and the mirror agrees', () => {
    fc.assert(
      fc.property(fc.array(write, { minLength: 1, maxLength: 12 }), garbage, (writes, title) => {
        const doc = toY(sampleMap())
        const mirror = mirrorDoc(doc)
        for (const { kind, pick, field, known, value } of writes) {
          const records = [...collectionOf(doc, kind).values()]
          const record = records[pick % Math.max(1, records.length)]
          const fields = Object.keys(kind.fields)
          const key = known ? (fields[pick % fields.length] as string) : field
          doc.transact(() => {
            if (record) record.set(key, value === undefined ? null : value)
            metaOf(doc).set('title', title === undefined ? null : title)
          }, 'peer')
        }
        const read = fromY(doc)
        expect(checkInvariants(read)).toEqual([])
        expect(typeof read.meta.title).toBe('string')
        expect(checkInvariants(mirror.get())).toEqual([])
        for (const kind of defaultRegistry.kinds) {
          for (const record of listOf(read, kind)) {
            const repaired = repairsOf(record) ?? []
            for (const field of repaired) expect(Object.keys(kind.fields)).toContain(field)
          }
        }
        mirror.destroy()
      }),
      { numRuns: 150 },
    )
  })

  it('marks a card whose title is an object, and shows the default title', () => {
    const doc = toY(sampleMap())
    const id = Object.keys(sampleMap().touchpoints)[0] as string
    const tp = defaultRegistry.byName('touchpoint')
    if (!tp) throw new Error('no touchpoint kind')
    collectionOf(doc, tp).get(id)?.set('title', { evil: true })
    const card = fromY(doc).touchpoints[id]
    expect(card?.title).toBe('New touchpoint')
    expect(repairsOf(card as object)).toEqual(['title'])
  })

  it('ignores a record that is not a map at all', () => {
    const doc = new Y.Doc()
    doc.getMap('touchpoints').set('t1', 'not a record')
    expect(fromY(doc).touchpoints).toEqual({})
  })

  it('keeps fields named "__proto__" or "constructor" as ordinary own fields', () => {
    const doc = toY(sampleMap())
    const id = Object.keys(sampleMap().touchpoints)[0] as string
    const tp = defaultRegistry.byName('touchpoint')
    if (!tp) throw new Error('no touchpoint kind')
    const record = collectionOf(doc, tp).get(id)
    record?.set('__proto__', { polluted: true })
    record?.set('constructor', 'peer value')
    const card = fromY(doc).touchpoints[id] as unknown as Record<string, unknown>
    expect(Object.getPrototypeOf(card)).toBe(Object.prototype)
    expect(Object.hasOwn(card, '__proto__')).toBe(true)
    expect(Object.getOwnPropertyDescriptor(card, '__proto__')?.value).toEqual({ polluted: true })
    expect(card['constructor']).toBe('peer value')
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })
})
