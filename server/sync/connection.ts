// One websocket of one map. Frames that arrive while the room is still loading wait in a queue,
// so nothing is answered from an empty document. A frame that breaks the protocol closes this
// socket only — with a close code and a log line — and never reaches the room.

import { randomUUID } from 'node:crypto'
import WebSocket from 'ws'
import type { Logger } from '../log'
import { errorFields } from '../log'
import type { MapStore } from '../persistence/store'
import { CloseCode, ProtocolError, type CloseCodeValue } from './close-codes'
import { decodeClientMessage } from './messages'
import type { Peer, Room } from './room'
import type { Rooms } from './rooms'

export interface ConnectionContext {
  rooms: Rooms
  store: MapStore
  log: Logger
}

export function serveConnection(socket: WebSocket, mapId: string, ctx: ConnectionContext) {
  const id = randomUUID().slice(0, 8)
  const log = ctx.log.child({ conn: id, map: mapId })
  let room: Room | null = null
  let acquired = false
  let ended = false
  const queue: Uint8Array[] = []

  const peer: Peer = {
    id,
    clientId: null,
    send(frame) {
      if (socket.readyState !== WebSocket.OPEN) return
      socket.send(frame, (error) => {
        if (error) close(CloseCode.internalError, 'send failed')
      })
    },
    close: (code, reason) => close(code, reason),
  }

  function close(code: CloseCodeValue, reason: string) {
    if (ended) return
    ended = true
    queue.length = 0
    socket.close(code, reason.slice(0, 120))
  }

  function process(frame: Uint8Array) {
    if (ended || !room) return
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
    if (!isBinary) {
      log.warn('closing connection: text frame')
      close(CloseCode.badMessage, 'text frames are not part of the protocol')
      return
    }
    const frame = toBytes(data)
    if (room) process(frame)
    else queue.push(frame)
  })

  socket.on('close', (code) => {
    ended = true
    log.info('connection closed', { code })
    if (room) room.leave(peer)
    if (acquired) ctx.rooms.release(mapId)
  })

  socket.on('error', (error) => log.warn('socket error', errorFields(error)))

  log.info('connection opened')
  void join()

  async function join() {
    try {
      const map = await ctx.store.getMap(mapId)
      if (ended) return
      if (!map) {
        log.warn('closing connection: unknown map')
        close(CloseCode.unknownMap, `unknown map "${mapId}"`)
        return
      }
      acquired = true
      const loaded = await ctx.rooms.acquire(mapId)
      if (ended) return
      room = loaded
      room.join(peer)
      for (const frame of queue.splice(0)) process(frame)
    } catch (error) {
      log.error('could not open the room', errorFields(error))
      close(CloseCode.internalError, 'could not load the map')
    }
  }
}

function toBytes(data: WebSocket.RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data))
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}
