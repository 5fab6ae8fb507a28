import { describe, expect, it } from 'vitest'
import type { Peer } from '../../../src/collab/presence'
import { createPeerFrames, type Schedule } from '../../../src/canvas/peer-frames'

/** Callbacks scheduled by hand: `run()` fires what is due, like a frame or a timer would. */
function manual() {
  let due: (() => void)[] = []
  const schedule: Schedule = (callback) => {
    due.push(callback)
    return () => {
      due = due.filter((c) => c !== callback)
    }
  }
  return {
    schedule,
    pending: () => due.length,
    run() {
      const now = due
      due = []
      for (const callback of now) callback()
    },
  }
}

const peer = (name: string): Peer =>
  ({
    clientId: name.length,
    user: { id: name, name, color: '#7c3aed' },
    cursor: null,
    selection: [],
    dragging: null,
  }) as unknown as Peer

function setUp({ listen = true } = {}) {
  let peers: readonly Peer[] = []
  const callbacks = new Set<() => void>()
  const frame = manual()
  const resting = manual()
  const frames = createPeerFrames(
    {
      peers: () => peers,
      onChange(callback) {
        callbacks.add(callback)
        return () => callbacks.delete(callback)
      },
    },
    { frame: frame.schedule, resting: resting.schedule },
  )
  let shown = 0
  if (listen) frames.subscribe(() => shown++)
  const arrive = (...next: Peer[]) => {
    peers = next
    for (const callback of callbacks) callback()
  }
  return { frames, frame, resting, arrive, shown: () => shown, sources: () => callbacks.size }
}

describe('peer frames', () => {
  it('shows many presence updates once, in the next frame', () => {
    const { frames, frame, arrive, shown } = setUp()
    arrive(peer('a'))
    arrive(peer('a'), peer('b'))
    arrive(peer('b'))
    expect(frames.get()).toEqual([])
    expect(frame.pending()).toBe(1)
    frame.run()
    expect(shown()).toBe(1)
    expect(frames.get().map((p) => p.user.name)).toEqual(['b'])
  })

  it('while I drag, shows presence with my drag update and never in a frame of its own', () => {
    const { frames, frame, resting, arrive, shown } = setUp()
    frames.hold(true)
    arrive(peer('a'))
    expect(frame.pending()).toBe(0)
    frames.advance()
    expect(shown()).toBe(1)
    expect(frames.get().map((p) => p.user.name)).toEqual(['a'])
    // A drag update with nothing new shows nothing.
    frames.advance()
    expect(shown()).toBe(1)
    // The timer for a resting pointer was cancelled by the drag update.
    expect(resting.pending()).toBe(0)
  })

  it('when my pointer rests mid-drag, presence draws in frames again until I move', () => {
    const { frames, frame, resting, arrive, shown } = setUp()
    frames.hold(true)
    arrive(peer('a'))
    expect(resting.pending()).toBe(1)
    resting.run()
    expect(shown()).toBe(1)
    arrive(peer('b'))
    expect(frame.pending()).toBe(1)
    frame.run()
    expect(frames.get().map((p) => p.user.name)).toEqual(['b'])
    // I move again: back to riding along with my drag.
    frames.advance()
    arrive(peer('c'))
    expect(frame.pending()).toBe(0)
    expect(resting.pending()).toBe(1)
  })

  it('letting go shows what is pending in the next frame', () => {
    const { frames, frame, arrive, shown } = setUp()
    frames.hold(true)
    arrive(peer('a'))
    frames.hold(false)
    expect(shown()).toBe(0)
    frame.run()
    expect(shown()).toBe(1)
    expect(frames.get().map((p) => p.user.name)).toEqual(['a'])
  })

  it('stops listening to presence when nothing on the canvas shows it', () => {
    const { frames, frame, arrive, sources } = setUp({ listen: false })
    const stopA = frames.subscribe(() => {})
    const stopB = frames.subscribe(() => {})
    expect(sources()).toBe(1)
    stopA()
    expect(sources()).toBe(1)
    stopB()
    expect(sources()).toBe(0)
    // What arrived meanwhile shows once someone listens again.
    arrive(peer('a'))
    let shown = 0
    frames.subscribe(() => shown++)
    frame.run()
    expect(shown).toBe(1)
    expect(frames.get().map((p) => p.user.name)).toEqual(['a'])
  })
})
