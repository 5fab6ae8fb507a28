// Generic access to one kind's collection inside a JourneyMap. The core kinds have typed fields
// (`map.touchpoints`); code that works for every kind goes through these instead, so a kind added
// later needs no change here. Ordered kinds are arrays, the others records keyed by id.

import type { Id, JourneyMap } from '../types'
import type { AnyKind, BaseRecord } from './kind'

export type Records<T> = Readonly<Record<Id, T>>
type Collection = readonly BaseRecord[] | Records<BaseRecord>
type Fields = Readonly<Record<string, unknown>>

function rawCollection(map: JourneyMap, kind: AnyKind): Collection | undefined {
  return (map as unknown as Fields)[kind.collection] as Collection | undefined
}

/** Every record of the kind, in map order. */
export function listOf(map: JourneyMap, kind: AnyKind): readonly BaseRecord[] {
  const collection = rawCollection(map, kind)
  if (collection === undefined) return []
  return Array.isArray(collection) ? collection : Object.values(collection)
}

export function getRecord(map: JourneyMap, kind: AnyKind, id: Id): BaseRecord | undefined {
  const collection = rawCollection(map, kind)
  if (collection === undefined) return undefined
  if (Array.isArray(collection)) return collection.find((record) => record.id === id)
  const records = collection as Records<BaseRecord>
  return Object.hasOwn(records, id) ? records[id] : undefined
}

export function hasRecord(map: JourneyMap, kind: AnyKind, id: Id): boolean {
  return getRecord(map, kind, id) !== undefined
}

/** The map's collection of this kind as its stored value (array or records), for identity checks. */
export function collectionOf(map: JourneyMap, kind: AnyKind): unknown {
  return rawCollection(map, kind)
}

/** The map with the kind's collection replaced (built from records in order). */
export function withCollection(
  map: JourneyMap,
  kind: AnyKind,
  records: readonly BaseRecord[],
): JourneyMap {
  const value = kind.ordered ? records : byId(records)
  return { ...map, [kind.collection]: value }
}

/** The empty value of a kind's collection. */
export function emptyCollection(kind: AnyKind): readonly BaseRecord[] | Records<BaseRecord> {
  return kind.ordered ? [] : {}
}

export function byId<T extends BaseRecord>(records: readonly T[]): Records<T> {
  // fromEntries defines own properties, so an id such as "__proto__" is stored like any other.
  return Object.fromEntries(records.map((record) => [record.id, record]))
}

/**
 * Ids are unique across the whole map (phases, cards and notes are all canvas nodes), whatever
 * kinds it holds: every array or record collection beside `meta` is searched.
 */
export function isIdTaken(map: JourneyMap, id: Id): boolean {
  for (const [key, value] of Object.entries(map)) {
    if (key === 'meta' || typeof value !== 'object' || value === null) continue
    if (Array.isArray(value)) {
      if ((value as readonly BaseRecord[]).some((record) => record.id === id)) return true
    } else if (Object.hasOwn(value, id)) return true
  }
  return false
}
