// The y-websocket wire protocol, as spoken by the unmodified y-websocket 3.x client.
// Every websocket message is one binary frame: varUint messageType, then the payload.
//   0 sync       varUint step (0 SyncStep1: state vector | 1 SyncStep2: update | 2 Update: update)
//   1 awareness  varUint8Array awareness update (entries of clientID, clock, JSON state)
//   2 auth       server → client only: varUint subtype, varString (0 permission denied, and
//                Trailmap's own: 1 save status, 2 the connection's role)
//   3 query-awareness  (no payload) asks for every awareness state
// Decoding is strict: trailing bytes, unknown types and truncated frames are protocol errors.

import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { AuthSubtype } from '../../src/domain/auth-subtypes'
import type { Role } from '../auth/tokens'
import { ProtocolError } from './close-codes'

export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const
export const SyncStep = { step1: 0, step2: 1, update: 2 } as const

export type ClientMessage =
  | { type: 'sync-step1'; stateVector: Uint8Array }
  | { type: 'sync-step2'; update: Uint8Array }
  | { type: 'sync-update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'query-awareness' }

export function decodeClientMessage(frame: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(frame)
  const message = readMessage(decoder)
  if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes after the message')
  return message
}

function readMessage(decoder: decoding.Decoder): ClientMessage {
  const type = readVarUint(decoder, 'message type')
  switch (type) {
    case MessageType.sync: {
      const step = readVarUint(decoder, 'sync step')
      const payload = readBytes(decoder, 'sync payload')
      if (step === SyncStep.step1) return { type: 'sync-step1', stateVector: payload }
      if (step === SyncStep.step2) return { type: 'sync-step2', update: payload }
      if (step === SyncStep.update) return { type: 'sync-update', update: payload }
      throw new ProtocolError(`unknown sync step ${step}`)
    }
    case MessageType.awareness:
      return { type: 'awareness', update: readBytes(decoder, 'awareness update') }
    case MessageType.queryAwareness:
      return { type: 'query-awareness' }
    default:
      throw new ProtocolError(`unknown message type ${type}`)
  }
}

function readVarUint(decoder: decoding.Decoder, what: string): number {
  try {
    return decoding.readVarUint(decoder)
  } catch {
    throw new ProtocolError(`truncated ${what}`)
  }
}

function readBytes(decoder: decoding.Decoder, what: string): Uint8Array {
  const length = readVarUint(decoder, `${what} length`)
  if (length > decoder.arr.length - decoder.pos) throw new ProtocolError(`truncated ${what}`)
  return decoding.readUint8Array(decoder, length)
}

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  write(encoder)
  return encoding.toUint8Array(encoder)
}

export const encodeSyncStep1 = (stateVector: Uint8Array) =>
  frame((e) => {
    encoding.writeVarUint(e, MessageType.sync)
    encoding.writeVarUint(e, SyncStep.step1)
    encoding.writeVarUint8Array(e, stateVector)
  })

export const encodeSyncStep2 = (update: Uint8Array) =>
  frame((e) => {
    encoding.writeVarUint(e, MessageType.sync)
    encoding.writeVarUint(e, SyncStep.step2)
    encoding.writeVarUint8Array(e, update)
  })

export const encodeSyncUpdate = (update: Uint8Array) =>
  frame((e) => {
    encoding.writeVarUint(e, MessageType.sync)
    encoding.writeVarUint(e, SyncStep.update)
    encoding.writeVarUint8Array(e, update)
  })

/** y-protocols/auth "permission denied": the y-websocket client logs the reason. */
export const encodePermissionDenied = (reason: string) =>
  encodeAuth(AuthSubtype.permissionDenied, reason)

/**
 * Whether the server can currently save: auth message subtype 1 (y-protocols defines only 0,
 * permission denied; the unmodified client ignores other subtypes). Trailmap's client shows
 * "not saved" while it says `failing`.
 */
export const encodeSaveStatus = (saving: boolean) =>
  encodeAuth(AuthSubtype.saveStatus, saving ? 'ok' : 'failing')

/**
 * What the connection's token grants (`edit`, `comment` or `view`): auth message subtype 2, sent
 * before anything else, even before the map has loaded. Trailmap's client draws the map with it
 * (cards draggable or not) instead of drawing every card again when the role comes later.
 */
export const encodeRole = (role: Role) => encodeAuth(AuthSubtype.role, role)

/** An auth message: its subtype (src/domain/auth-subtypes.ts) and text. */
function encodeAuth(subtype: number, text: string) {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.auth)
    encoding.writeVarUint(e, subtype)
    encoding.writeVarString(e, text)
  })
}

export const encodeAwareness = (update: Uint8Array) =>
  frame((e) => {
    encoding.writeVarUint(e, MessageType.awareness)
    encoding.writeVarUint8Array(e, update)
  })

export interface AwarenessEntry {
  clientId: number
  clock: number
  state: unknown
}

export interface DecodedAwarenessEntry extends AwarenessEntry {
  /** The state's JSON was longer than the limit: it is not parsed (`state` is null). */
  oversize: boolean
}

/**
 * Parses an awareness update completely before anything is applied, so a bad one changes nothing.
 * States longer than `maxStateBytes` (UTF-8) are marked oversize and not parsed at all.
 */
export function decodeAwarenessUpdate(
  update: Uint8Array,
  maxStateBytes = Infinity,
): DecodedAwarenessEntry[] {
  const decoder = decoding.createDecoder(update)
  const count = readVarUint(decoder, 'awareness entry count')
  const entries: DecodedAwarenessEntry[] = []
  for (let i = 0; i < count; i++) {
    const clientId = readVarUint(decoder, 'awareness clientID')
    const clock = readVarUint(decoder, 'awareness clock')
    const start = decoder.pos
    let text: string
    try {
      text = decoding.readVarString(decoder)
    } catch {
      throw new ProtocolError('truncated awareness state')
    }
    if (decoder.pos - start > maxStateBytes) {
      entries.push({ clientId, clock, state: null, oversize: true })
      continue
    }
    let state: unknown
    try {
      state = JSON.parse(text)
    } catch {
      throw new ProtocolError('awareness state is not JSON')
    }
    entries.push({ clientId, clock, state, oversize: false })
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes after awareness update')
  return entries
}

export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, entries.length)
    for (const entry of entries) {
      encoding.writeVarUint(e, entry.clientId)
      encoding.writeVarUint(e, entry.clock)
      encoding.writeVarString(e, JSON.stringify(entry.state))
    }
  })
}
