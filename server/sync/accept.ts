// Websocket upgrades at `/sync/<mapId>` (the map's doc) and `/workshop/<mapId>` (its workshop
// doc: comments, votes, the timer): refused outright for other paths and while the server
// shuts down (plain HTTP answers), refused with 4429 when the client address opens connections
// too fast, and otherwise handed to `serveConnection`, which checks the token. Refusals that the
// y-websocket client must see use close codes after the upgrade: a browser cannot read an HTTP
// status, and 4400–4499 stop its reconnect loop. Request URLs are never logged (they hold tokens).

import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import type { WebSocket, WebSocketServer } from 'ws'
import { tokensFromRequest } from '../auth/tokens'
import { addressKey, type ConnectionRateLimiter } from '../limits/token-bucket'
import type { Logger } from '../log'
import { parseMapIdSegment } from '../../src/domain/map-id'
import { hostAllowed, originAllowed, type OriginPolicy } from '../http/origin'
import { CloseCode } from './close-codes'
import { serveConnection, type ConnectionContext } from './connection'

export interface AcceptContext extends ConnectionContext {
  wss: WebSocketServer
  ipLimiter: ConnectionRateLimiter
  isClosing(): boolean
  origins: OriginPolicy
  /** Called with every accepted socket (liveness pings). */
  onSocket(ws: WebSocket): void
  log: Logger
}

export function acceptUpgrades(ctx: AcceptContext) {
  return (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy())
    const url = new URL(req.url ?? '/', 'http://localhost')
    const match = /^\/(sync|workshop)\/([^/]*)$/.exec(url.pathname)
    if (!match) {
      ctx.metrics.refused('bad-path')
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
      return
    }
    if (!hostAllowed(ctx.origins, req) || !originAllowed(ctx.origins, req)) {
      // A page on another site (or a rebound DNS name) must not reach a map from a browser.
      ctx.metrics.refused('foreign-origin')
      ctx.log.warn('refused connection', { reason: 'foreign-origin' })
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
      return
    }
    if (ctx.isClosing()) {
      ctx.metrics.refused('shutting-down')
      socket.end(
        'HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n',
      )
      return
    }
    const address = addressKey(req.socket.remoteAddress)
    const allowed = ctx.ipLimiter.allow(address)
    ctx.wss.handleUpgrade(req, socket, head, (ws) => {
      if (!allowed) {
        ctx.metrics.refused('ip-rate')
        ctx.metrics.closed(CloseCode.rateLimited)
        ctx.log.warn('refused connection', { reason: 'ip-rate', code: CloseCode.rateLimited })
        ws.close(CloseCode.rateLimited, 'too many connections from this address; wait a minute')
        return
      }
      const parsed = parseMapIdSegment(match[2] ?? '')
      if (!parsed.ok) {
        ctx.metrics.refused('invalid-map-id')
        ctx.metrics.closed(CloseCode.unknownMap)
        ctx.log.warn('refused connection', { reason: 'invalid-map-id', code: CloseCode.unknownMap })
        ws.close(CloseCode.unknownMap, 'invalid map id')
        return
      }
      ctx.onSocket(ws)
      const channel = match[1] === 'workshop' ? 'workshop' : 'map'
      const tokens = tokensFromRequest(req, url)
      serveConnection(ws, { mapId: parsed.id, channel, tokens, address }, ctx)
    })
  }
}
