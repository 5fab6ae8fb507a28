// The Y.Doc layout of one journey map (documented in docs/yjs-layout.md):
//
//   meta         Y.Map  title, description, and any unknown map-level fields
//   phases       Y.Map  phaseId → Y.Map of the phase's fields + `__order` (a number)
//   touchpoints  Y.Map  touchpointId → Y.Map of the touchpoint's fields
//   edges        Y.Map  edgeId → Y.Map of the edge's fields
//   notes        Y.Map  noteId → Y.Map of the note's fields
//
// Every field is its own key holding a plain JSON value (positions are one `{x, y}` value, so a
// move is one write). Concurrent edits of different fields of one card both survive; the same
// field is last-writer-wins. Phase order is a fractional `__order` per phase rather than a Y.Array,
// because moving an element of a Y.Array concurrently duplicates it.

import type * as Y from 'yjs'

export const META = 'meta'
export const PHASES = 'phases'
export const TOUCHPOINTS = 'touchpoints'
export const EDGES = 'edges'
export const NOTES = 'notes'
export const ORDER_KEY = '__order'

export type RecordCollection = typeof PHASES | typeof TOUCHPOINTS | typeof EDGES | typeof NOTES
export const RECORD_COLLECTIONS: readonly RecordCollection[] = [PHASES, TOUCHPOINTS, EDGES, NOTES]

export type YRecord = Y.Map<unknown>

export const metaOf = (doc: Y.Doc) => doc.getMap<unknown>(META)
export const collectionOf = (doc: Y.Doc, name: RecordCollection) => doc.getMap<YRecord>(name)

/** The map's title as stored in the doc, or null when it has none (used by the server's list). */
export function readMapTitle(doc: Y.Doc): string | null {
  const title = metaOf(doc).get('title')
  return typeof title === 'string' ? title : null
}
