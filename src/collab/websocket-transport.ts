// Connects a session's doc to the sync server with the unmodified y-websocket client, and keeps
// an IndexedDB copy (offline-copy.ts) so that edits made offline survive a reload and merge on
// reconnect.
// The client's own handler for auth messages logs the socket URL — token included — so it is
// replaced: this one logs only the server's reason, and also reads the server's save status
// (auth subtype 1), shown as "not saved" while the server cannot write.

import * as decoding from 'lib0/decoding'
import type * as Y from 'yjs'
import type { Awareness } from 'y-protocols/awareness'
import { messageSync, WebsocketProvider } from 'y-websocket'
import { messagesFor, type Messages } from '../domain/i18n'
import { isAccessRole } from '../domain/access-role'
import { AuthSubtype } from '../domain/auth-subtypes'
import { deferLocalUpdates } from './deferred-send'
import { earlyOrNewWebSocket } from './early-socket'
import { offlineCopy } from './offline-copy'
import { sendOwnPresenceOnly } from './presence-echo'
import { syncMessageHandler } from './received-state'
import type { ConnectionInfo, SessionTransport } from './session'

type ConnectionMessages = Messages['errors']['connection']

/** The sentence for each close code (the server's, see DESIGN.md), from the catalogue. */
const CLOSE_REASONS: Record<number, keyof ConnectionMessages> = {
  4400: 'refused',
  4401: 'needLink',
  4403: 'noEditing',
  4404: 'noMap',
  4413: 'sizeLimit',
  4422: 'notLoaded',
  4429: 'tooFast',
}

function closeReason(m: ConnectionMessages, code: number): string {
  const key = CLOSE_REASONS[code]
  const message = key === undefined ? undefined : m[key]
  return typeof message === 'string' ? message : m.closed(code)
}

const MESSAGE_AUTH = 2

export function websocketTransport(
  serverUrl: string,
  mapId: string,
  token: string | undefined,
  withOfflineCopy = true,
  /** The interface language's messages when a reason is shown (the page passes its current ones). */
  messages: () => Messages = () => messagesFor('en'),
) {
  return (doc: Y.Doc, awareness: Awareness): SessionTransport => {
    const local =
      withOfflineCopy && typeof indexedDB !== 'undefined'
        ? // Asked on each update, long after `provider` below exists.
          offlineCopy(`trailmap:${mapId}`, doc, () => provider.wsconnected && provider.synced)
        : null
    const provider = new WebsocketProvider(serverUrl, mapId, doc, {
      awareness,
      params: token ? { token } : {},
      // Adopts the socket boot.ts opened for this address (early-socket.ts), if any.
      WebSocketPolyfill: earlyOrNewWebSocket,
    })
    // Local edits go out in the task after the one that made them (deferred-send.ts).
    const outbox = deferLocalUpdates(provider)
    // Colleagues' presence is not echoed back to the server (presence-echo.ts).
    sendOwnPresenceOnly(provider)
    // The server's whole state is handed to the offline copy as received (received-state.ts).
    provider.messageHandlers[messageSync] = syncMessageHandler
    provider.messageHandlers[MESSAGE_AUTH] = (_encoder, decoder) => {
      const kind = decoding.readVarUint(decoder)
      const text = decoding.readVarString(decoder)
      if (kind === AuthSubtype.permissionDenied) console.warn(`Trailmap server: ${text}`)
      else if (kind === AuthSubtype.role && isAccessRole(text)) {
        // Said before the map's state, so the editor draws the map with it once.
        set({ role: text })
      } else if (kind === AuthSubtype.saveStatus && info.state !== 'closed') {
        // Shown while the server says it cannot save (a full disk).
        set({ reason: text === 'failing' ? messages().errors.connection.notSaved : null })
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
      // What waits for the copy's next batch may not have reached the server before it dropped.
      if (status !== 'connected') local?.flush()
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
        reason: closeReason(messages().errors.connection, event.code),
      })
    })
    const onOffline = () => info.state !== 'closed' && set({ state: 'offline' })
    window.addEventListener('offline', onOffline)
    const onPageHide = () => outbox.flush()
    window.addEventListener('pagehide', onPageHide)
    return {
      connection: () => info,
      onConnection(listener) {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
      destroy() {
        window.removeEventListener('offline', onOffline)
        window.removeEventListener('pagehide', onPageHide)
        listeners.clear()
        outbox.flush()
        provider.destroy()
        void local?.destroy()
      },
    }
  }
}
