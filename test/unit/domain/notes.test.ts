import { describe, expect, it } from 'vitest'
import { MIN_NOTE_SIZE, createNote } from '../../../src/domain/defaults'
import {
  addNote,
  deleteNotes,
  moveNote,
  resizeNote,
  updateNote,
  type NotePatch,
} from '../../../src/domain/operations'
import { expectJourneyError, sampleMap } from '../../support/sample-map'

describe('addNote', () => {
  it('adds a note, raising a too small size', () => {
    const map = sampleMap()
    const note = {
      ...createNote({ id: 'n3', text: 'Idea', size: { width: 10, height: 500 } }),
      'x-a': 'b',
    }
    const result = addNote(map, note)
    expect(result.notes.n3).toEqual({ ...note, size: { width: MIN_NOTE_SIZE.width, height: 500 } })
    expect(result.notes.n1).toBe(map.notes.n1)
    expect(result.touchpoints).toBe(map.touchpoints)
  })

  it('refuses bad fields and ids in use', () => {
    const map = sampleMap()
    expectJourneyError(
      () => addNote(map, createNote({ color: 'yellow' })),
      'invalid-value',
      'color',
    )
    expectJourneyError(
      () => addNote(map, { ...createNote(), size: { width: -1, height: 5 } }),
      'invalid-value',
      'size.width',
    )
    expectJourneyError(() => addNote(map, createNote({ id: 'n1' })), 'duplicate-id', '"n1"')
    expectJourneyError(() => addNote(map, createNote({ id: 'e1' })), 'duplicate-id', '"e1"')
  })
})

describe('updateNote', () => {
  it('changes text and colour, keeping the rest', () => {
    const map = sampleMap()
    const result = updateNote(map, 'n1', { text: 'Persona', color: '#caffbf' })
    expect(result.notes.n1).toEqual({ ...map.notes.n1, text: 'Persona', color: '#caffbf' })
    expect(result.notes.n2).toBe(map.notes.n2)
  })

  it('returns the same map when nothing changes and refuses bad values', () => {
    const map = sampleMap()
    expect(updateNote(map, 'n1', { text: 'Note n1' })).toBe(map)
    expectJourneyError(() => updateNote(map, 'n1', { color: '#ff' }), 'invalid-value', 'color')
    expectJourneyError(
      () => updateNote(map, 'n1', { text: 1 } as unknown as NotePatch),
      'invalid-value',
      'text',
    )
    expectJourneyError(
      () => updateNote(map, 'n1', { id: 'n7' } as NotePatch),
      'invalid-value',
      'id',
    )
    expectJourneyError(
      () => updateNote(map, 'n7', { text: '' }),
      'unknown-note',
      'unknown note "n7"',
    )
  })
})

describe('moveNote and resizeNote', () => {
  it('move and resize (clamped) one note', () => {
    const map = sampleMap()
    expect(moveNote(map, 'n1', { x: -10, y: 5 }).notes.n1?.position).toEqual({ x: -10, y: 5 })
    expect(resizeNote(map, 'n1', { width: 300, height: 20 }).notes.n1?.size).toEqual({
      width: 300,
      height: MIN_NOTE_SIZE.height,
    })
    expect(moveNote(map, 'n1', { x: 1, y: 1 }).notes.n2).toBe(map.notes.n2)
  })

  it('return the same map when nothing changes and refuse bad input', () => {
    const map = sampleMap()
    expect(moveNote(map, 'n1', { x: 0, y: 800 })).toBe(map)
    expect(resizeNote(map, 'n1', { width: 200, height: 140 })).toBe(map)
    expectJourneyError(() => moveNote(map, 'n1', { x: 0, y: Number.NaN }), 'invalid-value')
    expectJourneyError(() => resizeNote(map, 'n1', { width: Infinity, height: 1 }), 'invalid-value')
    expectJourneyError(() => moveNote(map, 'nx', { x: 0, y: 0 }), 'unknown-note', '"nx"')
  })
})

describe('deleteNotes', () => {
  it('removes notes', () => {
    const map = sampleMap()
    const result = deleteNotes(map, ['n1'])
    expect(Object.keys(result.notes)).toEqual(['n2'])
    expect(result.notes.n2).toBe(map.notes.n2)
    expect(deleteNotes(map, [])).toBe(map)
    expectJourneyError(() => deleteNotes(map, ['n1', 't1']), 'unknown-note', '"t1"')
  })

  it('never finds notes on Object.prototype', () => {
    expectJourneyError(() => deleteNotes(sampleMap(), ['hasOwnProperty']), 'unknown-note')
  })
})
