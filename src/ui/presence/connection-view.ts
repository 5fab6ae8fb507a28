import type { ConnectionInfo, ConnectionState } from '../../collab/session'

export type ConnectionTone = 'ok' | 'busy' | 'idle' | 'error'

export interface ConnectionView {
  label: string
  tone: ConnectionTone
  /** Shown next to the pill, or null. */
  detail: string | null
  /** The pill's tooltip. */
  tooltip: string
}

const KEPT = 'Edits are kept and will sync'

const VIEWS: Record<ConnectionState, ConnectionView> = {
  connected: {
    label: 'Connected',
    tone: 'ok',
    detail: null,
    tooltip: 'Connected: changes are shared live',
  },
  connecting: {
    label: 'Connecting…',
    tone: 'busy',
    detail: null,
    tooltip: 'Connecting to the server',
  },
  reconnecting: {
    label: 'Reconnecting…',
    tone: 'busy',
    detail: null,
    tooltip: `Connection lost, trying again. ${KEPT}.`,
  },
  offline: { label: 'Offline', tone: 'idle', detail: KEPT, tooltip: `Offline. ${KEPT}.` },
  closed: { label: 'Disconnected', tone: 'error', detail: null, tooltip: 'Disconnected' },
}

/** How the badge presents a connection state; a closed connection says why. */
export function connectionView(info: ConnectionInfo): ConnectionView {
  const view = VIEWS[info.state] ?? VIEWS.offline
  // Connected, but the server says it cannot save (its disk is full): not a green pill.
  if (info.state === 'connected' && info.reason) {
    return { label: 'Not saved', tone: 'error', detail: info.reason, tooltip: info.reason }
  }
  if (info.state !== 'closed') return view
  // The reason is in the tooltip, and whole on the page over the canvas: the header has no room.
  const reason = info.reason?.trim() || 'The server ended the connection'
  return { ...view, tooltip: `Disconnected: ${reason}` }
}
