// Keeps an immutable JourneyMap in step with a Y.Doc, rebuilding only the records a transaction
// touched. Unchanged records keep their object identity, so React Flow and memoised cards skip
// them. A kind whose references depend on another (edges on touchpoints) is re-resolved when that
// collection changes — when only its ids matter (readsDependencyIdsOnly), when records came or
// went; resolved copies are cached per stored record, so they keep identity too. A kind that
// resolvesAlone re-resolves just the touched records: one keystroke in a card's title on a
// 2,000-card map resolves one card, not every card and every edge.

import type * as Y from 'yjs'
import { emptyMapWith } from '../../domain/defaults'
import { byId, collectionOf as recordsOf } from '../../domain/kinds/collections'
import type { AnyKind, BaseRecord, Pass } from '../../domain/kinds/kind'
import { defaultRegistry, type KindRegistry } from '../../domain/kinds/registry'
import { carryRepairs, resolveAll } from '../../domain/kinds/restore'
import { putOwn, sameValue } from '../../domain/records'
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

  /** Reads the changed records of `kind` again; true when records were added or removed. */
  function patchStored(kind: AnyKind, ids: ReadonlySet<string>): boolean {
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
      return next.size !== records.size || [...next.keys()].some((id) => !records.has(id))
    }
    const collection = collectionOf(doc, kind)
    let regrouped = false
    for (const id of ids) {
      const record = collection.get(id)
      if (isYRecord(record)) {
        if (!records.has(id)) regrouped = true
        records.set(id, readRecord(kind, id, record))
      } else if (records.delete(id)) regrouped = true
    }
    return regrouped
  }

  /** How one stored record is shown: resolved, and the same object as last time when equal. */
  function resolveOne(kind: AnyKind, record: BaseRecord, map: JourneyMap, pass: Pass) {
    if (!kind.resolve) return record
    const shown = kind.resolve(record, map, pass).record
    if (shown === null || shown === record) return shown
    const cache = resolvedCache.get(kind) as WeakMap<BaseRecord, BaseRecord>
    const previous = cache.get(record)
    if (previous && sameValue(previous, shown)) return previous
    cache.set(record, carryRepairs(record, shown))
    return shown
  }

  /** The kind's collection for `map`: stored records resolved, identity kept where unchanged. */
  function resolveKind(kind: AnyKind, map: JourneyMap): unknown {
    const scratch = new Map<string, unknown>()
    const out: BaseRecord[] = []
    let index = 0
    for (const record of (stored.get(kind) as Stored).values()) {
      const shown = resolveOne(kind, record, map, { index: index++, scratch })
      if (shown !== null) out.push(shown)
    }
    return reuseIfSame(kind, recordsOf(current, kind), out)
  }

  /**
   * Only the touched records of a kind that resolves each record alone, when none was added or
   * removed and nothing it depends on changed: typing in a card's title re-resolves that card,
   * not every card on the map. Null when the whole kind must be resolved after all (a record
   * that was or is now left out changes which records the collection holds).
   */
  function resolveTouched(kind: AnyKind, map: JourneyMap, ids: ReadonlySet<string>) {
    const previous = recordsOf(current, kind) as Readonly<Record<string, BaseRecord>>
    const records = stored.get(kind) as Stored
    let next: Record<string, BaseRecord> | null = null
    for (const id of ids) {
      const record = records.get(id)
      if (!record || !Object.hasOwn(previous, id)) return null
      const shown = resolveOne(kind, record, map, { index: 0, scratch: new Map() })
      if (shown === null) return null
      // Own properties only: a record's id may be "__proto__" (collections.ts, byId).
      if (shown !== previous[id]) putOwn((next ??= { ...previous }), id, shown)
    }
    return next ?? previous
  }

  const onAfterTransaction = (transaction: Y.Transaction) => {
    const changed = changedIds(transaction)
    if (changed.size === 0) return
    let next: JourneyMap = changed.has(META) ? { ...current, meta: readMeta(doc) } : current
    const collection = (map: JourneyMap, name: string) =>
      (map as unknown as Record<string, unknown>)[name]
    /** Collections whose shown records are not the same ids as before this transaction. */
    const regrouped = new Set<string>()
    for (const kind of kinds) {
      const touched = changed.get(kind)
      const dependencyChanged = (kind.dependsOn ?? []).some((name) =>
        kind.readsDependencyIdsOnly
          ? regrouped.has(name)
          : collection(next, name) !== collection(current, name),
      )
      if (!touched && !dependencyChanged) continue
      const addedOrRemoved = touched ? patchStored(kind, touched) : false
      const alone =
        touched && kind.resolvesAlone && !kind.ordered && !addedOrRemoved && !dependencyChanged
          ? resolveTouched(kind, next, touched)
          : null
      const before = recordsOf(next, kind)
      const value = alone ?? resolveKind(kind, next)
      if (value === before) continue
      if (alone === null && !sameIds(before, value)) regrouped.add(kind.collection)
      next = { ...next, [kind.collection]: value }
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

/** Whether two versions of a collection (a list or records by id) hold the same ids. */
function sameIds(a: unknown, b: unknown): boolean {
  const ids = (collection: unknown) =>
    Array.isArray(collection)
      ? collection.map((record: BaseRecord) => record.id)
      : Object.keys((collection ?? {}) as object)
  const [before, after] = [ids(a), ids(b)]
  return before.length === after.length && before.every((id, i) => id === after[i])
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
