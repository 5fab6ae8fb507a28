// What a new map's document holds before anyone opens it. The server writes it as the map's
// snapshot while creating the map, so no client ever seeds content: two people opening a fresh
// map at once cannot both add the template (DESIGN.md, "Seeding").

import * as Y from 'yjs'
import { SCHEMA_VERSION_KEY, metaOf, toY } from '../../src/collab/codec'
import { CURRENT_SCHEMA_VERSION } from '../../src/domain/kinds/registry'
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
 * A doc holding only its title (and its format version): what a map created without a template
 * starts as. Nothing else is written, so such a map is exactly as empty as before templates.
 */
export function titleOnlyState(title: string): Uint8Array {
  const doc = new Y.Doc()
  try {
    doc.transact(() => {
      metaOf(doc).set('title', title)
      // Stamped like every new doc, so opening it never needs an upgrade write.
      metaOf(doc).set(SCHEMA_VERSION_KEY, CURRENT_SCHEMA_VERSION)
    })
    return Y.encodeStateAsUpdate(doc)
  } finally {
    doc.destroy()
  }
}
