// y-websocket sends each local update from inside the transaction that made it: a keystroke in
// the inspector paid the websocket send and the BroadcastChannel post (~0.45 ms of a ~3.5 ms
// input handler on a 50-card map, CPU profile) before its frame could be drawn. Here local updates
// are sent in a task of their own right after, merged into one message when several were made in
// one task. Colleagues see the edit a task later; nothing is lost: the doc holds the edit, and a
// reconnect's sync sends whatever the server lacks whether or not it was queued here.

import * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'

export interface DeferredSend {
  /** Sends what is queued now (before the provider closes, when the page is hidden). */
  flush(): void
}

export function deferLocalUpdates(
  provider: WebsocketProvider,
  schedule: (send: () => void) => void = (send) => setTimeout(send, 0),
): DeferredSend {
  const { doc } = provider
  const send = provider._updateHandler
  doc.off('update', send)
  let queued: Uint8Array[] = []
  const flush = () => {
    if (queued.length === 0) return
    const updates = queued
    queued = []
    send(updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates), null)
  }
  const queue = (update: Uint8Array, origin: unknown) => {
    // What the server sent is not sent back (y-websocket's own rule).
    if (origin === provider) return
    if (queued.length === 0) schedule(flush)
    queued.push(update)
  }
  // The provider's destroy() unsubscribes whatever this field holds.
  provider._updateHandler = queue
  doc.on('update', queue)
  return { flush }
}
