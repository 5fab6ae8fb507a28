// Connects a session's doc to the sync server with the unmodified y-websocket client, and keeps
// an IndexedDB copy so that edits made offline survive a reload and merge on reconnect.

import type * as Y from 'yjs'
import type { Awareness } from 'y-protocols/awareness'
import { IndexeddbPersistence } from 'y-indexeddb'
import { WebsocketProvider } from 'y-websocket'
import type { ConnectionInfo, SessionTransport } from './session'

const CLOSE_REASONS: Record<number, string> = {
  4400: 'The server refused a message from this editor.',
  4401: 'You need a valid link to open this map.',
  4403: 'This link does not allow editing.',
  4404: 'This map does not exist (it may have been deleted).',
  4413: 'The map reached its size limit: your last change was not saved.',
  4429: 'Too many messages too fast: the connection was paused. Reload to reconnect.',
}

export function websocketTransport(
  serverUrl: string,
  mapId: string,
  token: string | undefined,
  offlineCopy = true,
) {
  return (doc: Y.Doc, awareness: Awareness): SessionTransport => {
    const local =
      offlineCopy && typeof indexedDB !== 'undefined'
        ? new IndexeddbPersistence(`trailmap:${mapId}`, doc)
        : null
    const provider = new WebsocketProvider(serverUrl, mapId, doc, {
      awareness,
      params: token ? { token } : {},
    })
    let info: ConnectionInfo = { state: 'connecting', synced: false, reason: null }
    let everConnected = false
    const listeners = new Set<(info: ConnectionInfo) => void>()
    const set = (patch: Partial<ConnectionInfo>) => {
      info = { ...info, ...patch }
      for (const listener of listeners) listener(info)
    }
    provider.on('status', ({ status }) => {
      if (info.state === 'closed') return
      if (status === 'connected') {
        everConnected = true
        set({ state: 'connected' })
      } else if (!navigator.onLine) set({ state: 'offline' })
      else set({ state: everConnected ? 'reconnecting' : 'connecting' })
    })
    provider.on('sync', (synced) => {
      if (synced) set({ synced: true })
    })
    provider.on('closed', (event) => {
      set({
        state: 'closed',
        reason: CLOSE_REASONS[event.code] ?? `Closed by the server (${event.code}).`,
      })
    })
    const onOffline = () => info.state !== 'closed' && set({ state: 'offline' })
    window.addEventListener('offline', onOffline)
    return {
      connection: () => info,
      onConnection(listener) {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
      destroy() {
        window.removeEventListener('offline', onOffline)
        listeners.clear()
        provider.destroy()
        void local?.destroy()
      },
    }
  }
}
