import type { ConnectionInfo, ConnectionState } from '../../collab/session'
import type { Messages } from '../../domain/i18n'

export type ConnectionTone = 'ok' | 'busy' | 'idle' | 'error'

export interface ConnectionView {
  label: string
  tone: ConnectionTone
  /** Shown next to the pill, or null. */
  detail: string | null
  /** The pill's tooltip. */
  tooltip: string
}

function views(m: Messages['presence']['connection']): Record<ConnectionState, ConnectionView> {
  return {
    connected: { label: m.connected, tone: 'ok', detail: null, tooltip: m.connectedTip },
    connecting: { label: m.connecting, tone: 'busy', detail: null, tooltip: m.connectingTip },
    reconnecting: { label: m.reconnecting, tone: 'busy', detail: null, tooltip: m.reconnectingTip },
    offline: { label: m.offline, tone: 'idle', detail: m.kept, tooltip: m.offlineTip },
    closed: { label: m.disconnected, tone: 'error', detail: null, tooltip: m.disconnected },
  }
}

/** How the badge presents a connection state; a closed connection says why. */
export function connectionView(info: ConnectionInfo, messages: Messages): ConnectionView {
  const m = messages.presence.connection
  const all = views(m)
  const view = all[info.state] ?? all.offline
  // Connected, but the server says it cannot save (its disk is full): not a green pill.
  if (info.state === 'connected' && info.reason) {
    return { label: m.notSaved, tone: 'error', detail: info.reason, tooltip: info.reason }
  }
  if (info.state !== 'closed') return view
  // The reason is in the tooltip, and whole on the page over the canvas: the header has no room.
  const reason = info.reason?.trim() || m.endedByServer
  return { ...view, tooltip: m.disconnectedTip(reason) }
}
