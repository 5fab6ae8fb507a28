// Note: a sticky note anywhere on the canvas, at an absolute position.

import { newId } from '../ids'
import {
  assertFields,
  assertFinite,
  assertFreshId,
  assertPatch,
  cleanPoint,
  cleanSize,
  patched,
  replaceRecord,
  requireAll,
  requireRecord,
  withRecord,
  withoutRecords,
} from '../records'
import { colorRule, idRule, pointRule, sizeRule, stringRule } from '../rules'
import type { Id, JourneyMap, Point, Size } from '../types'
import { defineKind, type FieldRules } from './kind'

export interface Note {
  readonly id: Id
  readonly text: string
  /** CSS hex colour `#rrggbb`. */
  readonly color: string
  readonly position: Point
  readonly size: Size
}

export const DEFAULT_NOTE_SIZE: Size = { width: 200, height: 140 }
/** Smaller notes cannot show a line of text; operations and restore clamp to this. */
export const MIN_NOTE_SIZE: Size = { width: 80, height: 48 }

/** Pastel sticky-note colours; the first (yellow) is the default. */
export const NOTE_COLORS = [
  '#fff3a3', // yellow
  '#ffd6a5', // peach
  '#caffbf', // mint
  '#bde0fe', // sky
  '#ffc6ff', // pink
  '#e4d7ff', // lavender
] as const

export const NOTE_RULES = {
  id: idRule,
  text: stringRule,
  color: colorRule,
  position: pointRule,
  size: sizeRule,
} as const satisfies FieldRules<Note>

export function createNote(partial: Partial<Note> = {}): Note {
  return {
    id: partial.id ?? newId(),
    text: '',
    color: NOTE_COLORS[0],
    position: { x: 0, y: 0 },
    size: DEFAULT_NOTE_SIZE,
    ...partial,
  }
}

function clampSize(size: Size): Size {
  return cleanSize({
    width: Math.max(MIN_NOTE_SIZE.width, size.width),
    height: Math.max(MIN_NOTE_SIZE.height, size.height),
  })
}

export const noteKind = defineKind<Note>({
  name: 'note',
  nouns: ['note', 'notes'],
  collection: 'notes',
  ordered: false,
  fields: NOTE_RULES,
  file: { listRequired: false, requiredFields: ['id'] },
  sparseFields: ['text', 'color', 'size'],
  create: (partial) => createNote(partial),
  normalise(note, report) {
    const size = clampSize(note.size)
    const position = cleanPoint(note.position)
    const { width, height } = note.size
    if (size.width !== width || size.height !== height) {
      report(
        `note "${note.id}" was ${width}×${height}; it was enlarged to at least ${MIN_NOTE_SIZE.width}×${MIN_NOTE_SIZE.height}`,
      )
    }
    const same =
      Object.is(size.width, width) &&
      Object.is(size.height, height) &&
      Object.is(position.x, note.position.x) &&
      Object.is(position.y, note.position.y)
    return same ? note : { ...note, size, position }
  },
  update: (map, id, patch) => updateNote(map, id, patch),
  bounds: (note) => ({ ...note.position, width: note.size.width, height: note.size.height }),
  thumbnail: { shape: 'box', colour: (note) => note.color },
  migrations: [],
})

export function requireNote(map: JourneyMap, id: Id): Note {
  return requireRecord(map.notes, id, 'unknown-note', 'note')
}

const replaceNote = (map: JourneyMap, before: Note, after: Note) =>
  replaceRecord(map, 'notes', before, after)

export type NotePatch = Partial<Pick<Note, 'text' | 'color'>>

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
  assertPatch('note', note, NOTE_RULES, patch)
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
