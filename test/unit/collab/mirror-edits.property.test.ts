// The mirror re-resolves only what an edit can change (src/collab/codec/mirror.ts): the touched
// records of a kind that resolves each record alone, and a kind that reads only which ids its
// dependencies hold only when those ids change. Small edits written straight into the doc — a
// peer's, so they may point at records that do not exist — must still leave the mirror equal to a
// full read after every one of them.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { collectionOf, fromY, mirrorDoc, toY } from '../../../src/collab/codec'
import { defaultRegistry } from '../../../src/domain/kinds/registry'
import type { AnyKind } from '../../../src/domain/kinds/kind'
import { arbitraryJourneyMap } from '../../support/arbitraries'
import { expectSameData } from '../../support/equal'
import { sampleMap } from '../../support/sample-map'
import { putOwn } from '../../../src/domain/records'

const kindNamed = (name: string): AnyKind => {
  const kind = defaultRegistry.kinds.find((k) => k.name === name)
  if (!kind) throw new Error(`no kind ${name}`)
  return kind
}

/** Fields that refer to other records, and the collections their ids come from. */
const REFERENCES: readonly { kind: string; field: string; from: string; list?: true }[] = [
  { kind: 'touchpoint', field: 'phaseId', from: 'phase' },
  { kind: 'touchpoint', field: 'laneId', from: 'lane' },
  { kind: 'touchpoint', field: 'personaIds', from: 'persona', list: true },
  { kind: 'edge', field: 'source', from: 'touchpoint' },
  { kind: 'edge', field: 'target', from: 'touchpoint' },
  { kind: 'metric', field: 'touchpointId', from: 'touchpoint' },
  { kind: 'metric', field: 'phaseId', from: 'phase' },
]

/** Plain field edits that change no reference: what typing and dragging write. */
const FIELDS: readonly { kind: string; field: string; value: fc.Arbitrary<unknown> }[] = [
  { kind: 'touchpoint', field: 'title', value: fc.string({ maxLength: 12 }) },
  {
    kind: 'touchpoint',
    field: 'position',
    value: fc.tuple(fc.integer(), fc.integer()).map(([x, y]) => ({ x, y })),
  },
  { kind: 'phase', field: 'width', value: fc.integer({ min: 40, max: 900 }) },
  { kind: 'phase', field: 'name', value: fc.string({ maxLength: 8 }) },
  { kind: 'edge', field: 'label', value: fc.string({ maxLength: 8 }) },
  { kind: 'metric', field: 'value', value: fc.integer() },
  { kind: 'persona', field: 'name', value: fc.string({ maxLength: 8 }) },
]

type Edit =
  | { type: 'field'; which: number; pick: number; value: unknown }
  | { type: 'reference'; which: number; pick: number; target: number; missing: boolean }
  | { type: 'delete'; kind: string; pick: number }
  | { type: 'copy-edge'; pick: number; from: number }

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.integer({ min: 0, max: FIELDS.length - 1 }).chain((which) =>
    fc.record({
      type: fc.constant('field' as const),
      which: fc.constant(which),
      pick: fc.nat(),
      value: (FIELDS[which] as (typeof FIELDS)[number]).value,
    }),
  ),
  fc.record({
    type: fc.constant('reference' as const),
    which: fc.integer({ min: 0, max: REFERENCES.length - 1 }),
    pick: fc.nat(),
    target: fc.nat(),
    missing: fc.boolean(),
  }),
  fc.record({
    type: fc.constant('delete' as const),
    kind: fc.constantFrom('phase', 'lane', 'persona', 'touchpoint', 'edge', 'metric'),
    pick: fc.nat(),
  }),
  fc.record({ type: fc.constant('copy-edge' as const), pick: fc.nat(), from: fc.nat() }),
)

const idsOf = (doc: Y.Doc, kind: string) => [...collectionOf(doc, kindNamed(kind)).keys()].sort()
const nth = <T>(list: readonly T[], n: number): T | undefined => list[n % Math.max(1, list.length)]

