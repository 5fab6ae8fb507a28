// Assembles the Trailmap server: one HTTP port serving the built editor, `/healthz`, `/metrics`,
// the JSON API and the sync websockets at `/sync/<mapId>`, over one store (SQLite, or PostgreSQL
// shared by several nodes, which then hear each other's updates through Redis).

import { randomUUID } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocketServer, type WebSocket } from 'ws'
import { readMapTitle } from '../src/collab/codec'
import { createAccess } from './auth/access'
import type { ServerConfig } from './config'
import { handleApi } from './http/api'
import { handleExportApi } from './http/export-api'
import { handleVersionsApi } from './http/versions-api'
import { hostAllowed, originAllowed, originPolicy, STATE_CHANGING } from './http/origin'
import { sendError, sendJson } from './http/respond'
import { serveStatic, warmAssets } from './http/static'
import { AddressQuota } from './limits/address-quota'
import { ConnectionRateLimiter } from './limits/token-bucket'
import { createLogger, errorFields, type Logger } from './log'
import { createMetrics, type DropReason } from './metrics'
import { summariseDoc, summaryBackfill } from './maps/summary'
import { storageHooks } from './persistence/room-hooks'
import { workshopHooks } from './persistence/workshop-hooks'
import { withAttribution } from './versions/attribution'
import { startVersionRetention, withAutoVersions } from './versions/auto-versions'
import { versionThread } from './versions/version-thread'
import { captureMap } from './versions/versions'
import { openStorage } from './persistence/open'
import type { DocumentLog, Storage } from './persistence/storage'
import { redisBus, type RedisBus } from './fanout/redis-bus'
import { busFanout, newFanoutStats, type BusFanout } from './sync/bus-fanout'
import { acceptUpgrades } from './sync/accept'
import { CloseCode } from './sync/close-codes'
import type { OpenConnection } from './sync/connection'
import type { Fanout } from './sync/hooks'
import { inProcessFanout } from './sync/in-process-fanout'
import type { KindRegistry } from '../src/domain/kinds/registry'
import { DamagedMapError } from './sync/room'
import { Rooms, RoomsFullError } from './sync/rooms'

export interface TrailmapServer {
  readonly url: string
  readonly port: number
  readonly storage: Storage & { log: DocumentLog }
  readonly rooms: Rooms
  readonly workshopRooms: Rooms
  /** This node's name between nodes. */
  readonly nodeId: string
  /** The fan-out between nodes when Redis is configured (tests drive its anti-entropy). */
  readonly busFanout: BusFanout | null
  close(): Promise<void>
}

