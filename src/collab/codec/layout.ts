// The Y.Doc layout of one journey map (documented in docs/yjs-layout.md):
//
//   meta           Y.Map  title, description, schemaVersion, and any unknown map-level fields
//   <collection>   Y.Map  one per kind of record (phases, touchpoints, edges, notes, …):
//                         recordId → Y.Map of the record's fields (+ `__order` for ordered kinds)
//
// The kinds come from the registry (src/domain/kinds/registry.ts); nothing here names one. Every
// field is its own key holding a plain JSON value (positions are one `{x, y}` value, so a move is
// one write). Concurrent edits of different fields of one record both survive; the same field is
// last-writer-wins. Ordered kinds carry a fractional `__order` rather than living in a Y.Array,
// because moving an element of a Y.Array concurrently duplicates it.

import type * as Y from 'yjs'
import type { AnyKind } from '../../domain/kinds/kind'
import { cleanTitle } from '../../domain/title'

export const META = 'meta'
export const ORDER_KEY = '__order'
/** The format version the doc's records are written in (meta key; absent in docs before it). */
export const SCHEMA_VERSION_KEY = 'schemaVersion'

export type YRecord = Y.Map<unknown>

export const metaOf = (doc: Y.Doc) => doc.getMap<unknown>(META)
export const collectionOf = (doc: Y.Doc, kind: AnyKind) => doc.getMap<YRecord>(kind.collection)

/**
 * The map's title as stored in the doc (within the title limit, whatever a peer wrote), or null
 * when it has none (used by the server's list).
 */
export function readMapTitle(doc: Y.Doc): string | null {
  const title = metaOf(doc).get('title')
  return typeof title === 'string' ? cleanTitle(title) : null
}

/** The stored schema version, or null for a doc written before versions (or still empty). */
export function readSchemaVersion(doc: Y.Doc): number | null {
  const version = metaOf(doc).get(SCHEMA_VERSION_KEY)
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : null
}

export function isYRecord(value: unknown): value is YRecord {
  // A crafted update could put a plain value where a record belongs; it is ignored, not shown.
  return typeof value === 'object' && value !== null && 'entries' in value && 'get' in value
}
