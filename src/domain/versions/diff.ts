// What changed between two states of a map, as records per kind (in the manner of tldraw's
// RecordsDiff): added, removed and changed records with the names of the fields that differ, plus
// the new order of ordered kinds (phases, lanes, personas) when it moved. Computed on domain
// records, never on Yjs internals, so it is the same whether both states come from versions,
// files or the live document. `applyDiff(a, diffMaps(a, b))` gives `b` (a property test holds it
// to that), which is what "what changed since" shows and what a restore writes.

import { listOf, withCollection } from '../kinds/collections'
import type { AnyKind, BaseRecord } from '../kinds/kind'
import { defaultRegistry, type KindRegistry } from '../kinds/registry'
import { sameValue } from '../records'
import type { Id, JourneyMap, MapMeta } from '../types'

export interface RecordChange {
  readonly id: Id
  readonly before: BaseRecord
  readonly after: BaseRecord
  /** The fields whose values differ (added, removed or changed), in a stable order. */
  readonly fields: readonly string[]
}

export interface KindDiff {
  readonly added: readonly BaseRecord[]
  readonly removed: readonly BaseRecord[]
  readonly changed: readonly RecordChange[]
  /** Ordered kinds only: every id of the newer state in its order, when the order moved. */
  readonly order?: readonly Id[]
  /**
   * With `order`: records present in both states changed places (not only records added or
   * removed around them) — what a person calls "reordered".
   */
  readonly moved?: boolean
}

export interface MetaChange {
  readonly before: MapMeta
  readonly after: MapMeta
  readonly fields: readonly string[]
}

export interface MapDiff {
  readonly meta: MetaChange | null
  /** By collection name (`touchpoints`, `phases`…); kinds without a change are left out. */
  readonly kinds: Readonly<Record<string, KindDiff>>
}

/** The names of the fields whose values differ between two plain records. */
export function changedFields(before: object, after: object): string[] {
  const a = before as Readonly<Record<string, unknown>>
  const b = after as Readonly<Record<string, unknown>>
  const names = new Set([...Object.keys(a), ...Object.keys(b)])
  return [...names]
    .filter(
      (name) => !(Object.hasOwn(a, name) && Object.hasOwn(b, name) && sameValue(a[name], b[name])),
    )
    .sort()
}

export function diffMaps(
  before: JourneyMap,
  after: JourneyMap,
  registry: KindRegistry = defaultRegistry,
): MapDiff {
  const metaFields = before.meta === after.meta ? [] : changedFields(before.meta, after.meta)
  const kinds: Record<string, KindDiff> = {}
  for (const kind of registry.kinds) {
    const diff = diffKind(kind, listOf(before, kind), listOf(after, kind))
    if (diff) Object.defineProperty(kinds, kind.collection, { value: diff, enumerable: true })
  }
  return {
    meta:
      metaFields.length > 0 ? { before: before.meta, after: after.meta, fields: metaFields } : null,
    kinds,
  }
}

function diffKind(
  kind: AnyKind,
  before: readonly BaseRecord[],
  after: readonly BaseRecord[],
): KindDiff | null {
  const previous = new Map(before.map((record) => [record.id, record]))
  const next = new Map(after.map((record) => [record.id, record]))
  const added = after.filter((record) => !previous.has(record.id))
  const removed = before.filter((record) => !next.has(record.id))
  const changed: RecordChange[] = []
  for (const record of after) {
    const old = previous.get(record.id)
    if (old === undefined || old === record) continue
    const fields = changedFields(old, record)
    if (fields.length > 0) changed.push({ id: record.id, before: old, after: record, fields })
  }
  const order = kind.ordered && !sameOrder(before, after) ? after.map((record) => record.id) : null
  if (added.length === 0 && removed.length === 0 && changed.length === 0 && !order) return null
  const moved =
    order !== null &&
    !sameOrder(
      before.filter((record) => next.has(record.id)),
      after.filter((record) => previous.has(record.id)),
    )
  return { added, removed, changed, ...(order ? { order, ...(moved ? { moved } : {}) } : {}) }
}

function sameOrder(a: readonly BaseRecord[], b: readonly BaseRecord[]): boolean {
  return a.length === b.length && a.every((record, i) => record.id === b[i]?.id)
}

/** `map` with the diff's changes made: records removed, replaced and added, then reordered. */
export function applyDiff(
  map: JourneyMap,
  diff: MapDiff,
  registry: KindRegistry = defaultRegistry,
): JourneyMap {
  let out: JourneyMap = diff.meta ? { ...map, meta: diff.meta.after } : map
  for (const kind of registry.kinds) {
    if (!Object.hasOwn(diff.kinds, kind.collection)) continue
    const change = diff.kinds[kind.collection]!
    const removed = new Set(change.removed.map((record) => record.id))
    const replaced = new Map(change.changed.map((entry) => [entry.id, entry.after]))
    const records = listOf(out, kind)
      .filter((record) => !removed.has(record.id))
      .map((record) => replaced.get(record.id) ?? record)
      .concat(change.added)
    out = withCollection(out, kind, change.order ? inOrder(records, change.order) : records)
  }
  return out
}

/** The records in the given id order; any not named keep their place after those that are. */
function inOrder(records: readonly BaseRecord[], order: readonly Id[]): BaseRecord[] {
  const rank = new Map(order.map((id, i) => [id, i]))
  return records
    .map((record, i) => ({ record, key: rank.get(record.id) ?? order.length + i }))
    .sort((a, b) => a.key - b.key)
    .map(({ record }) => record)
}

/** How many records the diff adds, removes and changes, over every kind (meta counts as one). */
export function diffSize(diff: MapDiff): { added: number; removed: number; changed: number } {
  let added = 0
  let removed = 0
  let changed = diff.meta ? 1 : 0
  for (const change of Object.values(diff.kinds)) {
    added += change.added.length
    removed += change.removed.length
    changed += change.changed.length
  }
  return { added, removed, changed }
}
