// What a record leaves out of the doc: its id (the record's key in its collection already says
// it) and its kind's `sparseFields` while they hold their default (RecordKind.sparseFields).
// Reading puts both back (read.ts: the key as id, `create` for the rest).

import type { AnyKind } from '../../domain/kinds/kind'
import { sameValue } from '../../domain/records'

/** A field's name and value → whether the doc leaves it out. */
export type LeftOut = (key: string, value: unknown) => boolean

const cache = new WeakMap<AnyKind, LeftOut>()

/** Nothing is left out (the map's meta, which is no kind's record). */
export const keepAll: LeftOut = () => false

export function leftOutOf(kind: AnyKind): LeftOut {
  let leftOut = cache.get(kind)
  if (!leftOut) {
    const made = kind.create({ id: '' }) as unknown as Readonly<Record<string, unknown>>
    const sparse: readonly string[] = kind.sparseFields ?? []
    const defaults = new Map(sparse.map((key) => [key, made[key]]))
    leftOut = (key, value) =>
      key === 'id' || (defaults.has(key) && sameValue(defaults.get(key), value))
    cache.set(kind, leftOut)
  }
  return leftOut
}
