// JourneyMap → Y.Doc, as a diff. A command computes the next map with a pure domain operation;
// `commitMap` writes only what differs from the previous snapshot, kind by kind and field by
// field, with the given origin. The y-websocket client sends each transaction as one websocket
// frame, and the server refuses frames over its limit (8 MiB by default): a large write (an
// import of thousands of cards) is split into transactions of at most about 1 MiB. They follow
// each other synchronously, so the undo manager still folds them into one step.

import * as Y from 'yjs'
import { collectionOf as recordsOf } from '../../domain/kinds/collections'
import type { AnyKind, BaseRecord } from '../../domain/kinds/kind'
import { defaultRegistry, type KindRegistry } from '../../domain/kinds/registry'
import { sameValue } from '../../domain/records'
import type { JourneyMap } from '../../domain/types'
import { LOCAL_ORIGIN } from '../origin'
import {
  ORDER_KEY,
  SCHEMA_VERSION_KEY,
  collectionOf,
  metaOf,
  readSchemaVersion,
  type YRecord,
} from './layout'
import { keepAll, leftOutOf, type LeftOut } from './left-out'
import { assignOrder } from './order'
import { getOwn, hasOwn } from './own'
import { fromY, orderOf } from './read'

type Plain = Readonly<Record<string, unknown>>
type Records = Readonly<Record<string, BaseRecord>>

/** The most one transaction of a write should carry (an estimate from the records' JSON). */
export const MAX_TRANSACTION_BYTES = 1024 * 1024

/** One piece of a write and about how many bytes it adds to the update. */
interface Write {
  readonly bytes: number
  run(): void
}

const jsonBytes = (value: unknown) => JSON.stringify(value)?.length ?? 0

export function commitMap(
  doc: Y.Doc,
  before: JourneyMap,
  after: JourneyMap,
  origin: unknown = LOCAL_ORIGIN,
  registry: KindRegistry = defaultRegistry,
  maxTransactionBytes: number = MAX_TRANSACTION_BYTES,
) {
  if (before === after) return
  const writes: Write[] = []
  if (before.meta !== after.meta) {
    writes.push({
      bytes: jsonBytes(after.meta),
      run: () => writeFields(metaOf(doc), before.meta, after.meta, keepAll),
    })
  }
  for (const kind of registry.kinds) {
    const previous = recordsOf(before, kind)
    const next = recordsOf(after, kind)
    if (previous === next || next === undefined) continue
    if (kind.ordered) {
      const [from, to] = [(previous ?? []) as BaseRecord[], next as BaseRecord[]]
      writes.push({ bytes: jsonBytes(to), run: () => writeOrdered(doc, kind, from, to) })
    } else {
      writes.push(...recordWrites(doc, kind, (previous ?? {}) as Records, next as Records))
    }
  }
  runInBatches(doc, writes, origin, maxTransactionBytes)
}

/** Runs the writes in as few transactions as fit the byte budget (one for every usual edit). */
function runInBatches(doc: Y.Doc, writes: readonly Write[], origin: unknown, budget: number) {
  let start = 0
  while (start < writes.length) {
    let end = start
    let bytes = 0
    // Always at least one write per transaction, however large it is on its own.
    while (
      end < writes.length &&
      (end === start || bytes + (writes[end] as Write).bytes <= budget)
    ) {
      bytes += (writes[end] as Write).bytes
      end += 1
    }
    const batch = writes.slice(start, end)
    doc.transact(() => batch.forEach((write) => write.run()), origin)
    start = end
  }
}

/**
 * Makes the doc hold exactly `map` (seeding a new doc, the round-trip tests), and stamps the
 * schema version on a doc that has none.
 */
export function toY(
  map: JourneyMap,
  doc: Y.Doc = new Y.Doc(),
  origin: unknown = LOCAL_ORIGIN,
  registry: KindRegistry = defaultRegistry,
) {
  commitMap(doc, fromY(doc, registry), map, origin, registry)
  if (readSchemaVersion(doc) === null) {
    doc.transact(() => metaOf(doc).set(SCHEMA_VERSION_KEY, registry.version), origin)
  }
  return doc
}

function recordWrites(doc: Y.Doc, kind: AnyKind, before: Records, after: Records): Write[] {
  const collection = collectionOf(doc, kind)
  const leftOut = leftOutOf(kind)
  const writes: Write[] = []
  for (const id of Object.keys(before)) {
    if (!hasOwn(after, id)) writes.push({ bytes: id.length + 8, run: () => collection.delete(id) })
  }
  // Keys, not entries: a keystroke diffs every card's identity, and on a 2,000-card map building
  // 2,000 [id, record] pairs cost several times the comparisons themselves.
  for (const id of Object.keys(after)) {
    const record = after[id] as BaseRecord
    const previous = getOwn(before, id)
    if (previous === record) continue
    writes.push({
      bytes: jsonBytes(record),
      run() {
        const existing = collection.get(id)
        if (previous && existing) writeFields(existing, previous, record, leftOut)
        else collection.set(id, newRecord(record, leftOut))
      },
    })
  }
  return writes
}

function writeOrdered(doc: Y.Doc, kind: AnyKind, before: BaseRecord[], after: BaseRecord[]) {
  const collection = collectionOf(doc, kind)
  const leftOut = leftOutOf(kind)
  const beforeById = new Map(before.map((record) => [record.id, record]))
  const afterIds = new Set(after.map((record) => record.id))
  for (const record of before) if (!afterIds.has(record.id)) collection.delete(record.id)
  for (const record of after) {
    const previous = beforeById.get(record.id)
    const existing = collection.get(record.id)
    if (previous && existing) {
      if (previous !== record) writeFields(existing, previous, record, leftOut)
    } else {
      collection.set(record.id, newRecord(record, leftOut))
    }
  }
  const current = new Map<string, number>()
  for (const record of after) {
    const stored = collection.get(record.id)
    if (stored?.has(ORDER_KEY)) current.set(record.id, orderOf(stored))
  }
  const writes = assignOrder(
    current,
    after.map((record) => record.id),
  )
  for (const [id, order] of writes) collection.get(id)?.set(ORDER_KEY, order)
}

function newRecord(fields: object, leftOut: LeftOut): YRecord {
  const record = new Y.Map<unknown>()
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined && !leftOut(key, value)) record.set(key, value)
  }
  return record
}

/**
 * Writes the fields that differ between `before` and `after`. A field that changes to a value
 * the doc leaves out is deleted; one that did not change is not touched, even when an older
 * Trailmap stored it at its default.
 */
export function writeFields(
  target: Y.Map<unknown>,
  before: object,
  after: object,
  leftOut: LeftOut,
) {
  const previous = before as Plain
  const next = after as Plain
  for (const key of Object.keys(previous)) if (!hasOwn(next, key)) target.delete(key)
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined) target.delete(key)
    else if (sameValue(getOwn(previous, key), value)) continue
    else if (leftOut(key, value)) target.delete(key)
    else target.set(key, value)
  }
}