function apply(doc: Y.Doc, change: Edit) {
  doc.transact(() => {
    if (change.type === 'field') {
      const { kind, field } = FIELDS[change.which] as (typeof FIELDS)[number]
      const id = nth(idsOf(doc, kind), change.pick)
      if (id !== undefined) collectionOf(doc, kindNamed(kind)).get(id)?.set(field, change.value)
    } else if (change.type === 'reference') {
      const { kind, field, from, list } = REFERENCES[change.which] as (typeof REFERENCES)[number]
      const id = nth(idsOf(doc, kind), change.pick)
      const target = change.missing
        ? 'missing-record'
        : (nth(idsOf(doc, from), change.target) ?? null)
      if (id === undefined) return
      collectionOf(doc, kindNamed(kind))
        .get(id)
        ?.set(field, list ? (target === null ? [] : [target]) : target)
    } else if (change.type === 'delete') {
      const id = nth(idsOf(doc, change.kind), change.pick)
      if (id !== undefined) collectionOf(doc, kindNamed(change.kind)).delete(id)
    } else {
      // Two edges between the same cards: the later one is left out while both exist.
      const edges = collectionOf(doc, kindNamed('edge'))
      const [to, from] = [
        nth(idsOf(doc, 'edge'), change.pick),
        nth(idsOf(doc, 'edge'), change.from),
      ]
      const source = from === undefined ? undefined : edges.get(from)
      if (to === undefined || !source) return
      edges.get(to)?.set('source', source.get('source'))
      edges.get(to)?.set('target', source.get('target'))
    }
  }, 'peer')
}

describe('mirrorDoc under small edits', () => {
  it('equals a full read after every field, reference and delete edit', () => {
    fc.assert(
      fc.property(
        arbitraryJourneyMap({ trickyIds: true }),
        fc.array(edit, { minLength: 1, maxLength: 25 }),
        (map, edits) => {
          const doc = toY(map)
          const mirror = mirrorDoc(doc)
          for (const change of edits) {
            apply(doc, change)
            expectSameData(mirror.get(), fromY(doc))
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('re-resolves only the renamed card: the others, every edge and every metric keep identity', () => {
    const doc = toY(sampleMap())
    const mirror = mirrorDoc(doc)
    const before = mirror.get()
    const [renamed] = Object.keys(before.touchpoints)
    if (renamed === undefined || Object.keys(before.edges).length === 0) {
      throw new Error('the sample map needs cards and edges')
    }
    doc.transact(() => collectionOf(doc, kindNamed('touchpoint')).get(renamed)?.set('title', 'New'))
    const after = mirror.get()
    expect(after.touchpoints[renamed]?.title).toBe('New')
    for (const [id, card] of Object.entries(before.touchpoints)) {
      if (id !== renamed) expect(after.touchpoints[id]).toBe(card)
    }
    expect(after.edges).toBe(before.edges)
    expect(after.metrics).toBe(before.metrics)
    expect(Object.keys(after.touchpoints)).toEqual(Object.keys(before.touchpoints))
  })

  it('renames a card whose id is "__proto__" as an own record, not the prototype', () => {
    const map = sampleMap()
    const [card] = Object.values(map.touchpoints)
    if (!card) throw new Error('the sample map needs a card')
    const touchpoints = { ...map.touchpoints }
    putOwn(touchpoints, '__proto__', { ...card, id: '__proto__' })
    const doc = toY({ ...map, touchpoints })
    const mirror = mirrorDoc(doc)
    doc.transact(() =>
      collectionOf(doc, kindNamed('touchpoint')).get('__proto__')?.set('title', 'Odd'),
    )
    const shown = mirror.get().touchpoints
    expect(Object.getPrototypeOf(shown)).toBe(Object.prototype)
    expect(Object.hasOwn(shown, '__proto__')).toBe(true)
    expectSameData(mirror.get(), fromY(doc))
  })
})
