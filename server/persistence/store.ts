// What the sync server needs from storage. SQLite is the default implementation; the interface is
// asynchronous so a networked store can take its place without touching the rooms.

import type { MapTokens, Role } from '../auth/tokens'

export interface MapRecord {
  id: string
  title: string
  createdAt: number
  updatedAt: number
}

/** A map just created, with its capability tokens: the only time they exist in plain text. */
export interface CreatedMap extends MapRecord, MapTokens {}

export interface MapStore {
  /** Creates the map and its edit and view tokens in one transaction (only digests are kept). */
  createMap(id: string, title: string): Promise<CreatedMap>
  getMap(id: string): Promise<MapRecord | null>
  listMaps(): Promise<MapRecord[]>
  /** Soft-deletes nothing: removes the map, its snapshot and its update log. */
  deleteMap(id: string): Promise<boolean>
  setTitle(id: string, title: string): Promise<void>
  /**
   * Every stored piece of the map's Yjs state, oldest first (snapshot, then appended updates).
   * Waits for writes of this map that are still buffered.
   */
  loadState(id: string): Promise<Uint8Array[]>
  /** Buffers one Yjs update (v1); it is written within the flush interval. */
  appendUpdate(id: string, update: Uint8Array): void
  /** Writes every buffered update now. */
  flush(): Promise<void>
  /** Replaces the map's snapshot and update log with `state` in one transaction. */
  compact(id: string, state: Uint8Array): Promise<void>
  close(): Promise<void>
  /** The role a token (by its SHA-256 digest) grants on the map, or null. */
  roleFor(id: string, tokenDigest: Uint8Array): Promise<Role | null>
  /** The maps any of these token digests open, with the best role each grants. */
  mapsFor(tokenDigests: readonly Uint8Array[]): Promise<(MapRecord & { role: Role })[]>
  /**
   * Replaces the map's tokens with new ones and returns them (a map created before tokens
   * existed, or a leaked link); null when there is no such map.
   */
  issueTokens(id: string): Promise<MapTokens | null>
}
