// What a version keeps of a document: its full state (V2 encoding: far smaller than V1 for the
// key-value layout) and its counts (records per kind and tallies, as in the map list's summary).

import * as Y from 'yjs'
import { fromY } from '../../src/collab/codec'
import { mapCounts } from '../../src/domain/summary'

export function captureDoc(doc: Y.Doc): { state: Uint8Array; counts: Record<string, number> } {
  return { state: Y.encodeStateAsUpdateV2(doc), counts: mapCounts(fromY(doc)) }
}
