// My own awareness changes (cursor, live drag) are not news to me: only colleagues' changes
// produce a new peer list, so a drag does not re-render everything that shows peers.

import { expect, it } from 'vitest'
import * as Y from 'yjs'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import { createPresence } from '../../../src/collab/presence'

it('tells listeners about colleagues, not about my own cursor or drag', () => {
  const mine = new Awareness(new Y.Doc())
  const presence = createPresence(mine, { name: 'Me', color: '#2563eb' })
  const heard: number[] = []
  presence.subscribe((peers) => heard.push(peers.length))

  presence.update({ cursor: { x: 1, y: 2 } })
  presence.update({ dragging: { a: { x: 3, y: 4 } } })
  expect(heard).toEqual([])

  const theirs = new Awareness(new Y.Doc())
  theirs.setLocalState({ user: { name: 'Ada', color: '#e11d48' }, cursor: null, selection: [] })
  applyAwarenessUpdate(mine, encodeAwarenessUpdate(theirs, [theirs.clientID]), 'remote')
  expect(heard).toEqual([1])
  expect(presence.peers().map((peer) => peer.user.name)).toEqual(['Ada'])
})
