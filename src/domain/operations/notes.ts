// Sticky notes: free text anywhere on the canvas, at absolute positions.

import { MIN_NOTE_SIZE } from '../defaults'
import { JourneyError } from '../errors'
import { NOTE_RULES } from '../rules'
import type { Id, JourneyMap, Note, Point, Size } from '../types'
import {
  assertFields,
  assertFinite,
  assertFreshId,
  assertNoUndefined,
  cleanPoint,
  cleanSize,
  patched,
  replaceNote,
  requireAll,
  requireNote,
  withRecord,
  withoutRecords,
} from './internal'

export type NotePatch = Partial<Pick<Note, 'text' | 'color'>>

function clampSize(size: Size): Size {
  return cleanSize({
    width: Math.max(MIN_NOTE_SIZE.width, size.width),
    height: Math.max(MIN_NOTE_SIZE.height, size.height),
  })
}

/** Adds a note, its size raised to MIN_NOTE_SIZE if needed. */
export function addNote(map: JourneyMap, note: Note): JourneyMap {
  assertFields('note', String(note.id), NOTE_RULES, note, Object.keys(NOTE_RULES))
  assertFreshId(map, note.id)
  const added = { ...note, position: cleanPoint(note.position), size: clampSize(note.size) }
  return { ...map, notes: withRecord(map.notes, added.id, added) }
}

/** Changes the text or colour ('invalid-value' for a bad colour); the id cannot change. */
export function updateNote(map: JourneyMap, id: Id, patch: NotePatch): JourneyMap {
  const note = requireNote(map, id)
  if (Object.hasOwn(patch, 'id') && (patch as { id?: unknown }).id !== id) {
    throw new JourneyError('invalid-value', `the id of note "${id}" cannot change`)
  }
  assertNoUndefined('note', id, patch)
  assertFields('note', id, NOTE_RULES, patch, Object.keys(patch))
  return replaceNote(map, note, patched(note, patch))
}

export function moveNote(map: JourneyMap, id: Id, position: Point): JourneyMap {
  const note = requireNote(map, id)
  assertFinite(`position of note "${id}"`, position.x, position.y)
  return replaceNote(map, note, patched(note, { position: cleanPoint(position) }))
}

/** Sets a note's size, clamped to MIN_NOTE_SIZE (a resize handle may overshoot). */
export function resizeNote(map: JourneyMap, id: Id, size: Size): JourneyMap {
  const note = requireNote(map, id)
  assertFinite(`size of note "${id}"`, size.width, size.height)
  return replaceNote(map, note, patched(note, { size: clampSize(size) }))
}

export function deleteNotes(map: JourneyMap, ids: Iterable<Id>): JourneyMap {
  const doomed = requireAll(ids, (id) => requireNote(map, id))
  if (doomed.size === 0) return map
  return { ...map, notes: withoutRecords(map.notes, doomed) }
}
