// What Import does to the open map, on the headless editor: replacing is one edit (one undo step)
// that leaves exactly the imported map; a sheet adds its cards in one edit; a bad sheet changes
// nothing. Property: any map replaced by any imported file is exactly the file's map.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseMapFile, serializeMap } from '../../../src/domain/format'
import {
  addCsvTouchpoints,
  fillNewMap,
  replaceMapContent,
} from '../../../src/commands/import-commands'
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
          editor.execute(replaceMapContent, { map: loaded.map })
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
    editor.execute(replaceMapContent, { map: { ...map, touchpoints: {}, edges: {} } })
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
      editor.execute(addCsvTouchpoints, {
        text: 'title,phase\nCalls the hotline,Aftercare\nGets a survey,\n',
      }),
    ).toBe(2)
    expect(Object.keys(editor.map.touchpoints)).toHaveLength(before + 2)
    expect(editor.map.phases.map((p) => p.name)).toContain('Aftercare')
    // The new phase (right of the last column, x 1020) is brought into view.
    expect(editor.revealed).toEqual([expect.objectContaining({ x: 1020, y: 0 })])
    editor.session.history.undo()
    expectSameData(editor.map, map)
    editor.destroy()
  })

  it('changes nothing for a sheet with a bad row', () => {
    const map = sampleMap()
    const editor = createTestEditor(map)
    let updates = 0
    editor.doc.on('update', () => updates++)
    expect(editor.execute(addCsvTouchpoints, { text: 'title,emotion\nFine,1\nBad,9\n' })).toBe(0)
    expect(updates).toBe(0)
    expectSameData(editor.map, map)
    expect(editor.session.history.canUndo()).toBe(false)
    editor.destroy()
  })
})

describe('imports on a link that cannot edit', () => {
  it('refuse to replace or add, leave the map untouched and say why', () => {
    for (const role of ['view', 'pending'] as const) {
      const map = sampleMap()
      const editor = createTestEditor(map, undefined, role)
      let updates = 0
      editor.doc.on('update', () => updates++)
      expect(
        editor.execute(replaceMapContent, { map: { ...map, touchpoints: {}, edges: {} } }),
      ).toBe(undefined)
      expect(editor.execute(addCsvTouchpoints, { text: 'title\nSneaky\n' })).toBe(undefined)
      expect(updates).toBe(0)
      expectSameData(editor.map, map)
      expect(editor.store.getState().notice?.text).toMatch(
        role === 'view' ? /view-only/ : /Still checking/,
      )
      editor.destroy()
    }
  })
})

describe('opening an import as a new map', () => {
  it('writes the content as the starting state, which undo cannot empty', () => {
    const editor = createTestEditor()
    const imported = sampleMap()
    expect(editor.execute(fillNewMap, { map: imported, title: 'Imported journey' })).toBe(true)
    expect(editor.map.meta.title).toBe('Imported journey')
    expect(Object.keys(editor.map.touchpoints)).toHaveLength(
      Object.keys(imported.touchpoints).length,
    )
    expect(editor.session.history.canUndo()).toBe(false)
    expect(editor.run('undo')).toBe(false)
    expect(Object.keys(editor.map.touchpoints)).toHaveLength(
      Object.keys(imported.touchpoints).length,
    )
    editor.destroy()
  })
})
