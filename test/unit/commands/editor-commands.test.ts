// Commands driven through a headless editor: what each does to the map, the selection and undo.

import { afterEach, describe, expect, it } from 'vitest'
import { CARD_SIZE } from '../../../src/domain/card'
import { reverseEdgeCommand } from '../../../src/commands/record-commands'
import { createEdge, createPhase, createTouchpoint, emptyMap } from '../../../src/domain/defaults'
import { PHASE_HEADER_HEIGHT } from '../../../src/domain/geometry'
import { addPhase, addTouchpoint, connect } from '../../../src/domain/operations'
import { createTestEditor } from '../../support/test-editor'

let editor: ReturnType<typeof createTestEditor>
afterEach(() => editor?.destroy())

function twoPhaseMap() {
  let map = emptyMap('Workshop')
  map = addPhase(map, createPhase({ id: 'aware', name: 'Awareness', width: 320 }))
  map = addPhase(map, createPhase({ id: 'consider', name: 'Consideration', width: 320 }))
  map = addTouchpoint(
    map,
    createTouchpoint({ id: 'ad', title: 'Ad', phaseId: 'aware', position: { x: 40, y: 80 } }),
  )
  map = addTouchpoint(
    map,
    createTouchpoint({
      id: 'site',
      title: 'Site',
      phaseId: 'consider',
      position: { x: 40, y: 80 },
    }),
  )
  return map
}

describe('insert commands', () => {
  it('adds a touchpoint below the cards of the phase in view and selects it', () => {
    editor = createTestEditor(twoPhaseMap(), { x: 100, y: 300 })
    editor.press('t')
    const added = Object.values(editor.map.touchpoints).find(
      (t) => t.id !== 'ad' && t.id !== 'site',
    )
    expect(added?.phaseId).toBe('aware')
    expect(added?.position.y).toBe(80 + CARD_SIZE.height + 24)
    expect(editor.selection).toEqual([added?.id])
  })

  it('adds a phase after the selected one with a colour not used yet', () => {
    editor = createTestEditor(twoPhaseMap())
    editor.select('aware')
    editor.press('p')
    expect(editor.map.phases.map((p) => p.name)).toEqual(['Awareness', 'Phase 3', 'Consideration'])
    const added = editor.map.phases[1]
    expect(editor.map.phases.filter((p) => p.color === added?.color)).toHaveLength(1)
    expect(editor.selection).toEqual([added?.id])
  })

  it('puts a new card just below the header of an empty phase', () => {
    editor = createTestEditor(addPhase(emptyMap(), createPhase({ id: 'only' })))
    editor.run('add-touchpoint')
    const card = Object.values(editor.map.touchpoints)[0]
    expect(card?.phaseId).toBe('only')
    expect(card?.position.y).toBe(PHASE_HEADER_HEIGHT + 24)
  })

  it('adds a note centred in the view', () => {
    editor = createTestEditor(emptyMap(), { x: 500, y: 400 })
    editor.press('n')
    const note = Object.values(editor.map.notes)[0]
    expect(note?.position).toEqual({ x: 400, y: 330 })
    expect(editor.revealed).toEqual([{ x: 400, y: 330, width: 200, height: 140 }])
  })

  it('puts a new note beside the cards in the middle of the view, not on them', () => {
    // 'ad' is drawn at (40, 80) in the first column; the view is centred on it.
    editor = createTestEditor(twoPhaseMap(), { x: 160, y: 146 })
    editor.press('n')
    const note = Object.values(editor.map.notes)[0]!
    const card = { x: 40, y: 80, ...CARD_SIZE }
    const apart =
      note.position.x >= card.x + card.width ||
      note.position.x + note.size.width <= card.x ||
      note.position.y >= card.y + card.height ||
      note.position.y + note.size.height <= card.y
    expect(apart).toBe(true)
  })

  it('brings a new phase and a new card into view', () => {
    editor = createTestEditor(twoPhaseMap())
    editor.press('p')
    expect(editor.revealed.at(-1)).toMatchObject({ x: 640, y: 0, width: 320 })
    editor.press('t')
    const added = editor.selection[0]!
    expect(editor.map.touchpoints[added]?.phaseId).toBe(editor.map.phases[2]?.id)
    expect(editor.revealed.at(-1)).toMatchObject({ x: 640 + 40, ...CARD_SIZE })
  })
})

