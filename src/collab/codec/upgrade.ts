// Upgrading a live document written by an older Trailmap, with the same per-kind migration steps
// the file format uses (src/domain/kinds/*: `migrations`). The server runs it when it opens a
// room, before any client is answered, in one transaction; a client that meets a document newer
// than it understands shows a banner and does not write (src/collab/session.ts).

import type * as Y from 'yjs'
import { defaultRegistry, type KindRegistry } from '../../domain/kinds/registry'
import { SCHEMA_VERSION_KEY, collectionOf, isYRecord, metaOf, readSchemaVersion } from './layout'
import { plainFields } from './read'
import { leftOutOf } from './left-out'
import { writeFields } from './write'

export type UpgradeResult =
  | { readonly status: 'current' }
  | { readonly status: 'upgraded'; readonly from: number; readonly to: number }
  | { readonly status: 'newer'; readonly version: number }

/** A doc without a version was written before versions existed: format version 1. */
export function docVersion(doc: Y.Doc): number {
  return readSchemaVersion(doc) ?? 1
}

/** True when the doc was written by a newer Trailmap than `registry` describes. */
export function isNewerDoc(doc: Y.Doc, registry: KindRegistry = defaultRegistry): boolean {
  return docVersion(doc) > registry.version
}

/**
 * Brings the doc's records up to the registry's version and stamps it. A newer doc is left alone.
 * A doc that holds nothing yet is left alone too: its first writer stamps it.
 */
export function upgradeDoc(
  doc: Y.Doc,
  origin: unknown,
  registry: KindRegistry = defaultRegistry,
): UpgradeResult {
  const stored = readSchemaVersion(doc)
  const from = stored ?? 1
  if (from > registry.version) return { status: 'newer', version: from }
  if (stored === registry.version) return { status: 'current' }
  if (stored === null && isEmpty(doc, registry)) return { status: 'current' }
  doc.transact(() => {
    for (const kind of registry.kinds) {
      const steps = kind.migrations.filter((step) => step.to > from)
      if (steps.length === 0) continue
      for (const record of collectionOf(doc, kind).values()) {
        if (!isYRecord(record)) continue
        const before = plainFields(record)
        const after = steps.reduce<Record<string, unknown>>(
          (fields, step) => step.up(fields),
          before,
        )
        writeFields(record, before, after, leftOutOf(kind))
      }
    }
    metaOf(doc).set(SCHEMA_VERSION_KEY, registry.version)
  }, origin)
  return { status: 'upgraded', from, to: registry.version }
}

function isEmpty(doc: Y.Doc, registry: KindRegistry): boolean {
  if (metaOf(doc).size > 0) return false
  return registry.kinds.every((kind) => collectionOf(doc, kind).size === 0)
}
