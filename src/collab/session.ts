// One open map on this client: the Y.Doc, its mirror as an immutable JourneyMap, undo history,
// presence, and (in the browser) the websocket provider and the IndexedDB copy for offline work.
// Everything outside `src/collab` talks to a map through this interface only.

import * as Y from 'yjs'
import { Awareness } from 'y-protocols/awareness'
import type { JourneyMap } from '../domain/types'
import type { AccessRole } from '../domain/access-role'
import { JourneyError } from '../domain/errors'
import { messagesFor } from '../domain/i18n'
import { defaultRegistry, type KindRegistry } from '../domain/kinds/registry'
import { commitMap, isNewerDoc, mirrorDoc } from './codec'
import { LOCAL_ORIGIN } from './origin'
import { createPresence, type Presence, type PresenceUser } from './presence'
import { createUndoHistory, type UndoHistory } from './undo'

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'closed'

export interface ConnectionInfo {
  state: ConnectionState
  /** True once the server's state has been received at least once. */
  synced: boolean
  /** Why the server closed the connection for good (unknown map, no access). */
  reason: string | null
  /** What the server says the connection's token grants; absent until it has (first thing). */
  role?: AccessRole
}

export interface EditOptions {
  /** Consecutive edits with the same key fold into one undo step (typing in one field). */
  mergeKey?: string
}

export interface MapSession {
  readonly mapId: string
  getMap(): JourneyMap
  subscribe(listener: (map: JourneyMap) => void): () => void
  /** Runs a pure operation on the current map and writes the difference as one transaction. */
  edit(operation: (map: JourneyMap) => JourneyMap, options?: EditOptions): JourneyMap
  readonly history: UndoHistory
  readonly presence: Presence
  /**
   * True while the doc says a newer Trailmap wrote it: this build may not understand its records,
   * so it shows them and refuses to write (edit throws a 'read-only' JourneyError).
   */
  isNewerDoc(): boolean
  connection(): ConnectionInfo
  onConnection(listener: (info: ConnectionInfo) => void): () => void
  destroy(): void
}

export interface SessionTransport {
  connection(): ConnectionInfo
  onConnection(listener: (info: ConnectionInfo) => void): () => void
  destroy(): void
}

/** A session over a doc, with an optional transport (tests and headless use run without one). */
export function createSession(
  mapId: string,
  user: PresenceUser,
  options: {
    doc?: Y.Doc
    awareness?: Awareness
    transport?: (doc: Y.Doc, awareness: Awareness) => SessionTransport
    /** The kinds of records the map holds (tests register more). */
    registry?: KindRegistry
  } = {},
): MapSession {
  const registry = options.registry ?? defaultRegistry
  const doc = options.doc ?? new Y.Doc()
  const awareness = options.awareness ?? new Awareness(doc)
  const transport = options.transport?.(doc, awareness) ?? localTransport()
  const mirror = mirrorDoc(doc, registry)
  const history = createUndoHistory(doc, registry)
  const presence = createPresence(awareness, user)
  return {
    mapId,
    getMap: mirror.get,
    subscribe: (listener) => mirror.subscribe((map) => listener(map)),
    edit(operation, editOptions = {}) {
      if (isNewerDoc(doc, registry)) {
        // English for logs and tests; the notice comes from the catalogue by code (refusalText).
        throw new JourneyError('read-only', messagesFor('en').errors.refusal.readOnly)
      }
      const before = mirror.get()
      const after = operation(before)
      if (after !== before) {
        history.beginEdit(editOptions.mergeKey)
        commitMap(doc, before, after, LOCAL_ORIGIN, registry)
      }
      return mirror.get()
    },
    history,
    presence,
    isNewerDoc: () => isNewerDoc(doc, registry),
    connection: transport.connection,
    onConnection: transport.onConnection,
    destroy() {
      transport.destroy()
      history.destroy()
      mirror.destroy()
      awareness.destroy()
      doc.destroy()
    },
  }
}

function localTransport(): SessionTransport {
  const info: ConnectionInfo = { state: 'offline', synced: false, reason: null }
  return { connection: () => info, onConnection: () => () => {}, destroy: () => {} }
}