export async function startServer(
  config: ServerConfig,
  log: Logger = createLogger(config.logLevel),
  extras: {
    /** Carries updates to other server processes holding the same maps (in-process by default). */
    fanout?: Fanout
    /** The record kinds maps hold, for upgrading older docs (tests register more). */
    registry?: KindRegistry
    /** How long after an edit the map list's summary is recomputed (tests shorten it). */
    summaryDelayMs?: number
  } = {},
): Promise<TrailmapServer> {
  const nodeId = `${config.nodeId}-${randomUUID().slice(0, 6)}`
  const fanoutStats = newFanoutStats()
  let bus: RedisBus | null = null
  let nodes: BusFanout | null = null
  if (!extras.fanout && config.redisUrl) {
    bus = redisBus(config.redisUrl, log)
    nodes = busFanout(bus, { nodeId, periodMs: config.antiEntropyMs, stats: fanoutStats, log })
  }
  const fanout = extras.fanout ?? nodes ?? inProcessFanout()
  const connections = new Set<OpenConnection>()
  let roomCount = () => 0
  const metrics = createMetrics({
    connections: () => connections.size,
    rooms: () => roomCount(),
    ...(nodes && { fanout: fanoutStats }),
    ...(bus && { busConnected: () => bus.connected }),
  })
  let storage: Storage
  try {
    storage = await openStorage(config, {
      onFlush: (ms, updates) => {
        metrics.flushed(ms)
        log.debug('flushed updates', { ms: round(ms), updates })
      },
      // Logged once when saving starts failing (below); each retry only at debug level.
      onFlushError: (error) => log.debug('flush failed; will retry', errorFields(error)),
      onPoolError: (error) => log.warn('database connection lost', errorFields(error)),
    })
  } catch (error) {
    nodes?.close()
    await bus?.close()
    throw error
  }
  storage.log.onWritableChange((writable) => {
    if (writable) log.info('writes succeed again: edits are being saved')
    else
      log.error(
        'writes are failing (disk full? database unreachable?): edits are kept in memory and retried',
      )
  })
  const versionWork = versionThread()
  versionWork.warm()
  // Room hooks: storage, then automatic versions, then who edited what.
  const attribution = withAttribution(
    withAutoVersions(
      storageHooks({
        catalogue: storage.catalogue,
        log: storage.log,
        readTitle: readMapTitle,
        summarise: summariseDoc,
        ...(extras.summaryDelayMs !== undefined && { summaryDelayMs: extras.summaryDelayMs }),
        logger: log,
      }),
      {
        versions: storage.versions,
        capture: (mapId) => captureMap({ rooms, log: storage.log, work: versionWork }, mapId),
        everyMs: config.autoVersionEveryMs,
        logger: log,
      },
    ),
    { versions: storage.versions, logger: log },
  )
  // The same limits for map rooms and workshop rooms.
  const roomLimits = {
    compactEveryUpdates: config.compactEveryUpdates,
    maxRooms: config.maxRooms,
    idleMs: config.idleMs,
    maxDocBytes: config.maxDocBytes,
    maxAwarenessBytes: config.maxAwarenessBytes,
    presencePerSecond: config.presencePerSecond,
    pending: { maxBytes: config.maxPendingBytes, maxAgeMs: config.pendingTimeoutMs },
    traffic: metrics.traffic,
    onDrop: (reason: DropReason) => metrics.dropped(reason),
  }
  const rooms = new Rooms(log, {
    hooks: attribution.hooks,
    fanout,
    ...(extras.registry ? { registry: extras.registry } : {}),
    ...roomLimits,
  })
  // Each map's workshop doc (comments, votes, timer) has rooms of its own: same limits, its own
  // storage hooks, no format upgrade, and a fan-out channel apart from the map's.
  const workshopRooms = new Rooms(log, {
    hooks: workshopHooks({ store: storage.workshop, log: storage.log, logger: log }),
    fanout: { join: (mapId, member) => fanout.join(`workshop:${mapId}`, member) },
    upgrade: false,
    ...roomLimits,
  })
  roomCount = () => rooms.size
  const origins = originPolicy(config.host, config.allowedHosts, config.allowedOrigins)
  const access = createAccess(storage.catalogue, storage.tokens, config.auth)
  const creations = new ConnectionRateLimiter(config.createsPerMinute)
  const maps = {
    catalogue: storage.catalogue,
    tokens: storage.tokens,
    log: storage.log,
    versions: storage.versions,
    work: versionWork,
    flushEdits: attribution.flush,
    rooms,
    workshopRooms,
    quota: { limiter: creations, maxMaps: config.maxMaps },
    summaries: summaryBackfill(storage.catalogue, storage.log, log),
  }
  const stopRetention = startVersionRetention(storage.versions, {
    retentionDays: config.versionRetentionDays,
    logger: log,
  })
  let ready = false
  let closing: Promise<void> | null = null

  const httpServer = http.createServer(
    {
      // Slow clients (a dribbled upgrade request included) must finish their headers in time.
      headersTimeout: config.handshakeTimeoutMs,
      requestTimeout: Math.max(config.handshakeTimeoutMs, 120_000),
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, config.handshakeTimeoutMs / 4)),
    },
    (req, res) => {
      const requestId = requestIdOf(req)
      const reqLog = log.child({ req: requestId })
      const started = performance.now()
      res.setHeader('x-request-id', requestId)
      res.on('finish', () => {
        const path = pathOf(req)
        const fields = { method: req.method, path, status: res.statusCode }
        const ms = round(performance.now() - started)
        if (path.startsWith('/api/')) reqLog.info('request', { ...fields, ms })
        else reqLog.debug('request', { ...fields, ms })
      })
      handle(req, res).catch((error: unknown) => {
        if (error instanceof DamagedMapError) return sendError(res, 409, error.message)
        if (error instanceof RoomsFullError) {
          if (!res.headersSent) res.setHeader('retry-after', '5')
          return sendError(res, 503, error.message)
        }
        reqLog.error('request failed', { path: pathOf(req), ...errorFields(error) })
        if (!res.headersSent) sendError(res, 500, 'internal error')
        else res.end()
      })
    },
  )

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost')
    if (!hostAllowed(origins, req)) {
      return sendError(res, 421, 'unknown host name; see TRAILMAP_ALLOWED_HOSTS')
    }
    if (STATE_CHANGING.has(req.method ?? '') && !originAllowed(origins, req)) {
      return sendError(res, 403, 'cross-origin request refused; see TRAILMAP_ALLOWED_ORIGINS')
    }
    if (pathname === '/healthz') {
      if (ready && !storage.log.writable) {
        return sendJson(res, 503, { status: 'failing', reason: 'writes to the database fail' })
      }
      if (ready && !(await storage.healthy())) {
        return sendJson(res, 503, { status: 'failing', reason: 'the database is unreachable' })
      }
      return ready
        ? sendJson(res, 200, {
            status: 'ok',
            rooms: rooms.size,
            connections: connections.size,
            auth: config.auth ? 'on' : 'off',
            node: nodeId,
            ...(bus && { redis: bus.connected ? 'connected' : 'unreachable' }),
          })
        : sendJson(res, 503, { status: 'starting' })
    }
    if (pathname === '/metrics') {
      if (req.method !== 'GET') return sendError(res, 405, 'use GET')
      const { contentType, text } = await metrics.render()
      res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' })
      return res.end(text)
    }
    // Before handleApi: `/api/maps/<id>.json` is not a valid map id there.
    if (await handleVersionsApi({ ...maps, access }, req, res)) return
    if (await handleExportApi({ ...maps, access }, req, res)) return
    if (await handleApi({ ...maps, access }, req, res)) return
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'not allowed')
    await serveStatic(config.staticDir, req, res)
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxFrameBytes })
  const ipLimiter = new ConnectionRateLimiter(config.connectionsPerIpPerMinute)
  httpServer.on(
    'upgrade',
    acceptUpgrades({
      wss,
      ipLimiter,
      rooms,
      workshopRooms,
      catalogue: storage.catalogue,
      tokenStore: storage.tokens,
      log,
      metrics,
      limits: config,
      auth: config.auth,
      connections,
      quota: new AddressQuota(config.ipMaxSockets, config.ipMaxRooms),
      isClosing: () => closing !== null,
      origins,
      onSocket: (ws) => watchLiveness(ws),
    }),
  )

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

  // The first page after a start is answered from memory too (see static.ts).
  await warmAssets(config.staticDir)
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject)
    httpServer.listen(config.port, config.host, () => resolve())
  })
  const port = (httpServer.address() as AddressInfo).port
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}/`
  ready = true

  /** Stops accepting, tells every client to come back (1012), saves every room, then exits. */
  async function close() {
    ready = false
    clearInterval(pinger)
    stopRetention()
    ipLimiter.stop()
    creations.stop()
    httpServer.close()
    for (const connection of [...connections]) {
      connection.close(CloseCode.serviceRestart, 'server restarting')
    }
    // Rooms wait for their updates to be written; when writes fail that never happens, so the
    // wait is bounded and the store's close then reports what was lost.
    const saved = await Promise.race([
      Promise.all([rooms.closeAll(), workshopRooms.closeAll()]).then(() => true),
      new Promise<false>((resolve) => setTimeout(resolve, config.shutdownTimeoutMs, false)),
    ])
    if (!saved) log.error('rooms could not be saved in time')
    await versionWork.close()
    nodes?.close()
    await bus?.close()
    try {
      await storage.close()
    } finally {
      await waitForSockets(wss, config.shutdownTimeoutMs)
      httpServer.closeAllConnections()
    }
  }

  return {
    url,
    port,
    storage,
    rooms,
    workshopRooms,
    nodeId,
    busFanout: nodes,
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

/** The path without the query string: query strings may hold tokens and are never logged. */
function pathOf(req: http.IncomingMessage): string {
  const raw = req.url ?? '/'
  const end = raw.search(/[?#]/)
  return (end === -1 ? raw : raw.slice(0, end)).slice(0, 200)
}

/** A proxy's request id when it sent a sensible one, else a fresh one. */
function requestIdOf(req: http.IncomingMessage): string {
  const given = req.headers['x-request-id']
  return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given)
    ? given
    : randomUUID().slice(0, 8)
}

const round = (ms: number) => Math.round(ms * 100) / 100
