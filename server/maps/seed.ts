// What a new map's document holds before anyone opens it. The server writes it as the map's
// snapshot while creating the map, so no client ever seeds content: two people opening a fresh
// map at once cannot both add the template (DESIGN.md, "Seeding").

import * as Y from 'yjs'
import { metaOf, fromY, toY } from '../../src/collab/codec'
import { setTitle } from '../../src/domain/operations'
import type { JourneyMap } from '../../src/domain/types'

/** The doc state holding exactly `map` (a template map with fresh ids, for a new map). */
export function mapState(map: JourneyMap): Uint8Array {
  const doc = toY(map)
  try {
    return Y.encodeStateAsUpdate(doc)
  } finally {
    doc.destroy()
  }
}

/**
 * A doc holding only its title: what a map created without a template starts as. Nothing else is
 * written, so such a map is exactly as empty as before templates existed.
 */
export function titleOnlyState(title: string): Uint8Array {
  const doc = new Y.Doc()
  try {
    metaOf(doc).set('title', title)
    return Y.encodeStateAsUpdate(doc)
  } finally {
    doc.destroy()
  }
}

/**
 * A copy of what people currently see in `source`, under a new title. It is rebuilt from the
 * read map rather than copied update by update: the copy starts without the original's edit
 * history and tombstones, and shares no Yjs client ids with it.
 */
export function copyState(source: Y.Doc, title: string): Uint8Array {
  return mapState(setTitle(fromY(source), title))
}
