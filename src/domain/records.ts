// Helpers shared by every kind's operations. Records are looked up with Object.hasOwn because ids
// come from files and peers: an id such as "constructor" or "__proto__" must not find
// Object.prototype.

import { JourneyError, type JourneyErrorCode } from './errors'
import { withoutNegativeZero } from './geometry'
import { isIdTaken, type Records } from './kinds/collections'
import { fieldProblems, type Rule } from './rules'
import type { Id, JourneyMap, Point, Size } from './types'

export { isIdTaken, type Records }

export function getOwn<T>(records: Records<T>, id: Id): T | undefined {
  return Object.hasOwn(records, id) ? records[id] : undefined
}

export function unknownRecord(code: JourneyErrorCode, kind: string, id: Id): JourneyError {
  return new JourneyError(code, `unknown ${kind} "${id}"`)
}

export function assertFreshId(map: JourneyMap, id: Id): void {
  if (isIdTaken(map, id)) throw new JourneyError('duplicate-id', `id "${id}" is already in use`)
}

/** Throws 'invalid-value' naming every bad field among `keys`. */
export function assertFields(
  kind: string,
  id: Id,
  rules: Readonly<Record<string, Rule>>,
  values: object,
  keys: Iterable<string>,
): void {
  const problems = fieldProblems(rules, values as Readonly<Record<string, unknown>>, keys)
  if (problems.length === 0) return
  const details = problems.map((p) => `${p.path} ${p.message}`).join('; ')
  throw new JourneyError('invalid-value', `invalid ${kind} "${id}": ${details}`)
}

/** Patches may carry unknown fields (they are kept) but never `undefined`, which JSON drops. */
export function assertNoUndefined(kind: string, id: Id, patch: object): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) {
      throw new JourneyError(
        'invalid-value',
        `invalid ${kind} "${id}": ${key} must not be undefined`,
      )
    }
  }
}

/**
 * What every field edit checks: the fixed fields (the id, an edge's ends) keep their value, no
 * field is undefined, and every other field passes its rule ('invalid-value' otherwise). Fields in
 * `unchecked` are the caller's to check (a width that is clamped rather than refused).
 */
export function assertPatch(
  kind: string,
  record: { readonly id: Id },
  rules: Readonly<Record<string, Rule>>,
  patch: object,
  options: { fixed?: readonly string[]; unchecked?: readonly string[] } = {},
): void {
  const fields = patch as Readonly<Record<string, unknown>>
  for (const key of options.fixed ?? ['id']) {
    if (Object.hasOwn(fields, key) && fields[key] !== (record as Record<string, unknown>)[key]) {
      throw new JourneyError('invalid-value', `the ${key} of ${kind} "${record.id}" cannot change`)
    }
  }
  assertNoUndefined(kind, record.id, patch)
  const checked = Object.keys(patch).filter((key) => !options.unchecked?.includes(key))
  assertFields(kind, record.id, rules, patch, checked)
}

/** The map with one record of a keyed collection replaced; the same map when it did not change. */
export function replaceRecord<K extends 'touchpoints' | 'edges' | 'notes'>(
  map: JourneyMap,
  collection: K,
  before: JourneyMap[K][string],
  after: JourneyMap[K][string],
): JourneyMap {
  if (before === after) return map
  const records = map[collection] as Records<typeof after>
  return { ...map, [collection]: withRecord(records, after.id, after) }
}

/** The record with this id in a keyed collection, or the kind's 'unknown-…' error. */
export function requireRecord<T>(
  records: Records<T>,
  id: Id,
  code: JourneyErrorCode,
  kind: string,
): T {
  const record = getOwn(records, id)
  if (record === undefined) throw unknownRecord(code, kind, id)
  return record
}

export function assertFinite(what: string, ...values: number[]): void {
  if (!values.every((value) => Number.isFinite(value))) {
    throw new JourneyError('invalid-value', `${what} must be finite numbers`)
  }
}

export function cleanPoint(point: Point): Point {
  return { x: withoutNegativeZero(point.x), y: withoutNegativeZero(point.y) }
}

export function cleanSize(size: Size): Size {
  return { width: withoutNegativeZero(size.width), height: withoutNegativeZero(size.height) }
}

/** Deep equality of JSON-like values, used to notice that an edit changes nothing. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const aKeys = Object.keys(a)
  if (aKeys.length !== Object.keys(b).length) return false
  return aKeys.every(
    (key) =>
      Object.hasOwn(b, key) &&
      sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  )
}

/** The record itself when the patch changes nothing, so unchanged records keep their identity. */
export function patched<T extends object>(record: T, patch: object): T {
  const changed = Object.entries(patch).some(
    ([key, value]) => !sameValue((record as Record<string, unknown>)[key], value),
  )
  return changed ? { ...record, ...patch } : record
}

/** A copy with one record set; `{ [id]: … }` defines an own property even for "__proto__". */
export function withRecord<T>(records: Records<T>, id: Id, value: T): Records<T> {
  return { ...records, [id]: value }
}

/** A copy without the given ids, keeping the order of the rest. */
export function withoutRecords<T>(records: Records<T>, ids: ReadonlySet<Id>): Records<T> {
  return Object.fromEntries(Object.entries(records).filter(([id]) => !ids.has(id)))
}

/** Checks every id exists before anything is removed, so a bad id leaves nothing half-done. */
export function requireAll(ids: Iterable<Id>, require: (id: Id) => unknown): Set<Id> {
  const set = new Set<Id>()
  for (const id of ids) {
    require(id)
    set.add(id)
  }
  return set
}

/**
 * The value with every -0 inside it made 0 (JSON cannot keep -0, so a map never holds it); the
 * same value when there was none, so records keep their identity.
 */
export function withoutNegativeZeroDeep<T>(value: T): T {
  // Looked for first, without building anything: every field of every record read from a doc
  // passes here, and almost none holds a -0.
  return holdsNegativeZero(value) ? rebuiltWithoutNegativeZero(value) : value
}

function holdsNegativeZero(value: unknown): boolean {
  if (typeof value === 'number') return Object.is(value, -0)
  if (typeof value !== 'object' || value === null) return false
  for (const inner of Object.values(value)) if (holdsNegativeZero(inner)) return true
  return false
}

function rebuiltWithoutNegativeZero<T>(value: T): T {
  if (Object.is(value, -0)) return 0 as T
  if (typeof value !== 'object' || value === null || !holdsNegativeZero(value)) return value
  if (Array.isArray(value)) return value.map(rebuiltWithoutNegativeZero) as T
  const out: Record<string, unknown> = {}
  for (const [key, inner] of Object.entries(value))
    putOwn(out, key, rebuiltWithoutNegativeZero(inner))
  return out as T
}

/**
 * Every record passed through `update`; the same collection (and untouched records' identity)
 * when none changed. Built with Object.fromEntries, so an id such as "__proto__" stays a record.
 */
export function mapRecords<T>(records: Records<T>, update: (record: T) => T): Records<T> {
  let changed = false
  const entries = Object.entries(records).map(([id, record]) => {
    const next = update(record)
    if (next !== record) changed = true
    return [id, next] as const
  })
  return changed ? Object.fromEntries(entries) : records
}

/**
 * Sets `record[key]` as an ordinary own property, whatever the key: ids and field names come from
 * files and peers, and "__proto__" assigned would set the prototype instead. Every other key is
 * assigned (Object.prototype's other members are writable data properties, so assignment makes an
 * own one), which is several times faster than defineProperty for each of a map's fields.
 */
export function putOwn<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') {
    Object.defineProperty(record, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  } else record[key] = value
}
