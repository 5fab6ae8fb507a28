// Which awareness changes the editor sends (src/collab/presence-echo.ts). The integration test
// (client-transport) shows colleagues' presence is not echoed over a real socket; this one covers
// the case a live room rarely produces on demand: someone removing this client's state, which
// y-protocols answers by re-announcing it with a newer clock.

import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness'
import { changesToSend, type AwarenessChanges } from '../../../src/collab/presence-echo'

const none: AwarenessChanges = { added: [], updated: [], removed: [] }

describe('changesToSend', () => {
  it('sends every change made here', () => {
    const changes = { added: [1], updated: [2, 7], removed: [3] }
    expect(changesToSend(changes, false, 7)).toBe(changes)
  })

  it('sends nothing of what it heard about others', () => {
    expect(changesToSend({ added: [1], updated: [2], removed: [3] }, true, 7)).toBeNull()
    expect(changesToSend(none, true, 7)).toBeNull()
  })

  it('re-announces this client when a colleague’s update removed it', () => {
    const mine = new Awareness(new Y.Doc())
    mine.setLocalState({ user: 'me' })
    const theirs = new Awareness(new Y.Doc())
    applyAwarenessUpdate(theirs, encodeAwarenessUpdate(mine, [mine.clientID]), 'server')
    removeAwarenessStates(theirs, [mine.clientID], 'timeout')
    const heard: AwarenessChanges[] = []
    mine.on('update', (changes: AwarenessChanges) => heard.push(changes))
    applyAwarenessUpdate(mine, encodeAwarenessUpdate(theirs, [mine.clientID]), 'server')
    expect(heard).toHaveLength(1)
    expect(changesToSend(heard[0]!, true, mine.clientID)).toEqual({
      added: [],
      updated: [mine.clientID],
      removed: [],
    })
    // What goes out carries my state with the newer clock, so the colleague shows me again.
    applyAwarenessUpdate(theirs, encodeAwarenessUpdate(mine, [mine.clientID]), 'server')
    expect(theirs.getStates().get(mine.clientID)).toEqual({ user: 'me' })
  })
})
