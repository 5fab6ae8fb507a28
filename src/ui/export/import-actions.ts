// What the Import dialog does with a file that loaded: replace the open map (one edit, so one
// undo step, seen live by everyone in the room), add a sheet's touchpoints to it, or open the
// content as a new map. A new map is created through the API and filled through a session like
// any edit, after the session has received the new map's (title-only) state from the server.

import { createMap } from '../../api/maps'
import { navigate } from '../../app/navigation'
import { holdSession, sessionFor } from '../../app/session-cache'
import type { ConnectionInfo, MapSession } from '../../collab/session'
import { importTouchpointsCsv } from '../../domain/format/csv-touchpoints'
import { setTitle } from '../../domain/operations'
import type { JourneyMap } from '../../domain/types'
import { setSelection, type EditorStore } from '../../state/editor-store'
import { titleForApi } from '../../export/import-file'

/** Replaces the whole open map with `map` as one undoable edit. */
export function replaceMap(store: EditorStore, map: JourneyMap) {
  setSelection(store, [])
  store.session.edit(() => map)
}

/**
 * Adds the sheet's touchpoints (and missing phases) to the open map, as one undoable edit. The
 * sheet is applied to the map as it is now, colleagues' latest edits included; whether it is
 * valid depends on the sheet alone, so it cannot fail here after the preview succeeded.
 */
export function addCsvTouchpoints(store: EditorStore, text: string): number {
  let added = 0
  store.session.edit((current) => {
    const result = importTouchpointsCsv(current, text)
    if (!result.ok) return current
    added = result.added
    return result.map
  })
  return added
}

function whenSynced(session: MapSession, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let stop = () => {}
    const timer = setTimeout(() => {
      stop()
      reject(new Error('The server did not answer in time. Check the connection and try again.'))
    }, timeoutMs)
    const check = (info: ConnectionInfo) => {
      if (info.synced) {
        clearTimeout(timer)
        stop()
        resolve()
      } else if (info.state === 'closed') {
        clearTimeout(timer)
        stop()
        reject(new Error(info.reason ?? 'The server closed the connection to the new map.'))
      }
    }
    stop = session.onConnection(check)
    check(session.connection())
  })
}

/**
 * Creates a map with `map`'s content and opens it. Resolves with the new map's id once the
 * content is written; the session stays open, so the page that opens it reuses it.
 */
export async function openAsNewMap(map: JourneyMap, timeoutMs = 20_000): Promise<string> {
  const record = await createMap({ ...optional('title', titleForApi(map.meta.title)) })
  const session = sessionFor(record.id)
  const release = holdSession(record.id)
  try {
    await whenSynced(session, timeoutMs)
    // The title the server stored (cleaned for the map list) is the title in the document too.
    session.edit(() => setTitle(map, record.title))
    navigate(`/m/${encodeURIComponent(record.id)}`)
    return record.id
  } finally {
    // The map page now holds the session; if navigation failed, it closes after its grace time.
    release()
  }
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V }
}
