// The map's sync socket, opened by the page's first script (src/app/boot.ts) while the editor's
// JavaScript is still loading and evaluating (~0.3 s of a cold open), so that the server loads the
// map from its store meanwhile instead of after. The y-websocket client then adopts that socket
// (`earlyOrNewWebSocket` is its WebSocketPolyfill) rather than opening its own, when the address
// is the same; any other address, a socket that closed meanwhile and every later (re)connect get a
// new WebSocket, exactly as without this module.

/** An early socket nobody adopts (the page went elsewhere) is closed after this long. */
const UNCLAIMED_MS = 10_000

interface EarlySocket {
  socket: WebSocket
  url: string
  /** Frames that arrived before the client attached its handlers, in order. */
  missed: MessageEvent[]
  /** Stops keeping frames and the unclaimed timer. */
  release(): void
}

let early: EarlySocket | null = null
/** Addresses a client has already connected to itself: too late for an early socket there. */
const asked = new Set<string>()

/** The address y-websocket's client connects to (its `url` getter): server/room?params. */
export function socketUrl(serverUrl: string, room: string, params: Record<string, string>) {
  const query = Object.entries(params)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&')
  return `${serverUrl.replace(/\/+$/, '')}/${room}${query ? `?${query}` : ''}`
}

/** Opens the socket a provider for `url` will adopt; at most one per page (null: not opened). */
export function openEarlySocket(url: string, unclaimedMs = UNCLAIMED_MS): WebSocket | null {
  if (early || asked.has(url) || typeof WebSocket === 'undefined') return null
  const socket = new WebSocket(url)
  socket.binaryType = 'arraybuffer'
  const missed: MessageEvent[] = []
  const keep = (event: MessageEvent) => missed.push(event)
  socket.addEventListener('message', keep)
  const timer = setTimeout(() => {
    if (early?.socket !== socket) return
    early = null
    socket.removeEventListener('message', keep)
    socket.close()
  }, unclaimedMs)
  early = {
    socket,
    url,
    missed,
    release() {
      clearTimeout(timer)
      socket.removeEventListener('message', keep)
    },
  }
  return socket
}

/** The early socket for `url` if it is still usable, handed over once; otherwise null. */
function adopt(url: string): WebSocket | null {
  asked.add(url)
  if (!early || early.url !== url) return null
  const found = early
  early = null
  const { socket } = found
  if (socket.readyState === WebSocket.CONNECTING) {
    // Nothing has happened yet: the client's own handlers will see every event.
    found.release()
    return socket
  }
  if (socket.readyState !== WebSocket.OPEN) {
    found.release()
    return null
  }
  // y-websocket sets its handlers right after construction, in the same task: what they missed
  // (the open event and the server's first frames) is replayed to them before any later frame.
  queueMicrotask(() => {
    found.release()
    socket.onopen?.call(socket, new Event('open'))
    for (const event of found.missed) socket.onmessage?.call(socket, event)
  })
  return socket
}

/**
 * y-websocket's `WebSocketPolyfill`: the early socket when it was opened for this address, else a
 * new one. (A constructor that returns an object makes `new` return that object.)
 */
export const earlyOrNewWebSocket = function EarlyOrNewWebSocket(
  url: string,
  protocols?: string | string[],
) {
  return adopt(url) ?? new WebSocket(url, protocols)
} as unknown as typeof WebSocket
