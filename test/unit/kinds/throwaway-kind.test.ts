// A kind registered only in this test travels through every layer that iterates the registry —
// the JSON format (with a migration), the Y.Doc codec, the mirror, undo and the live-doc upgrade —
// without any other file knowing about it. This is the promise of src/domain/kinds.

import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  collectionOf,
  commitMap,
  fromY,
  metaOf,
  mirrorDoc,
  readSchemaVersion,
  toY,
  upgradeDoc,
} from '../../../src/collab/codec'
import { LOCAL_ORIGIN } from '../../../src/collab/origin'
import { createSession } from '../../../src/collab/session'
import { createUndoHistory } from '../../../src/collab/undo'
import { emptyMap } from '../../../src/domain/defaults'
import { listOf } from '../../../src/domain/kinds/collections'
import { defineKind } from '../../../src/domain/kinds/kind'
import { CORE_KINDS, createKindRegistry } from '../../../src/domain/kinds/registry'
import { repairsOf } from '../../../src/domain/kinds/restore'
import { parseMapFile, serializeMap } from '../../../src/domain/format'
import { positiveNumberRule, stringRule } from '../../../src/domain/rules'
import type { JourneyMap } from '../../../src/domain/types'

interface Sticker {
  readonly id: string
  readonly label: string
  readonly size: number
}

/** Version 2 renamed the sticker's `text` to `label`. */
const stickerKind = defineKind<Sticker>({
  name: 'sticker',
  nouns: ['sticker', 'stickers'],
  collection: 'stickers',
  ordered: false,
  fields: { id: stringRule, label: stringRule, size: positiveNumberRule },
  file: { listRequired: false, requiredFields: ['id'] },
  create: (partial) => ({ label: '', size: 1, ...partial }),
  migrations: [
    {
      to: 2,
      up: ({ text, ...rest }) => ({ ...rest, label: typeof text === 'string' ? text : '' }),
    },
  ],
})

const registry = createKindRegistry([...CORE_KINDS, stickerKind], 2)

function withStickers(map: JourneyMap, stickers: Record<string, Sticker>): JourneyMap {
  return { ...map, stickers } as JourneyMap
}
const stickersOf = (map: JourneyMap) => listOf(map, stickerKind) as readonly Sticker[]

const base = withStickers(emptyMap('Stickers', registry), {
  s1: { id: 's1', label: 'Hot', size: 2 },
  s2: { id: 's2', label: 'Cold', size: 1 },
})

describe('a kind added in one place', () => {
  it('round-trips through the JSON format', () => {
    const text = serializeMap(base, { registry })
    expect(JSON.parse(text).map.stickers).toHaveLength(2)
    const loaded = parseMapFile(text, { registry })
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems))
    expect(stickersOf(loaded.map)).toEqual(stickersOf(base))
  })

  it('migrates its records in a version 1 file and validates them with its rules', () => {
    const file = (stickers: unknown[]) =>
      JSON.stringify({
        type: 'trailmap/journey-map',
        version: 1,
        map: { title: 'Old', phases: [], touchpoints: [], stickers },
      })
    const loaded = parseMapFile(file([{ id: 's1', text: 'From v1', size: 3 }]), { registry })
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems))
    expect(stickersOf(loaded.map)).toEqual([{ id: 's1', label: 'From v1', size: 3 }])
    const bad = parseMapFile(file([{ id: 's1', size: -1 }]), { registry })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.problems[0]?.path).toBe('$.map.stickers[0].size')
  })

  it('round-trips through the Y.Doc codec and repairs a bad field on read', () => {
    const doc = toY(base, new Y.Doc(), LOCAL_ORIGIN, registry)
    expect([...doc.getMap('stickers').keys()].sort()).toEqual(['s1', 's2'])
    expect(stickersOf(fromY(doc, registry))).toEqual(stickersOf(base))
    collectionOf(doc, stickerKind).get('s1')?.set('size', 'huge')
    const read = stickersOf(fromY(doc, registry)).find((s) => s.id === 's1')
    expect(read).toEqual({ id: 's1', label: 'Hot', size: 1 })
    expect(repairsOf(read as object)).toEqual(['size'])
  })

  it('is mirrored incrementally and undone per person', () => {
    const doc = toY(base, new Y.Doc(), LOCAL_ORIGIN, registry)
    const mirror = mirrorDoc(doc, registry)
    const history = createUndoHistory(doc, registry)
    const before = mirror.get()
    const untouched = stickersOf(before).find((s) => s.id === 's2')
    history.beginEdit()
    const renamed = withStickers(before, {
      s1: { id: 's1', label: 'Warm', size: 2 },
      s2: untouched as Sticker,
      s3: { id: 's3', label: 'New', size: 4 },
    })
    commitMap(doc, before, renamed, LOCAL_ORIGIN, registry)
    expect(stickersOf(mirror.get()).map((s) => s.label)).toEqual(['Warm', 'Cold', 'New'])
    expect(stickersOf(mirror.get()).find((s) => s.id === 's2')).toBe(untouched)
    expect(history.undo()).toBe(true)
    expect(stickersOf(mirror.get())).toEqual(stickersOf(base))
    history.destroy()
    mirror.destroy()
  })

  it('is edited through a session like any core kind', () => {
    const doc = toY(base, new Y.Doc(), LOCAL_ORIGIN, registry)
    const session = createSession('m', { name: 'T', color: '#2563eb' }, { doc, registry })
    session.edit((map) => withStickers(map, { s9: { id: 's9', label: 'Only', size: 1 } }))
    expect(stickersOf(session.getMap())).toEqual([{ id: 's9', label: 'Only', size: 1 }])
    session.history.undo()
    expect(stickersOf(session.getMap())).toHaveLength(2)
    session.destroy()
  })

  it('is upgraded in a live version 1 doc with the same steps, in one transaction', () => {
    const doc = new Y.Doc()
    doc.transact(() => {
      metaOf(doc).set('title', 'Old doc')
      const sticker = new Y.Map<unknown>([
        ['id', 's1'],
        ['text', 'Stored in v1'],
        ['size', 2],
      ])
      doc.getMap('stickers').set('s1', sticker)
    })
    let transactions = 0
    doc.on('afterTransaction', () => (transactions += 1))
    expect(upgradeDoc(doc, 'server', registry)).toEqual({ status: 'upgraded', from: 1, to: 2 })
    expect(transactions).toBe(1)
    expect(readSchemaVersion(doc)).toBe(2)
    expect(doc.getMap<Y.Map<unknown>>('stickers').get('s1')?.toJSON()).toEqual({
      id: 's1',
      label: 'Stored in v1',
      size: 2,
    })
    expect(upgradeDoc(doc, 'server', registry)).toEqual({ status: 'current' })
  })

  it('leaves a doc from a newer version alone, and a session over it refuses to write', () => {
    const doc = toY(base, new Y.Doc(), LOCAL_ORIGIN, registry)
    doc.transact(() => metaOf(doc).set('schemaVersion', 3))
    expect(upgradeDoc(doc, 'server', registry)).toEqual({ status: 'newer', version: 3 })
    const session = createSession('m', { name: 'T', color: '#2563eb' }, { doc, registry })
    expect(session.isNewerDoc()).toBe(true)
    expect(() => session.edit((map) => ({ ...map, meta: { ...map.meta, title: 'x' } }))).toThrow(
      /newer version of Trailmap/,
    )
    expect(fromY(doc, registry).meta.title).toBe('Stickers')
    session.destroy()
  })
})
