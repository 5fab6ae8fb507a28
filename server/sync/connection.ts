// One websocket of one map. The socket is authorised first (a map's edit, comment or view token,
// unless the server runs in open mode), then joins the map's room — or, on the workshop channel,
// the room of the map's workshop doc (comments and votes). What a role may write depends only on
// the channel: a comment token writes the workshop doc and only reads the map, exactly like a
// view token, so no update's contents are ever inspected to decide. Frames that arrive meanwhile wait in
// a queue, so nothing is answered from an empty document. Every frame is charged to the
// connection's message and byte buckets; a frame that breaks the protocol or a limit closes this
// socket only — with a close code and a log line — and never reaches the room.
//
// The y-websocket client sends every awareness update it receives straight back (its awareness
// handler ignores the origin), so an honest client in a busy room sends far more frames than it
// produces. Each awareness frame about others that we send it therefore earns it one awareness
// frame (and as many bytes) that is not charged to its buckets: echoes cost nothing, a flood of
// its own still runs dry.

import { randomUUID } from 'node:crypto'
import * as decoding from 'lib0/decoding'
import WebSocket from 'ws'
import { hashToken, ROLE_RANK, type Role } from '../auth/tokens'
import type { LimitsConfig } from '../config'
import type { Logger } from '../log'
import { errorFields } from '../log'
import type { Metrics, RefusalReason } from '../metrics'
import type { AddressQuota } from '../limits/address-quota'
import { TokenBucket } from '../limits/token-bucket'
import type { MapCatalogue, TokenStore } from '../persistence/storage'
import { CloseCode, ProtocolError, type CloseCodeValue } from './close-codes'
import { decodeClientMessage, encodeRole, MessageType } from './messages'
import { DamagedMapError, type Peer, type Room } from './room'
import { RoomsFullError, type Rooms } from './rooms'

export type ConnectionLimits = Pick<
  LimitsConfig,
  'messagesPerSecond' | 'messageBurst' | 'bytesPerSecond' | 'byteBurst' | 'sendBufferBytes'
>

/** What the server keeps of an open connection, so shutdown closes it the connection's way. */
export interface OpenConnection {
  close(code: CloseCodeValue, reason: string): void
}

export interface ConnectionContext {
  rooms: Rooms
  /** The rooms of the maps' workshop docs (the `workshop` channel). */
  workshopRooms: Rooms
  catalogue: MapCatalogue
  tokenStore: TokenStore
  log: Logger
  metrics: Metrics
  limits: ConnectionLimits
  /** Tokens are required (false: open mode, every connection may edit). */
  auth: boolean
  connections: Set<OpenConnection>
  quota: AddressQuota
}

/** Which of a map's two docs a socket syncs: the journey map, or its workshop doc. */
export type Channel = 'map' | 'workshop'

/** What a token's role may do on a channel's doc. */
export function channelRole(role: Role, channel: Channel): 'edit' | 'view' {
  if (channel === 'map') return role === 'edit' ? 'edit' : 'view'
  return role === 'view' ? 'view' : 'edit'
}

export interface ConnectionRequest {
  mapId: string
  channel: Channel
  /** Tokens from the query string (`?token=`); never logged. */
  tokens: readonly string[]
  /** The client address's rate-limit key (IPv6: its /64). */
  address: string
}

interface Grant {
  role: Role
  identity: string
}

/** A closing socket that does not finish the closing handshake is cut off after this long. */
const CLOSE_GRACE_MS = 2_000

