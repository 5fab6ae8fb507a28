// Keeps an immutable JourneyMap in step with a Y.Doc, rebuilding only the records a transaction
// touched. Unchanged records keep their object identity, so React Flow and memoised cards skip
// them. A kind whose references depend on another (edges on touchpoints) is re-resolved when that
// collection changes; resolved copies are cached per stored record, so they keep identity too.

import type * as Y from 'yjs'
import { emptyMapWith } from '../../domain/defaults'
import { byId, collectionOf as recordsOf } from '../../domain/kinds/collections'
import type { AnyKind, BaseRecord } from '../../domain/kinds/kind'
import { defaultRegistry, type KindRegistry } from '../../domain/kinds/registry'
import { carryRepairs, resolveAll } from '../../domain/kinds/restore'
import { sameValue } from '../../domain/records'
import type { JourneyMap } from '../../domain/types'
import { META, collectionOf, isYRecord, metaOf } from './layout'
import { readMeta, readRecord, readRecords } from './read'

type Listener = (map: JourneyMap, origin: unknown) => void

export interface DocMirror {
  get(): JourneyMap
  subscribe(listener: Listener): () => void
  destroy(): void
}

/** One kind's records as stored (repaired, before references are resolved), by id. */
type Stored = Map<string, BaseRecord>

export function mirrorDoc(doc: Y.Doc, registry: KindRegistry = defaultRegistry): DocMirror {
  const { kinds } = registry
  const stored = new Map<AnyKind, Stored>(
    kinds.map((kind) => [kind, new Map(readRecords(doc, kind).map((r) => [r.id, r]))]),
  )
  const resolvedCache = new Map<AnyKind, WeakMap<BaseRecord, BaseRecord>>(
    kinds.map((kind) => [kind, new WeakMap()]),
  )
  // The first snapshot is resolved from the very records kept in `stored`, so that a later
  // transaction finds them identical.
  let current = resolveAll(
    kinds,
    emptyMapWith(readMeta(doc), registry),
    new Map(kinds.map((kind) => [kind, [...(stored.get(kind) as Stored).values()]])),
  ).map
  const listeners = new Set<Listener>()
  const kindOfType = new Map<unknown, AnyKind>(kinds.map((kind) => [collectionOf(doc, kind), kind]))
  const meta: unknown = metaOf(doc)

  /** Which records of which kind a transaction changed; META when the meta map changed. */
  function changedIds(transaction: Y.Transaction) {
    const out = new Map<AnyKind | typeof META, Set<string>>()
    const add = (kind: AnyKind, id: string) => {
      let ids = out.get(kind)
      if (!ids) out.set(kind, (ids = new Set()))
      ids.add(id)
    }
    for (const [type, keys] of transaction.changed) {
      if (type === meta) {
        out.set(META, new Set())
        continue
      }
      const kind = kindOfType.get(type)
      // Records added or removed: the changed keys are their ids.
      if (kind) for (const key of keys) if (key !== null) add(kind, key)
      const parentKind = kindOfType.get(type.parent)
      // A field of one record changed: its id is the record's key in the collection.
      const id = type._item?.parentSub
      if (parentKind && id) add(parentKind, id)
    }
    return out
  }

  function patchStored(kind: AnyKind, ids: ReadonlySet<string>) {
    const records = stored.get(kind) as Stored
    if (kind.ordered) {
      // Ordered kinds are few (phases) and their order may have changed: read them again, keeping
      // the untouched records' identity.
      const next = new Map<string, BaseRecord>()
      for (const record of readRecords(doc, kind)) {
        const previous = records.get(record.id)
        next.set(record.id, previous && !ids.has(record.id) ? previous : record)
      }
      stored.set(kind, next)
      return
    }
    const collection = collectionOf(doc, kind)
    for (const id of ids) {
      const record = collection.get(id)
      if (isYRecord(record)) records.set(id, readRecord(kind, id, record))
      else records.delete(id)
    }
  }

  /** The kind's collection for `map`: stored records resolved, identity kept where unchanged. */
  function resolveKind(kind: AnyKind, map: JourneyMap): unknown {
    const cache = resolvedCache.get(kind) as WeakMap<BaseRecord, BaseRecord>
    const scratch = new Map<string, unknown>()
    const out: BaseRecord[] = []
    let index = 0
    for (const record of (stored.get(kind) as Stored).values()) {
      let shown: BaseRecord | null = record
      if (kind.resolve) {
        shown = kind.resolve(record, map, { index: index++, scratch }).record
        if (shown !== null && shown !== record) {
          const previous = cache.get(record)
          if (previous && sameValue(previous, shown)) shown = previous
          else cache.set(record, carryRepairs(record, shown))
        }
      }
      if (shown !== null) out.push(shown)
    }
    const previous = recordsOf(current, kind)
    return reuseIfSame(kind, previous, out)
  }

  const onAfterTransaction = (transaction: Y.Transaction) => {
    const changed = changedIds(transaction)
    if (changed.size === 0) return
    let next: JourneyMap = changed.has(META) ? { ...current, meta: readMeta(doc) } : current
    for (const kind of kinds) {
      const touched = changed.get(kind)
      const dependencyChanged = (kind.dependsOn ?? []).some(
        (collection) =>
          (next as unknown as Record<string, unknown>)[collection] !==
          (current as unknown as Record<string, unknown>)[collection],
      )
      if (!touched && !dependencyChanged) continue
      if (touched) patchStored(kind, touched)
      const value = resolveKind(kind, next)
      if (value !== recordsOf(next, kind)) next = { ...next, [kind.collection]: value }
    }
    if (next === current) return
    current = next
    for (const listener of listeners) listener(current, transaction.origin)
  }
  doc.on('afterTransaction', onAfterTransaction)

  return {
    get: () => current,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    destroy() {
      doc.off('afterTransaction', onAfterTransaction)
      listeners.clear()
    },
  }
}

/** The previous collection when it holds exactly the same records in the same order. */
function reuseIfSame(kind: AnyKind, previous: unknown, records: readonly BaseRecord[]): unknown {
  const before: readonly BaseRecord[] = Array.isArray(previous)
    ? previous
    : Object.values((previous ?? {}) as Record<string, BaseRecord>)
  const same = before.length === records.length && before.every((r, i) => r === records[i])
  if (same && previous !== undefined) return previous
  return kind.ordered ? records : byId(records)
}
