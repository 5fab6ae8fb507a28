// Copy and paste of cards, notes and the edges between copied cards. The clipboard holds plain
// records (so a paste still works after the originals were deleted) and is also written to the
// system clipboard as JSON, for pasting into another map in another tab.

import { newId } from '../domain/ids'
import { addNote, addTouchpoint, connect } from '../domain/operations'
import type { Edge, JourneyMap, Note, Touchpoint } from '../domain/types'

export interface ClipboardContent {
  type: 'trailmap/clipboard'
  touchpoints: Touchpoint[]
  notes: Note[]
  edges: Edge[]
}

let clipboard: ClipboardContent | null = null
let pasteCount = 0

export function copyRecords(
  map: JourneyMap,
  selection: ReadonlySet<string>,
): ClipboardContent | null {
  const touchpoints = Object.values(map.touchpoints).filter((t) => selection.has(t.id))
  const notes = Object.values(map.notes).filter((n) => selection.has(n.id))
  if (touchpoints.length === 0 && notes.length === 0) return null
  const ids = new Set(touchpoints.map((t) => t.id))
  const edges = Object.values(map.edges).filter((e) => ids.has(e.source) && ids.has(e.target))
  clipboard = { type: 'trailmap/clipboard', touchpoints, notes, edges }
  pasteCount = 0
  if (typeof navigator !== 'undefined') {
    void navigator.clipboard?.writeText(JSON.stringify(clipboard)).catch(() => undefined)
  }
  return clipboard
}

export function hasClipboard() {
  return clipboard !== null
}

/** Adds copies with fresh ids, offset a little more on each paste; returns the map and new ids. */
export function pasteRecords(map: JourneyMap): { map: JourneyMap; ids: string[] } {
  if (!clipboard) return { map, ids: [] }
  pasteCount++
  const offset = 24 * pasteCount
  const idMap = new Map<string, string>()
  let next = map
  for (const card of clipboard.touchpoints) {
    const id = newId()
    idMap.set(card.id, id)
    const phaseId =
      card.phaseId && next.phases.some((p) => p.id === card.phaseId) ? card.phaseId : null
    const position = { x: card.position.x + offset, y: card.position.y + offset }
    next = addTouchpoint(next, { ...card, id, phaseId, position })
  }
  for (const note of clipboard.notes) {
    const id = newId()
    idMap.set(note.id, id)
    next = addNote(next, {
      ...note,
      id,
      position: { x: note.position.x + offset, y: note.position.y + offset },
    })
  }
  for (const edge of clipboard.edges) {
    const source = idMap.get(edge.source)
    const target = idMap.get(edge.target)
    if (source && target) next = connect(next, { ...edge, id: newId(), source, target })
  }
  return { map: next, ids: [...idMap.values()] }
}