export function serveConnection(
  socket: WebSocket,
  request: ConnectionRequest,
  ctx: ConnectionContext,
) {
  const { mapId } = request
  const rooms = request.channel === 'workshop' ? ctx.workshopRooms : ctx.rooms
  const id = randomUUID().slice(0, 8)
  const log = ctx.log.child({ conn: id, map: mapId, channel: request.channel })
  const traffic = ctx.metrics.traffic
  const messages = new TokenBucket(ctx.limits.messagesPerSecond, ctx.limits.messageBurst)
  const bytes = new TokenBucket(ctx.limits.bytesPerSecond, ctx.limits.byteBurst)
  let room: Room | null = null
  let peer: Peer | null = null
  let acquired = false
  let admitted = false
  let ended = false
  let echoCredits = 0
  let echoBytes = 0
  const queue: Uint8Array[] = []
  /** Presence frames over the message rate: the newest per clientID, sent on when it allows. */
  const deferred = new Map<number, Uint8Array>()
  let deferTimer: NodeJS.Timeout | null = null

  function deferPresence(frame: Uint8Array) {
    ctx.metrics.dropped('presence-rate')
    const key = frame[0] === MessageType.awareness ? firstClientId(frame) : -1
    if (key === null) return
    if (!deferred.has(key) && deferred.size >= MAX_DEFERRED_PRESENCE) return
    deferred.set(key, frame)
    if (deferTimer) return
    const retry = () => {
      deferTimer = null
      for (const [clientId, waiting] of deferred) {
        if (ended || !messages.take(1)) break
        deferred.delete(clientId)
        if (room) process(waiting)
        else queue.push(waiting)
      }
      if (deferred.size > 0 && !ended) deferTimer = setTimeout(retry, retryMs).unref()
    }
    const retryMs = Math.ceil(1000 / ctx.limits.messagesPerSecond)
    deferTimer = setTimeout(retry, retryMs).unref()
  }
  const handle: OpenConnection = { close: (code, reason) => close(code, reason) }
  ctx.connections.add(handle)

  function makePeer({ role, identity }: Grant): Peer {
    return {
      id,
      role: channelRole(role, request.channel),
      identity,
      clientId: null,
      toldReadOnly: false,
      send(frame, echoed = false) {
        if (ended || socket.readyState !== WebSocket.OPEN) return
        // A client that does not read would make us hold everything sent to it.
        if (socket.bufferedAmount > ctx.limits.sendBufferBytes) {
          log.warn('closing connection: send buffer full', { buffered: socket.bufferedAmount })
          close(CloseCode.tryAgainLater, 'the client is not reading; reconnect later')
          return
        }
        socket.send(frame)
        if (echoed) {
          echoCredits = Math.min(echoCredits + 1, ctx.limits.messageBurst)
          echoBytes = Math.min(echoBytes + frame.length, ctx.limits.byteBurst)
        }
        traffic.messagesOut++
        traffic.bytesOut += frame.length
      },
      close: (code, reason) => close(code, reason),
    }
  }

  function close(code: CloseCodeValue, reason: string) {
    if (ended) return
    ended = true
    queue.length = 0
    ctx.metrics.closed(code)
    socket.close(code, reason.slice(0, 120))
    setTimeout(() => {
      if (socket.readyState !== WebSocket.CLOSED) socket.terminate()
    }, CLOSE_GRACE_MS).unref()
  }

  function refuse(reason: RefusalReason, code: CloseCodeValue, text: string) {
    ctx.metrics.refused(reason)
    log.warn('refused connection', { reason, code })
    close(code, text)
  }

  function process(frame: Uint8Array) {
    if (ended || !room || !peer) return
    try {
      room.handle(peer, decodeClientMessage(frame))
    } catch (error) {
      if (error instanceof ProtocolError) {
        log.warn('closing connection: protocol error', { code: error.code, reason: error.message })
        close(error.code, error.message)
      } else {
        log.error('closing connection: internal error', errorFields(error))
        close(CloseCode.internalError, 'internal error')
      }
    }
  }

  socket.on('message', (data, isBinary) => {
    if (ended) return
    const frame = toBytes(data)
    traffic.messagesIn++
    traffic.bytesIn += frame.length
    let charged = frame.length
    const presence = frame[0] === MessageType.awareness || frame[0] === MessageType.queryAwareness
    if (frame[0] === MessageType.awareness && echoCredits > 0) {
      echoCredits--
      const covered = Math.min(echoBytes, frame.length)
      echoBytes -= covered
      charged -= covered
    } else if (!messages.take(1)) {
      if (presence) {
        // Presence over the rate is deferred (the latest frame per clientID) or dropped, never a
        // reason to close an editor.
        deferPresence(frame)
        return
      }
      const limit = ctx.limits.messagesPerSecond
      log.warn('closing connection: message rate', { limit })
      close(CloseCode.rateLimited, `too many messages (over ${limit} a second)`)
      return
    }
    if (charged > 0 && !bytes.take(charged)) {
      const limit = ctx.limits.bytesPerSecond
      log.warn('closing connection: byte rate', { limit })
      close(CloseCode.rateLimited, `too many bytes (over ${limit} a second)`)
      return
    }
    if (!isBinary) {
      log.warn('closing connection: text frame')
      close(CloseCode.badMessage, 'text frames are not part of the protocol')
      return
    }
    if (room) process(frame)
    else queue.push(frame)
  })

  socket.on('close', (code) => {
    ended = true
    if (deferTimer) clearTimeout(deferTimer)
    deferred.clear()
    ctx.connections.delete(handle)
    log.info('connection closed', { code })
    if (room && peer) room.leave(peer)
    if (acquired) rooms.release(mapId)
    if (admitted) ctx.quota.release(request.address, mapId)
  })

  socket.on('error', (error: Error & { code?: string }) => {
    if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') {
      // `ws` refuses the frame (maxPayload) and closes with 1009 itself.
      ended = true
      ctx.metrics.closed(CloseCode.messageTooBig)
      log.warn('closing connection: frame too large')
      return
    }
    log.warn('socket error', errorFields(error))
  })

  log.info('connection opened')
  void join()

  /** The role the presented tokens grant and who presents them; null when none opens this map. */
  async function authorize(): Promise<Grant | null> {
    if (!ctx.auth) return { role: 'edit', identity: `address:${request.address}` }
    let best: Grant | null = null
    for (const token of request.tokens) {
      const digest = hashToken(token)
      const role = await ctx.tokenStore.roleFor(mapId, digest)
      if (role === null) continue
      const grant = { role, identity: `token:${Buffer.from(digest).toString('hex')}` }
      if (role === 'edit') return grant
      if (!best || ROLE_RANK[role] > ROLE_RANK[best.role]) best = grant
    }
    return best
  }

  async function join() {
    try {
      const grant = await authorize()
      if (ended) return
      if (grant === null) {
        // Whether the map exists is not revealed to a socket without a valid token.
        refuse('unauthorized', CloseCode.unauthorized, 'a valid token for this map is required')
        return
      }
      if (!ctx.auth && !(await ctx.catalogue.get(mapId))) {
        if (!ended) refuse('unknown-map', CloseCode.unknownMap, `unknown map "${mapId}"`)
        return
      }
      if (ended) return
      const over = ctx.quota.admit(request.address, mapId)
      if (over) {
        const what = over === 'ip-sockets' ? 'connections' : 'maps open'
        refuse(over, CloseCode.rateLimited, `too many ${what} from this address`)
        return
      }
      admitted = true
      const joining = makePeer(grant)
      // The role first, before a big map takes its time to load: the page then draws the map
      // with it, instead of drawing every card again when its HTTP request says it later.
      joining.send(encodeRole(grant.role))
      let loading: Promise<Room>
      try {
        loading = rooms.acquire(mapId)
      } catch (error) {
        if (!(error instanceof RoomsFullError)) throw error
        refuse('rooms-full', CloseCode.tryAgainLater, 'too many maps are open; try again later')
        return
      }
      acquired = true
      const loaded = await loading
      if (ended) return
      room = loaded
      peer = joining
      log.info('joined', { role: grant.role })
      room.join(peer)
      for (const frame of queue.splice(0)) process(frame)
    } catch (error) {
      if (error instanceof DamagedMapError) {
        refuse('damaged', CloseCode.damaged, 'this map could not be loaded; it was kept as it was')
        return
      }
      ctx.metrics.refused('load-failed')
      log.error('could not open the room', errorFields(error))
      close(CloseCode.internalError, 'could not load the map')
    }
  }
}

const MAX_DEFERRED_PRESENCE = 8

/** The first clientID of an awareness frame, read without decoding the states; null: malformed. */
function firstClientId(frame: Uint8Array): number | null {
  try {
    const decoder = decoding.createDecoder(frame)
    decoding.readVarUint(decoder) // message type
    decoding.readVarUint(decoder) // payload length
    if (decoding.readVarUint(decoder) === 0) return -1 // no entries
    return decoding.readVarUint(decoder)
  } catch {
    return null
  }
}

function toBytes(data: WebSocket.RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data))
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}
