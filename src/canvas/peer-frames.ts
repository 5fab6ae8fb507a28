// Colleagues' presence as the canvas draws it: at most once per animation frame, and, while I am
// dragging, only together with my own drag updates.
//
// Five people moving cursors and dragging cards send ~50 awareness updates a second. Drawn as they
// come, each is a frame of its own; on a 1,000-card map a frame re-layers the whole page (~70 ms on
// a 2-core machine), so my own drag ran at a third of its speed whenever colleagues were busy
// (bench:canvas, "drag+5 peers"). While I drag, their latest presence rides along with my next
// drag update instead: one render, one frame, and they still move at my frame rate. When my
// pointer rests mid-drag for a moment (RESTING_MS), their presence draws on its own again.

import type { Peer } from '../collab/presence'

export interface PeerFrames {
  /** The presence the canvas shows now. */
  get(): readonly Peer[]
  subscribe(listener: () => void): () => void
  /** While held (I am dragging), new presence waits for `advance` instead of a frame of its own. */
  hold(held: boolean): void
  /** Shows the latest presence now, if it changed: called with my own drag update. */
  advance(): void
}

export interface PresenceSource {
  peers(): readonly Peer[]
  /** Calls back when the peers list changes; returns the unsubscribe. */
  onChange(callback: () => void): () => void
}

/** Runs `callback` later; returns what cancels it. */
export type Schedule = (callback: () => void) => () => void

/** How long my pointer may rest mid-drag before colleagues' presence draws without my moves. */
export const RESTING_MS = 250

const nextFrame: Schedule = (callback) => {
  const id = requestAnimationFrame(callback)
  return () => cancelAnimationFrame(id)
}
const afterResting: Schedule = (callback) => {
  const id = setTimeout(callback, RESTING_MS)
  return () => clearTimeout(id)
}

export function createPeerFrames(
  source: PresenceSource,
  { frame = nextFrame, resting = afterResting }: { frame?: Schedule; resting?: Schedule } = {},
) {
  let current = source.peers()
  let held = false
  /** Held, but my pointer has rested: colleagues draw in frames of their own until I move again. */
  let rested = false
  let cancelFrame: (() => void) | null = null
  let stopSource: (() => void) | null = null
  const listeners = new Set<() => void>()

  const publish = () => {
    cancelFrame?.()
    cancelFrame = null
    const latest = source.peers()
    if (latest === current) return
    current = latest
    for (const listener of [...listeners]) listener()
  }
  const onSourceChange = () => {
    if (cancelFrame) return
    if (held && !rested) {
      cancelFrame = resting(() => {
        rested = true
        publish()
      })
    } else {
      cancelFrame = frame(publish)
    }
  }

  const frames: PeerFrames = {
    get: () => current,
    subscribe(listener) {
      listeners.add(listener)
      if (!stopSource) {
        stopSource = source.onChange(onSourceChange)
        // Whatever changed while nobody listened shows in the next frame.
        onSourceChange()
      }
      return () => {
        listeners.delete(listener)
        if (listeners.size > 0 || !stopSource) return
        stopSource()
        stopSource = null
        cancelFrame?.()
        cancelFrame = null
      }
    },
    hold(next) {
      if (held === next) return
      held = next
      rested = false
      // What is pending shows with my next drag update, or in the next frame once I let go.
      cancelFrame?.()
      cancelFrame = null
      if (stopSource && source.peers() !== current) onSourceChange()
    },
    advance() {
      rested = false
      if (stopSource) publish()
    },
  }
  return frames
}
