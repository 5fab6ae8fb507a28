import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import { createPresence, FALLBACK_COLOR } from '../../../src/collab/presence'

/** What `presence` makes of a peer announcing `color`, through real awareness encoding. */
function peerColor(color: string): string | undefined {
  const theirs = new Awareness(new Y.Doc())
  theirs.setLocalState({
    user: { name: 'Peer', color },
    cursor: null,
    selection: [],
    dragging: null,
  })
  const ours = new Awareness(new Y.Doc())
  applyAwarenessUpdate(ours, encodeAwarenessUpdate(theirs, [theirs.clientID]), 'remote')
  const presence = createPresence(ours, { name: 'Me', color: '#000000' })
  const seen = presence.peers()[0]?.user.color
  theirs.destroy()
  ours.destroy()
  return seen
}

describe('presence colours', () => {
  it('keeps a #rrggbb colour', () => {
    expect(peerColor('#1a2B3c')).toBe('#1a2B3c')
  })

  it('replaces anything else, CSS injection included', () => {
    for (const bad of ['red', '#fff', 'red; background: url(https://evil.example/x)', '#12345g']) {
      expect(peerColor(bad)).toBe(FALLBACK_COLOR)
    }
  })
})
