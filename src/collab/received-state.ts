// The server's state reaches a browser as one sync-step-2 message: the whole map when the browser
// has no offline copy (1.2 MB for 2,000 cards). Yjs encodes every transaction again for the doc's
// 'update' listeners — y-websocket's sender, which ignores what came from the server, and the
// offline copy, which stores it. For the whole map that encoding was ~170 ms of opening a
// 2,000-card map, spent producing bytes the browser had just received. A large step 2 is
// therefore applied with those listeners set aside, and they are handed the received bytes.
//
// This reads the doc's listener table (lib0's Observable keeps them in `_observers`): if that ever
// changes shape, the ordinary path runs and only the saving is lost.

import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { messageSync } from 'y-websocket'

/** Smaller updates take the ordinary path: encoding them again costs next to nothing. */
export const LARGE_STATE_BYTES = 64 * 1024

type UpdateListener = (
  update: Uint8Array,
  origin: unknown,
  doc: Y.Doc,
  transaction: Y.Transaction,
) => void

function updateListeners(doc: Y.Doc): Map<string, Set<UpdateListener>> | null {
  const observers = (doc as unknown as { _observers?: unknown })._observers
  return observers instanceof Map ? (observers as Map<string, Set<UpdateListener>>) : null
}

/**
 * `Y.applyUpdate(doc, update, origin)`, but the doc's 'update' listeners get `update` itself
 * instead of Yjs's encoding of the transaction (the same changes; a listener storing or
 * forwarding it cannot tell). A transaction that a listener of this one starts meanwhile (a
 * write in reply) still reaches the 'update' listeners, as its own update with its own origin.
 */
export function applyWithoutReencoding(doc: Y.Doc, update: Uint8Array, origin: unknown): void {
  const observers = updateListeners(doc)
  const listeners = observers?.get('update')
  if (!observers || !listeners || listeners.size === 0) {
    Y.applyUpdate(doc, update, origin)
    return
  }
  const transactions: Y.Transaction[] = []
  const seen = (transaction: Y.Transaction) => void transactions.push(transaction)
  observers.delete('update')
  doc.on('afterTransaction', seen)
  try {
    Y.applyUpdate(doc, update, origin)
  } finally {
    doc.off('afterTransaction', seen)
    // Listeners added meanwhile are kept with the ones set aside.
    const added = observers.get('update')
    observers.set('update', added ? new Set([...listeners, ...added]) : listeners)
  }
  const [own, ...later] = transactions
  const emit = (bytes: Uint8Array, transaction: Y.Transaction) => {
    for (const listener of [...listeners]) listener(bytes, transaction.origin, doc, transaction)
  }
  if (own && changedAnything(own)) emit(update, own)
  // Everything written after the received state, from the first later transaction's start.
  const next = later[0]
  if (next) emit(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(next.beforeState)), next)
}

/** What Yjs checks before it emits 'update': new structs or deletions. */
function changedAnything(transaction: Y.Transaction): boolean {
  if (transaction.deleteSet.clients.size > 0) return true
  for (const [client, clock] of transaction.afterState) {
    if ((transaction.beforeState.get(client) ?? 0) !== clock) return true
  }
  return false
}

interface SyncingProvider {
  doc: Y.Doc
  synced: boolean
}

/**
 * A y-websocket handler for sync messages (`provider.messageHandlers[0]`): a large step 2 goes
 * through `applyWithoutReencoding`; every other sync message is handled exactly as y-websocket's
 * own handler does.
 */
export function syncMessageHandler(
  encoder: encoding.Encoder,
  decoder: decoding.Decoder,
  provider: SyncingProvider,
  emitSynced: boolean,
): void {
  encoding.writeVarUint(encoder, messageSync)
  const large =
    decoding.peekVarUint(decoder) === syncProtocol.messageYjsSyncStep2 &&
    decoder.arr.length - decoder.pos > LARGE_STATE_BYTES
  let type: number
  if (large) {
    type = decoding.readVarUint(decoder)
    const update = decoding.readVarUint8Array(decoder)
    try {
      applyWithoutReencoding(provider.doc, update, provider)
    } catch (error) {
      // As y-protocols does: a broken update is reported, and the connection goes on.
      console.error('Caught error while handling a Yjs update', error)
    }
  } else {
    type = syncProtocol.readSyncMessage(decoder, encoder, provider.doc, provider)
  }
  if (emitSynced && type === syncProtocol.messageYjsSyncStep2 && !provider.synced) {
    provider.synced = true
  }
}
