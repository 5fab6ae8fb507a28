// y-websocket sends every change of the awareness to the server and to the browser's other tabs,
// also the changes it has just heard from the server: each colleague's cursor and drag, ten times
// a second, went back from every browser in the room (n² frames for the server to read, and on a
// 50-card drag with five colleagues 0.35 ms of postMessage per frame, `bench:canvas --profile`). Here only
// this browser's own presence is sent. Others' presence reaches every tab from the server itself.

import type { WebsocketProvider } from 'y-websocket'

export interface AwarenessChanges {
  readonly added: readonly number[]
  readonly updated: readonly number[]
  readonly removed: readonly number[]
}

/**
 * The changes worth sending for one awareness update: all of them when made here; when heard from
 * the server (`relayed`), only this client's, which y-protocols re-announces with a newer clock
 * when someone removed it (the server timing out a silent client) — that echo must still go out.
 */
export function changesToSend(
  changes: AwarenessChanges,
  relayed: boolean,
  me: number,
): AwarenessChanges | null {
  if (!relayed) return changes
  const mine = [changes.added, changes.updated, changes.removed].some((ids) => ids.includes(me))
  return mine ? { added: [], updated: [me], removed: [] } : null
}

export function sendOwnPresenceOnly(provider: WebsocketProvider) {
  const { awareness } = provider
  const send = provider._awarenessUpdateHandler
  awareness.off('update', send)
  const handler = (changes: AwarenessChanges, origin: unknown) => {
    // y-websocket applies what it hears with itself as the origin.
    const out = changesToSend(changes, origin === provider, awareness.clientID)
    if (out) send(out, origin)
  }
  // The provider's destroy() unsubscribes whatever this field holds.
  provider._awarenessUpdateHandler = handler
  awareness.on('update', handler)
}
