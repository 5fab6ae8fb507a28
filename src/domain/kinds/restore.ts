// Building a kind's records from untrusted plain objects: a file's list (already validated, so
// bad fields are rare there) or a live document's maps (where any peer with an edit token may
// have written anything). Both go through the same steps — keep what passes its field rule, fill
// the rest from the kind's defaults, normalise, then resolve references — so a record that does
// not fit its kind is repaired the same way wherever it is met, and never rendered raw.

import { putOwn, withoutNegativeZeroDeep } from '../records'
import { isPlainObject, type Problem, type Rule } from '../rules'
import type { Id, JourneyMap } from '../types'
import { withCollection } from './collections'
import type { AnyKind, BaseRecord, Pass } from './kind'

type Raw = Readonly<Record<string, unknown>>

/** Records whose stored value broke a field rule, with those fields: the canvas marks them. */
const repairedFields = new WeakMap<object, readonly string[]>()

/** The fields of `record` that were replaced by defaults when it was read, if any. */
export function repairsOf(record: object): readonly string[] | undefined {
  return repairedFields.get(record)
}

/** A record derived from a repaired one (resolved, say) keeps its mark. */
export function carryRepairs<T extends object>(from: object, to: T): T {
  const fields = repairedFields.get(from)
  if (fields && from !== to) repairedFields.set(to, fields)
  return to
}

/**
 * One record from its stored fields. Unknown fields are kept as they are; a known field whose
 * value breaks its rule is dropped so the default takes its place, and the record is marked.
 */
export function repairRecord(kind: AnyKind, id: Id, raw: Raw, pass?: Pass): BaseRecord {
  const rules = kind.fields as Readonly<Record<string, Rule>>
  const kept: Record<string, unknown> = {}
  const broken: string[] = []
  const problems: Problem[] = []
  for (const [key, value] of Object.entries(raw)) {
    const rule = key !== 'id' && Object.hasOwn(rules, key) ? rules[key] : undefined
    rule?.(value, key, problems)
    if (problems.length > 0) {
      broken.push(key)
      problems.length = 0
      continue
    }
    // putOwn: a stored key such as "__proto__" stays an ordinary own field.
    putOwn(kept, key, withoutNegativeZeroDeep(value))
  }
  kept['id'] = id
  const created = kind.create(kept as unknown as BaseRecord, pass)
  const record = kind.normalise?.(created, ignore) ?? created
  if (broken.length > 0) repairedFields.set(record, broken)
  return record
}

const ignore = () => {}

export interface RestoredCollection {
  readonly records: readonly BaseRecord[]
  readonly repairs: readonly string[]
}

/**
 * A file's list of one kind: defaults filled, values normalised (with a sentence for each
 * change). References are resolved separately, once every kind is in (`resolveAll`).
 */
export function restoreList(kind: AnyKind, list: readonly unknown[]): RestoredCollection {
  const repairs: string[] = []
  const scratch = new Map<string, unknown>()
  const records = list.filter(isPlainObject).map((raw, index) => {
    const created = kind.create({ ...raw, id: raw['id'] as Id }, { index, scratch })
    return kind.normalise?.(created, (message) => repairs.push(message)) ?? created
  })
  return { records, repairs }
}

/**
 * Resolves the references of one kind against `map` (whose earlier kinds are already resolved),
 * in list order: records left out or adjusted, each with its sentence.
 */
function resolveRecords(
  kind: AnyKind,
  records: readonly BaseRecord[],
  map: JourneyMap,
): RestoredCollection {
  const { resolve } = kind
  if (!resolve) return { records, repairs: [] }
  const repairs: string[] = []
  const scratch = new Map<string, unknown>()
  const out: BaseRecord[] = []
  records.forEach((record, index) => {
    const resolution = resolve(record, map, { index, scratch })
    if (resolution.repair !== undefined) repairs.push(resolution.repair)
    if (resolution.record !== null) out.push(carryRepairs(record, resolution.record))
  })
  return { records: out, repairs }
}

/** Resolves every kind in registry order, each against the kinds resolved before it. */
export function resolveAll(
  kinds: readonly AnyKind[],
  map: JourneyMap,
  lists: ReadonlyMap<AnyKind, readonly BaseRecord[]>,
): { map: JourneyMap; repairs: string[] } {
  let result = map
  const repairs: string[] = []
  for (const kind of kinds) {
    const resolved = resolveRecords(kind, lists.get(kind) ?? [], result)
    repairs.push(...resolved.repairs)
    result = withCollection(result, kind, resolved.records)
  }
  return { map: result, repairs }
}
