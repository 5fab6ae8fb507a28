// The payload commands the inspector and the canvas run: every edit goes through the registry's
// guard, one command is one undo step, and the rules that used to live in React components
// ("the kind follows the channel", "a card moved to another phase goes below its cards") are
// domain operations the commands call.

import { describe, expect, it } from 'vitest'
import { addTouchpointAt, connectCards, dropDragged } from '../../../src/commands/canvas-commands'
import {
  setTouchpointChannelCommand,
  setTouchpointPhaseCommand,
  updateRecord,
} from '../../../src/commands/record-commands'
import { metaOf } from '../../../src/collab/codec'
import { sampleMap } from '../../support/sample-map'
import { createTestEditor } from '../../support/test-editor'

describe('record commands', () => {
  it('edit any kind field by field through the kind, one undo step each', () => {
    const editor = createTestEditor(sampleMap())
    expect(
      editor.execute(updateRecord, { kind: 'touchpoint', id: 't1', patch: { title: 'A' } }),
    ).toBe(true)
    expect(editor.execute(updateRecord, { kind: 'phase', id: 'p1', patch: { width: 10 } })).toBe(
      true,
    )
    expect(editor.execute(updateRecord, { kind: 'edge', id: 'e1', patch: { label: 'then' } })).toBe(
      true,
    )
    expect(editor.map.touchpoints['t1']?.title).toBe('A')
    expect(editor.map.phases[0]?.width).toBe(160)
    expect(editor.map.edges['e1']?.label).toBe('then')
    editor.run('undo')
    expect(editor.map.edges['e1']?.label).toBe('')
    expect(editor.map.touchpoints['t1']?.title).toBe('A')
    editor.destroy()
  })

  it('applies list edits to the list as it is when they run', () => {
    const editor = createTestEditor(sampleMap())
    const add = (item: string) =>
      editor.execute(updateRecord, {
        kind: 'touchpoint',
        id: 't1',
        patch: (record) => ({ painPoints: [...(record['painPoints'] as string[]), item] }),
      })
    const before = editor.map.touchpoints['t1']?.painPoints ?? []
    add('slow')
    add('confusing')
    expect(editor.map.touchpoints['t1']?.painPoints).toEqual([...before, 'slow', 'confusing'])
    editor.destroy()
  })

  it('turn a bad value into a notice, not a crash or a write', () => {
    const editor = createTestEditor(sampleMap())
    expect(
      editor.execute(updateRecord, { kind: 'note', id: 'n1', patch: { color: 'url(x)' } }),
    ).toBe(false)
    expect(editor.store.getState().notice?.text).toMatch(/colour/)
    editor.destroy()
  })

  it('refuse every edit on a view link, and while the role is unknown', () => {
    for (const role of ['view', 'pending'] as const) {
      const editor = createTestEditor(sampleMap(), undefined, role)
      const before = editor.map
      expect(
        editor.execute(updateRecord, { kind: 'touchpoint', id: 't1', patch: { title: 'x' } }),
      ).toBe(undefined)
      expect(
        editor.execute(dropDragged, {
          nodes: [{ id: 'n1', type: 'note', position: { x: 9, y: 9 } }],
        }),
      ).toBe(undefined)
      expect(editor.execute(addTouchpointAt, { point: { x: 10, y: 300 } })).toBe(undefined)
      expect(editor.press('t')).toBe('add-touchpoint')
      expect(editor.run('undo')).toBe(false)
      expect(editor.map).toBe(before)
      editor.destroy()
    }
  })

  it('refuse edits to a doc written by a newer Trailmap', () => {
    const editor = createTestEditor(sampleMap())
    editor.doc.transact(() => metaOf(editor.doc).set('schemaVersion', 99), 'server')
    expect(editor.store.getState().newerDoc).toBe(true)
    expect(editor.execute(connectCards, { source: 't1', target: 't3' })).toBe(undefined)
    expect(editor.store.getState().notice?.text).toMatch(/newer version of Trailmap/)
    editor.destroy()
  })
})

describe('touchpoint rules that are domain operations now', () => {
  it('the kind follows the channel unless it was chosen against the old channel', () => {
    const editor = createTestEditor(sampleMap())
    editor.execute(updateRecord, {
      kind: 'touchpoint',
      id: 't1',
      patch: { channel: 'website', kind: 'digital' },
    })
    editor.execute(setTouchpointChannelCommand, { id: 't1', channel: 'store' })
    expect(editor.map.touchpoints['t1']).toMatchObject({ channel: 'store', kind: 'physical' })
    editor.execute(updateRecord, { kind: 'touchpoint', id: 't1', patch: { kind: 'interpersonal' } })
    editor.execute(setTouchpointChannelCommand, { id: 't1', channel: 'website' })
    expect(editor.map.touchpoints['t1']).toMatchObject({
      channel: 'website',
      kind: 'interpersonal',
    })
    editor.destroy()
  })

  it('a card moved into another phase lands below its cards; unassigned it stays put', () => {
    const map = sampleMap()
    const editor = createTestEditor(map)
    const target = map.phases[1]?.id as string
    const lowest = Math.max(
      ...Object.values(map.touchpoints)
        .filter((t) => t.phaseId === target)
        .map((t) => t.position.y),
    )
    editor.execute(setTouchpointPhaseCommand, { id: 't1', phaseId: target })
    const moved = editor.map.touchpoints['t1']
    expect(moved?.phaseId).toBe(target)
    expect(moved?.position.y).toBeGreaterThan(lowest)
    editor.execute(setTouchpointPhaseCommand, { id: 't1', phaseId: null })
    const columnX = (editor.map.phases[0]?.width ?? 0) as number
    expect(editor.map.touchpoints['t1']).toMatchObject({
      phaseId: null,
      position: { x: columnX + (moved?.position.x ?? 0), y: moved?.position.y },
    })
    editor.destroy()
  })
})
