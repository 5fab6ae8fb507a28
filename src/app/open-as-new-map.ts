// "Open as a new map" from the Import dialog: the map is created through the API and its content
// written through a session of its own, after that session has received the new map's
// (title-only) state from the server; then the page moves to it. It lives in the app layer
// because it opens sessions and navigates; the dialog gets it as a prop.

import { createMap, listMaps } from '../api/maps'
import type { ConnectionInfo, MapSession } from '../collab/session'
import { execute } from '../commands'
import { fillNewMap } from '../commands/import-commands'
import { distinctTitle } from '../domain/title'
import type { JourneyMap } from '../domain/types'
import { titleForApi } from '../export/import-file'
import { createEditorStore } from '../state/editor-store'
import { navigate } from '../ui/navigation'
import { holdSession, sessionFor } from './session-cache'
import { currentMessages } from '../state/locale'

function whenSynced(session: MapSession, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let stop = () => {}
    const timer = setTimeout(() => {
      stop()
      reject(new Error(currentMessages().app.newMapTimeout))
    }, timeoutMs)
    const check = (info: ConnectionInfo) => {
      if (info.synced) {
        clearTimeout(timer)
        stop()
        resolve()
      } else if (info.state === 'closed') {
        clearTimeout(timer)
        stop()
        reject(new Error(info.reason ?? currentMessages().app.newMapClosed))
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
  // "Onboarding" next to an existing "Onboarding" becomes "Onboarding (imported)".
  const taken = await listMaps().then(
    (maps) => maps.map((m) => m.title),
    () => [],
  )
  const wanted = titleForApi(map.meta.title)
  const title = wanted === undefined ? undefined : distinctTitle(wanted, taken)
  const record = await createMap({ ...optional('title', title) })
  const session = sessionFor(record.id)
  const release = holdSession(record.id)
  try {
    await whenSynced(session, timeoutMs)
    // The title the server stored (cleaned for the map list) is the title in the document too.
    const store = createEditorStore(session, { role: 'edit' })
    execute(fillNewMap, { store, viewport: null }, { map, title: record.title })
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
