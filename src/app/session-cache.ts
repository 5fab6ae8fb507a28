// Open map sessions by map id, shared by every component that shows the map and kept alive while
// any of them is mounted. Creating during render is safe because it is idempotent; React's
// StrictMode mount → unmount → mount then reuses the same session instead of reconnecting.

import { syncUrl } from '../api/maps'
import { bestToken } from '../api/tokens'
import { createSession, type MapSession } from '../collab/session'
import { websocketTransport } from '../collab/websocket-transport'
import { loadUser } from '../ui/presence/user'

interface Entry {
  session: MapSession
  holders: number
  timer: ReturnType<typeof setTimeout> | null
}

const entries = new Map<string, Entry>()
const GRACE_MS = 1000

export function sessionFor(mapId: string): MapSession {
  let entry = entries.get(mapId)
  if (!entry) {
    const session = createSession(mapId, loadUser(), {
      transport: websocketTransport(syncUrl(), mapId, bestToken(mapId)),
    })
    entry = { session, holders: 0, timer: null }
    entries.set(mapId, entry)
    scheduleClose(mapId, entry)
  }
  return entry.session
}

/** Keeps the session open until the returned function is called (use as an effect). */
export function holdSession(mapId: string): () => void {
  const entry = entries.get(mapId)
  if (!entry) return () => {}
  entry.holders++
  if (entry.timer) clearTimeout(entry.timer)
  entry.timer = null
  return () => {
    entry.holders--
    if (entry.holders === 0) scheduleClose(mapId, entry)
  }
}

function scheduleClose(mapId: string, entry: Entry) {
  entry.timer = setTimeout(() => {
    if (entry.holders > 0) return
    entries.delete(mapId)
    entry.session.destroy()
  }, GRACE_MS)
}