describe('selection commands', () => {
  it('deletes the selected card with its edges, and undo brings both back', () => {
    editor = createTestEditor(twoPhaseMap())
    editor.select('ad', 'site')
    editor.press('c')
    expect(Object.values(editor.map.edges)).toHaveLength(1)
    editor.select('ad')
    editor.press('Delete')
    expect(editor.map.touchpoints.ad).toBeUndefined()
    expect(Object.values(editor.map.edges)).toHaveLength(0)
    expect(editor.selection).toEqual([])
    editor.press('z', { mod: true })
    expect(editor.map.touchpoints.ad?.title).toBe('Ad')
    expect(Object.values(editor.map.edges)).toHaveLength(1)
  })

  it('deleting a phase moves its cards to the neighbouring phase', () => {
    editor = createTestEditor(twoPhaseMap())
    editor.select('consider')
    editor.press('Backspace')
    expect(editor.map.phases.map((p) => p.id)).toEqual(['aware'])
    expect(editor.map.touchpoints.site?.phaseId).toBe('aware')
    expect(editor.store.getState().notice?.text).toContain('Phase deleted')
  })

  it('duplicates, copies and pastes with fresh ids and keeps edges between copies', () => {
    editor = createTestEditor(twoPhaseMap())
    editor.select('ad', 'site')
    editor.press('c')
    editor.press('d', { mod: true })
    expect(Object.keys(editor.map.touchpoints)).toHaveLength(4)
    expect(Object.keys(editor.map.edges)).toHaveLength(2)
    const copies = editor.selection
    expect(copies).toHaveLength(3) // two cards and their edge
    editor.select('ad')
    editor.press('c', { mod: true })
    editor.press('v', { mod: true })
    editor.press('v', { mod: true })
    const ads = Object.values(editor.map.touchpoints).filter((t) => t.title === 'Ad')
    expect(ads.map((t) => t.position.x).sort((a, b) => a - b)).toEqual([40, 64, 64, 88])
    expect(new Set(ads.map((t) => t.id)).size).toBe(4)
  })

  it('select all, nudge with arrows (10× with Shift) and one undo step per nudge', () => {
    editor = createTestEditor(twoPhaseMap())
    editor.press('a', { mod: true })
    expect(editor.selection.sort()).toEqual(['ad', 'site'])
    editor.press('ArrowRight')
    editor.press('ArrowDown', { shift: true })
    expect(editor.map.touchpoints.ad?.position).toEqual({ x: 41, y: 90 })
    editor.press('z', { mod: true })
    expect(editor.map.touchpoints.ad?.position).toEqual({ x: 41, y: 80 })
  })

  it('Left/Right reorder a selected phase (a phase moves by keyboard too)', () => {
    editor = createTestEditor(twoPhaseMap())
    editor.select('aware')
    editor.press('ArrowRight')
    expect(editor.map.phases.map((p) => p.id)).toEqual(['consider', 'aware'])
    editor.press('ArrowLeft', { shift: true })
    expect(editor.map.phases.map((p) => p.id)).toEqual(['aware', 'consider'])
    editor.press('ArrowUp')
    expect(editor.map.phases.map((p) => p.id)).toEqual(['aware', 'consider'])
  })

  it('a refused edit becomes an error notice, not an exception', () => {
    editor = createTestEditor(twoPhaseMap())
    editor.select('ad', 'site')
    editor.press('c')
    editor.press('c')
    expect(Object.values(editor.map.edges)).toHaveLength(1)
    expect(editor.store.getState().notice?.kind).toBe('error')
  })

  it('C connects left to right by position, whatever the creation order', () => {
    // 'site' is created after 'ad' but is moved left of it: the arrow starts at 'site'.
    let map = twoPhaseMap()
    map = addTouchpoint(
      map,
      createTouchpoint({
        id: 'early',
        title: 'Early',
        phaseId: null,
        position: { x: -400, y: 80 },
      }),
    )
    editor = createTestEditor(map)
    editor.select('site', 'early')
    editor.press('c')
    const [edge] = Object.values(editor.map.edges)
    expect([edge?.source, edge?.target]).toEqual(['early', 'site'])
  })

  it('connects cards in one column top to bottom', () => {
    let map = twoPhaseMap()
    map = addTouchpoint(
      map,
      createTouchpoint({ id: 'above', phaseId: 'consider', position: { x: 40, y: 10 } }),
    )
    editor = createTestEditor(map)
    editor.select('site', 'above')
    editor.press('c')
    const [edge] = Object.values(editor.map.edges)
    expect([edge?.source, edge?.target]).toEqual(['above', 'site'])
  })

  it('reads stacked cards top to bottom even when the lower one sits a little further left', () => {
    let map = twoPhaseMap()
    map = addTouchpoint(
      map,
      createTouchpoint({ id: 'below', phaseId: 'consider', position: { x: 30, y: 300 } }),
    )
    editor = createTestEditor(map)
    editor.select('below', 'site')
    editor.press('c')
    const [edge] = Object.values(editor.map.edges)
    expect([edge?.source, edge?.target]).toEqual(['site', 'below'])
  })

  it('reverses a connection as one undo step, and refuses a duplicate', () => {
    editor = createTestEditor(twoPhaseMap())
    editor.select('ad', 'site')
    editor.press('c')
    const [edge] = Object.values(editor.map.edges)
    expect(editor.execute(reverseEdgeCommand, { id: edge!.id })).toBe(true)
    expect(editor.map.edges[edge!.id]).toMatchObject({ source: 'site', target: 'ad' })
    editor.press('z', { mod: true })
    expect(editor.map.edges[edge!.id]).toMatchObject({ source: 'ad', target: 'site' })
    editor.select('ad', 'site')
    editor.session.edit((m) => connect(m, createEdge({ id: 'back', source: 'site', target: 'ad' })))
    expect(editor.execute(reverseEdgeCommand, { id: edge!.id })).toBe(false)
    expect(editor.store.getState().notice?.kind).toBe('error')
  })

  it('drops selected ids that a colleague deleted', () => {
    editor = createTestEditor(twoPhaseMap())
    editor.select('ad', 'site')
    editor.session.edit((map) => ({ ...map, touchpoints: { site: map.touchpoints.site! } }))
    expect(editor.selection).toEqual(['site'])
  })
})

describe('view commands', () => {
  it('toggles snap, minimap and the help dialog', () => {
    editor = createTestEditor()
    const before = editor.store.getState()
    editor.press('g')
    editor.press('m')
    editor.press('?', { shift: true })
    const after = editor.store.getState()
    expect(after.snapToGrid).toBe(!before.snapToGrid)
    expect(after.showMinimap).toBe(!before.showMinimap)
    expect(after.helpOpen).toBe(true)
  })

  it('undo and redo are disabled until there is something to undo', () => {
    editor = createTestEditor(twoPhaseMap())
    expect(editor.run('undo')).toBe(false)
    editor.press('n')
    expect(editor.store.getState().canUndo).toBe(true)
    expect(editor.run('undo')).toBe(true)
    expect(Object.keys(editor.map.notes)).toHaveLength(0)
    expect(editor.run('redo')).toBe(true)
    expect(Object.keys(editor.map.notes)).toHaveLength(1)
  })
})
