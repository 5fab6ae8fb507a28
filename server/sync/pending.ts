// Updates whose dependencies the room has not seen. Yjs keeps such data inside the doc as
// "pending", merges every later update into it (quadratic), counts it in no size check, and sends
// it to every joiner inside `encodeStateAsUpdate`. Honest y-websocket clients never cause it (a
// client's updates follow what it received over the same socket), so the room takes pending data
// out of the doc right after each apply and holds it here instead: per sender, unmerged, bounded
// in bytes for the room and in age. Held data is retried only when the doc advanced for a client
// it waits on; it is never stored or sent to anyone, and a sender whose data stays unresolved past
// the age limit, or that fills the room's budget, is closed.

import * as Y from 'yjs'

export interface PendingLimits {
  /** Pending bytes a room may hold in all, from all senders. */
  maxBytes: number
  /** How long held data may wait for its dependencies. */
  maxAgeMs: number
}

interface Held<Owner> {
  owner: Owner
  /** V1-encoded (converted from what Yjs left pending; the server never applies V2 input). */
  structs: Uint8Array | null
  ds: Uint8Array | null
  /** Clients whose progress could resolve it, with the state seen when it was held. */
  waitsOn: Map<number, number>
  bytes: number
  since: number
}

export class PendingUpdates<Owner> {
  private held: Held<Owner>[] = []
  private total = 0

  constructor(private readonly limits: PendingLimits) {}

  get bytes() {
    return this.total
  }

  /**
   * Takes whatever the last apply left pending out of `doc`. Returns false when holding it would
   * pass the room's budget: it is then dropped (the owner must be closed).
   */
  takeFrom(doc: Y.Doc, owner: Owner, now = Date.now()): boolean {
    const store = doc.store
    const structs = store.pendingStructs
    const ds = store.pendingDs
    if (!structs && !ds) return true
    store.pendingStructs = null
    store.pendingDs = null
    const waitsOn = new Map<number, number>()
    for (const client of structs?.missing.keys() ?? []) {
      waitsOn.set(client, Y.getState(store, client))
    }
    const heldStructs = structs ? Y.convertUpdateFormatV2ToV1(structs.update) : null
    const heldDs = ds ? Y.convertUpdateFormatV2ToV1(ds) : null
    if (heldDs) {
      for (const client of Y.decodeUpdate(heldDs).ds.clients.keys()) {
        waitsOn.set(client, Y.getState(store, client))
      }
    }
    const bytes = (heldStructs?.length ?? 0) + (heldDs?.length ?? 0)
    if (this.total + bytes > this.limits.maxBytes) return false
    this.held.push({ owner, structs: heldStructs, ds: heldDs, waitsOn, bytes, since: now })
    this.total += bytes
    return true
  }

  /**
   * Re-applies held data whose clients have advanced since it was held. Returns the owners whose
   * data could not be held again (over budget).
   */
  retry(doc: Y.Doc, apply: (update: Uint8Array, owner: Owner) => void): Owner[] {
    const ready = this.held.filter((entry) =>
      [...entry.waitsOn].some(([client, seen]) => Y.getState(doc.store, client) > seen),
    )
    if (ready.length === 0) return []
    this.held = this.held.filter((entry) => !ready.includes(entry))
    const refused: Owner[] = []
    for (const entry of ready) {
      this.total -= entry.bytes
      for (const part of [entry.structs, entry.ds]) {
        if (part) apply(part, entry.owner)
      }
      if (!this.takeFrom(doc, entry.owner, entry.since)) refused.push(entry.owner)
    }
    return refused
  }

  /** Owners with data held longer than the age limit; their data is dropped. */
  expire(now = Date.now()): Owner[] {
    const old = this.held.filter((entry) => now - entry.since > this.limits.maxAgeMs)
    for (const entry of old) this.drop(entry)
    return [...new Set(old.map((entry) => entry.owner))]
  }

  /** Forgets everything `owner` sent (its socket closed). */
  forget(owner: Owner) {
    for (const entry of this.held.filter((e) => e.owner === owner)) this.drop(entry)
  }

  /** When the oldest held data expires, or null when nothing is held. */
  nextExpiry(): number | null {
    if (this.held.length === 0) return null
    return Math.min(...this.held.map((entry) => entry.since)) + this.limits.maxAgeMs
  }

  private drop(entry: Held<Owner>) {
    this.held = this.held.filter((e) => e !== entry)
    this.total -= entry.bytes
  }
}
