// Connects a session's doc to the sync server with the unmodified y-websocket client, and keeps
// an IndexedDB copy so that edits made offline survive a reload and merge on reconnect.
// The client's own handler for auth messages logs the socket URL — token included — so it is
// replaced: this one logs only the server's reason, and also reads the server's save status
// (auth subtype 1), shown as "not saved" while the server cannot write.

import * as decoding from 'lib0/decoding'
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
  4422: 'This map could not be loaded; it has been kept as it was.',
  4429: 'Too many messages too fast: the connection was paused. Reload to reconnect.',
}

/** Shown while the server says it cannot save (a full disk). */
export const NOT_SAVED =
  'The server cannot save right now: your changes are kept here and sent again when it can.'

const MESSAGE_AUTH = 2
const AUTH_PERMISSION_DENIED = 0
const AUTH_SAVE_STATUS = 1

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
    provider.messageHandlers[MESSAGE_AUTH] = (_encoder, decoder) => {
      const kind = decoding.readVarUint(decoder)
      const text = decoding.readVarString(decoder)
      if (kind === AUTH_PERMISSION_DENIED) console.warn(`Trailmap server: ${text}`)
      else if (kind === AUTH_SAVE_STATUS && info.state !== 'closed') {
        set({ reason: text === 'failing' ? NOT_SAVED : null })
      }
    }
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
        // A server still unable to save says so again right after the handshake.
        set({ state: 'connected', reason: null })
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
