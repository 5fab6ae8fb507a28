// Undo reverts only this client's edits, one command at a time; typing in one field is one step.

import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createSession } from '../../../src/collab/session'
import { toY } from '../../../src/collab/codec'
import { setTitle, updateTouchpoint } from '../../../src/domain/operations'
import { sampleMap } from '../../support/sample-map'

function pair() {
  const seed = toY(sampleMap())
  const docA = new Y.Doc()
  const docB = new Y.Doc()
  Y.applyUpdate(docA, Y.encodeStateAsUpdate(seed))
  Y.applyUpdate(docB, Y.encodeStateAsUpdate(seed))
  docA.on(
    'update',
    (u: Uint8Array, origin: unknown) => origin !== 'sync' && Y.applyUpdate(docB, u, 'sync'),
  )
  docB.on(
    'update',
    (u: Uint8Array, origin: unknown) => origin !== 'sync' && Y.applyUpdate(docA, u, 'sync'),
  )
  const user = { name: 'Test', color: '#000000' }
  return { a: createSession('m', user, { doc: docA }), b: createSession('m', user, { doc: docB }) }
}

describe('undo history', () => {
  it("undoes my last edit and leaves a colleague's edit alone", () => {
    const { a, b } = pair()
    const id = Object.keys(a.getMap().touchpoints)[0] as string
    a.edit((map) => setTitle(map, 'A title'))
    b.edit((map) => updateTouchpoint(map, id, { title: 'B card' }))
    expect(a.history.undo()).toBe(true)
    expect(a.getMap().meta.title).toBe(sampleMap().meta.title)
    expect(a.getMap().touchpoints[id]?.title).toBe('B card')
    expect(b.getMap().meta.title).toBe(sampleMap().meta.title)
    expect(a.history.canUndo()).toBe(false)
    expect(a.history.redo()).toBe(true)
    expect(b.getMap().meta.title).toBe('A title')
  })

  it('makes each command its own step but folds typing in one field', () => {
    const { a } = pair()
    a.edit((map) => setTitle(map, 'First'))
    a.edit((map) => setTitle(map, 'Second'))
    for (const text of ['T', 'Ty', 'Typ', 'Typed'])
      a.edit((map) => setTitle(map, text), { mergeKey: 'meta.title' })
    expect(a.getMap().meta.title).toBe('Typed')
    a.history.undo()
    expect(a.getMap().meta.title).toBe('Second')
    a.history.undo()
    expect(a.getMap().meta.title).toBe('First')
  })
})
