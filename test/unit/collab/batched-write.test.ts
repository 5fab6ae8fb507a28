// A large write (an import of thousands of cards) goes out as several transactions, each under
// the byte budget, so no websocket frame passes the server's limit; undo still sees one step.

import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { commitMap, fromY, toY } from '../../../src/collab/codec'
import { LOCAL_ORIGIN } from '../../../src/collab/origin'
import { createUndoHistory } from '../../../src/collab/undo'
import { createTouchpoint } from '../../../src/domain/defaults'
import { defaultRegistry } from '../../../src/domain/kinds/registry'
import type { JourneyMap } from '../../../src/domain/types'
import { expectSameData } from '../../support/equal'
import { sampleMap } from '../../support/sample-map'

function withCards(map: JourneyMap, count: number): JourneyMap {
  const touchpoints = { ...map.touchpoints }
  for (let i = 0; i < count; i += 1) {
    const card = createTouchpoint({
      id: `bulk-${i}`,
      title: `Card ${i} `.repeat(20),
      phaseId: null,
    })
    touchpoints[card.id] = card
  }
  return { ...map, touchpoints }
}

describe('commitMap of a large change', () => {
  it('splits it into transactions under the budget, and one undo takes it all back', () => {
    const doc = toY(sampleMap())
    const history = createUndoHistory(doc)
    const before = fromY(doc)
    const after = withCards(before, 800)
    const updates: number[] = []
    doc.on('update', (update: Uint8Array) => updates.push(update.length))
    history.beginEdit()
    commitMap(doc, before, after, LOCAL_ORIGIN, defaultRegistry, 64 * 1024)
    expect(updates.length).toBeGreaterThan(3)
    // The estimate is the records' JSON; the encoded update stays close to it.
    for (const bytes of updates) expect(bytes).toBeLessThan(96 * 1024)
    expectSameData(fromY(doc), after)
    expect(history.undo()).toBe(true)
    expectSameData(fromY(doc), before)
    expect(history.canUndo()).toBe(false)
  })

  it('writes a usual edit as exactly one transaction', () => {
    const doc = toY(sampleMap())
    const before = fromY(doc)
    let transactions = 0
    doc.on('afterTransaction', () => (transactions += 1))
    commitMap(doc, before, withCards(before, 3))
    expect(transactions).toBe(1)
  })

  it('still sends a single record larger than the budget, alone', () => {
    const doc = new Y.Doc()
    const before = fromY(doc)
    const after = withCards(before, 2)
    const updates: number[] = []
    doc.on('update', (update: Uint8Array) => updates.push(update.length))
    commitMap(doc, before, after, LOCAL_ORIGIN, defaultRegistry, 10)
    expect(updates).toHaveLength(2)
    expectSameData(fromY(doc), after)
  })
})
