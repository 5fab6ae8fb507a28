// Which records a transaction touched, by id: keys added or removed in a kind's collection, and
// records whose fields changed (their key in the collection). The server uses it to remember who
// last edited each record ("what changed since", with names); nothing here names a kind.

import type * as Y from 'yjs'
import { defaultRegistry, type KindRegistry } from '../../domain/kinds/registry'

export function touchedRecordIds(
  transaction: Y.Transaction,
  doc: Y.Doc,
  registry: KindRegistry = defaultRegistry,
): string[] {
  const collections = new Set<unknown>(registry.kinds.map((kind) => doc.getMap(kind.collection)))
  const ids = new Set<string>()
  for (const [type, keys] of transaction.changed) {
    if (collections.has(type)) {
      for (const key of keys) if (key !== null) ids.add(key)
      continue
    }
    const item = type._item
    if (item && typeof item.parentSub === 'string' && collections.has(item.parent)) {
      ids.add(item.parentSub)
    }
  }
  return [...ids]
}
