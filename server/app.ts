// Assembles the Trailmap server: one HTTP port serving the built editor, `/healthz`, the JSON API
// and the sync websockets at `/sync/<mapId>`, over one SQLite store.

import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocketServer, type WebSocket } from 'ws'
import { readMapTitle } from '../src/collab/doc-layout'
import { isValidMapId } from './map-id'
import type { ServerConfig } from './config'
import { handleApi } from './http/api'
import { sendError, sendJson } from './http/respond'
import { serveStatic } from './http/static'
import { createLogger, errorFields, type Logger } from './log'
import { openSqliteStore } from './persistence/sqlite-store'
import type { MapStore } from './persistence/store'
import { CloseCode } from './sync/close-codes'
import { serveConnection } from './sync/connection'
import { Rooms } from './sync/rooms'

export interface TrailmapServer {
  readonly url: string
  readonly port: number
  readonly store: MapStore
  readonly rooms: Rooms
  close(): Promise<void>
}

export async function startServer(
  config: ServerConfig,
  log: Logger = createLogger(config.logLevel),
): Promise<TrailmapServer> {
  const store = openSqliteStore(config.dbPath, {
    flushIntervalMs: config.flushIntervalMs,
    onFlush: (ms, updates) => log.debug('flushed updates', { ms: round(ms), updates }),
    onFlushError: (error) => log.error('flush failed; will retry', errorFields(error)),
  })
  const rooms = new Rooms(store, log, {
    compactEveryUpdates: config.compactEveryUpdates,
    readTitle: readMapTitle,
  })
  let ready = false

  const httpServer = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log.error('request failed', { path: req.url, ...errorFields(error) })
      if (!res.headersSent) sendError(res, 500, 'internal error')
      else res.end()
    })
  })

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost')
    if (pathname === '/healthz') {
      return ready
        ? sendJson(res, 200, { status: 'ok', rooms: rooms.size, connections: wss.clients.size })
        : sendJson(res, 503, { status: 'starting' })
    }
    if (await handleApi({ store, rooms }, req, res)) return
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'not allowed')
    serveStatic(config.staticDir, req, res)
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxFrameBytes })
  httpServer.on('upgrade', (req, socket, head) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost')
    const match = /^\/sync\/([^/]*)$/.exec(pathname)
    if (!match) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n')
      return
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const mapId = safeDecode(match[1] ?? '')
      if (mapId === null || !isValidMapId(mapId)) {
        log.warn('refused connection: invalid map id')
        ws.close(CloseCode.unknownMap, 'invalid map id')
        return
      }
      watchLiveness(ws)
      serveConnection(ws, mapId, { rooms, store, log })
    })
  })

  // A peer that stops answering pings (a laptop lid closed mid-workshop) is dropped, so its
  // presence disappears for everyone else.
  const alive = new WeakSet<WebSocket>()
  function watchLiveness(ws: WebSocket) {
    alive.add(ws)
    ws.on('pong', () => alive.add(ws))
  }
  const pinger = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate()
        continue
      }
      alive.delete(ws)
      ws.ping()
    }
  }, config.pingIntervalMs)
  pinger.unref()

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject)
    httpServer.listen(config.port, config.host, () => resolve())
  })
  const port = (httpServer.address() as AddressInfo).port
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}/`
  ready = true

  let closing: Promise<void> | null = null
  async function close() {
    ready = false
    clearInterval(pinger)
    httpServer.close()
    for (const ws of wss.clients) ws.close(CloseCode.serviceRestart, 'server restarting')
    await rooms.closeAll()
    await store.close()
    await waitForSockets(wss, config.shutdownTimeoutMs)
    httpServer.closeAllConnections()
  }

  return {
    url,
    port,
    store,
    rooms,
    close: () => (closing ??= close()),
  }
}

async function waitForSockets(wss: WebSocketServer, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (wss.clients.size > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  for (const ws of wss.clients) ws.terminate()
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

const round = (ms: number) => Math.round(ms * 100) / 100
