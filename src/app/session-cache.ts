// Open map sessions by map id, shared by every component that shows the map and kept alive while
// any of them is mounted. Creating during render is safe because it is idempotent; React's
// StrictMode mount → unmount → mount then reuses the same session instead of reconnecting.

import { syncUrl, workshopUrl } from '../api/socket-urls'
import { bestToken } from '../api/tokens'
import { createSession, type MapSession } from '../collab/session'
import { websocketTransport } from '../collab/websocket-transport'
import { createWorkshopSession, type WorkshopSession } from '../collab/workshop/session'
import { loadUser } from '../ui/presence/user'
import { currentMessages } from '../state/locale'

interface Entry {
  session: MapSession
  workshop: WorkshopSession
  holders: number
  timer: ReturnType<typeof setTimeout> | null
}

const entries = new Map<string, Entry>()
const GRACE_MS = 1000
/** A session opened before the page's first render that no page holds is closed after this. */
const EARLY_GRACE_MS = 10_000

export function sessionFor(mapId: string): MapSession {
  return entryFor(mapId).session
}

/** The map's workshop doc (comments, votes, timer), opened and closed with its session. */
export function workshopFor(mapId: string): WorkshopSession {
  return entryFor(mapId).workshop
}

function entryFor(mapId: string): Entry {
  let entry = entries.get(mapId)
  if (!entry) {
    const token = bestToken(mapId)
    const session = createSession(mapId, loadUser(), {
      transport: websocketTransport(syncUrl(), mapId, token, true, currentMessages),
    })
    // No offline copy of the workshop doc: a vote or a comment only means something live.
    const workshop = createWorkshopSession({
      transport: websocketTransport(workshopUrl(), mapId, token, false, currentMessages),
    })
    entry = { session, workshop, holders: 0, timer: null }
    entries.set(mapId, entry)
    scheduleClose(mapId, entry)
  }
  return entry
}

/**
 * Opens the map's session before React's first render (main.tsx): its provider takes over the
 * socket boot.ts opened and asks for the map as soon as the editor's modules have run, instead of
 * after React has drawn the page's shell (~0.1 s later on a cold 2,000-card open here). The page
 * then finds it here and holds it.
 */
export function openSessionEarly(mapId: string) {
  if (entries.has(mapId)) return
  const entry = entryFor(mapId)
  if (entry.timer) clearTimeout(entry.timer)
  scheduleClose(mapId, entry, EARLY_GRACE_MS)
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

function scheduleClose(mapId: string, entry: Entry, graceMs = GRACE_MS) {
  entry.timer = setTimeout(() => {
    if (entry.holders > 0) return
    entries.delete(mapId)
    entry.session.destroy()
    entry.workshop.destroy()
  }, graceMs)
}
