// What Import does to the open map, on the headless editor: replacing is one edit (one undo step)
// that leaves exactly the imported map; a sheet adds its cards in one edit; a bad sheet changes
// nothing. Property: any map replaced by any imported file is exactly the file's map.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseMapFile, serializeMap } from '../../../src/domain/format'
import { addCsvTouchpoints, replaceMap } from '../../../src/ui/export/import-actions'
import { arbitraryJourneyMap } from '../../support/arbitraries'
import { expectSameData } from '../../support/equal'
import { sampleMap } from '../../support/sample-map'
import { createTestEditor } from '../../support/test-editor'

describe('replacing the open map with an imported one', () => {
  it('leaves exactly the imported map, and one undo restores the old one (property)', () => {
    const maps = arbitraryJourneyMap({ trickyIds: true })
    fc.assert(
      fc.property(maps, maps, (current, imported) => {
        const editor = createTestEditor(current)
        try {
          const loaded = parseMapFile(serializeMap(imported))
          if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems))
          replaceMap(editor.store, loaded.map)
          expectSameData(editor.map, imported)
          editor.session.history.undo()
          expectSameData(editor.map, current)
        } finally {
          editor.destroy()
        }
      }),
      { numRuns: 60 },
    )
  })

  it('clears a selection that pointed into the old map', () => {
    const map = sampleMap()
    const editor = createTestEditor(map)
    editor.select(...Object.keys(map.touchpoints))
    replaceMap(editor.store, { ...map, touchpoints: {}, edges: {} })
    expect(editor.selection).toEqual([])
    editor.destroy()
  })
})

describe('adding a sheet of touchpoints', () => {
  it('adds every row in one undoable edit', () => {
    const map = sampleMap()
    const editor = createTestEditor(map)
    const before = Object.keys(map.touchpoints).length
    expect(
      addCsvTouchpoints(editor.store, 'title,phase\nCalls the hotline,Aftercare\nGets a survey,\n'),
    ).toBe(2)
    expect(Object.keys(editor.map.touchpoints)).toHaveLength(before + 2)
    expect(editor.map.phases.map((p) => p.name)).toContain('Aftercare')
    editor.session.history.undo()
    expectSameData(editor.map, map)
    editor.destroy()
  })

  it('changes nothing for a sheet with a bad row', () => {
    const map = sampleMap()
    const editor = createTestEditor(map)
    let updates = 0
    editor.doc.on('update', () => updates++)
    expect(addCsvTouchpoints(editor.store, 'title,emotion\nFine,1\nBad,9\n')).toBe(0)
    expect(updates).toBe(0)
    expectSameData(editor.map, map)
    expect(editor.session.history.canUndo()).toBe(false)
    editor.destroy()
  })
})
