// What the server needs from storage, as three small interfaces: the map catalogue (records and
// titles), the token store (digests of capability tokens) and the document log (each map's Yjs
// state as a snapshot plus appended updates, numbered). SQLite implements all three by default,
// PostgreSQL for several nodes (server/persistence/open.ts chooses); a backend is wired in
// server/app.ts — nothing in server/sync/ names a
// backend. Every method is asynchronous so a networked store can take the place of the embedded one.

import type { MapSummary } from '../../src/domain/summary'
import type { VersionInfo, VersionKind } from '../../src/domain/versions/version'
import type { MapTokens, Role } from '../auth/tokens'

export interface MapRecord {
  id: string
  title: string
  createdAt: number
  updatedAt: number
  /**
   * Counts and a layout thumbnail for the map list (`src/domain/summary.ts`): null until the
   * server has computed one, and when the stored value is not one `parseSummary` accepts.
   */
  summary: MapSummary | null
}

/** A map just created, with its capability tokens: the only time they exist in plain text. */
export interface CreatedMap extends MapRecord, MapTokens {}

export interface MapCatalogue {
  /** Adds the record; fails if the id is taken. */
  create(id: string, title: string): Promise<MapRecord>
  get(id: string): Promise<MapRecord | null>
  list(): Promise<MapRecord[]>
  count(): Promise<number>
  /** Removes the map with its tokens and its document log. */
  delete(id: string): Promise<boolean>
  setTitle(id: string, title: string): Promise<void>
  /**
   * Replaces the map's list summary; `updatedAt` stays as it is (computing a summary is not an
   * edit). Nothing happens for an unknown map. Store it as opaque JSON (SQLite: a TEXT column)
   * and read it back through `parseSummaryJson`/`parseSummary`, so a damaged value lists the
   * map without a thumbnail instead of failing the list.
   */
  setSummary(id: string, summary: MapSummary): Promise<void>
  /** Records which map and version this one was made from; read back by `originOf`. */
  setOrigin(id: string, origin: MapOrigin): Promise<void>
  originOf(id: string): Promise<MapOrigin | null>
}

export interface TokenStore {
  /** Replaces the map's tokens with fresh ones (only digests are kept); null: no such map. */
  issue(id: string): Promise<MapTokens | null>
  /** The role a token (by its SHA-256 digest) grants on the map, or null. */
  roleFor(id: string, tokenDigest: Uint8Array): Promise<Role | null>
  /** The maps any of these token digests open, with the best role each grants. */
  mapsFor(tokenDigests: readonly Uint8Array[]): Promise<(MapRecord & { role: Role })[]>
  /**
   * Records the digest of a token derived from the map's edit token (its comment token), if it is
   * not recorded yet: maps whose tokens were issued before comment links existed get theirs the
   * first time their edit token is shown. Nothing happens for an unknown map.
   */
  addDerived(id: string, role: Exclude<Role, 'edit'>, tokenDigest: Uint8Array): Promise<void>
}

/**
 * Each map's workshop doc (comments, votes, the timer: src/collab/workshop): a second, small
 * Y.Doc beside the map's, stored as one merged state per map. `save` merges the given state into
 * what is stored (several nodes may save the same map), so nothing another node saved is lost.
 * Deleting the map deletes its workshop doc.
 */
export interface WorkshopStore {
  load(mapId: string): Promise<Uint8Array | null>
  save(mapId: string, state: Uint8Array): Promise<void>
}

/** A map's stored Yjs state, oldest part first, and the log position the last part reaches. */
export interface StoredState {
  parts: Uint8Array[]
  /** The sequence number of the newest stored update (0 when there is only a snapshot). */
  seq: number
}

export interface DocumentLog {
  /** Everything stored for the map; waits for this map's updates still being written. */
  load(mapId: string): Promise<StoredState>
  /**
   * Appends one Yjs update (v1). Resolves with its sequence number once it is durable; rejects
   * when it could not be written (the caller decides what the editors are told).
   */
  append(mapId: string, update: Uint8Array): Promise<number>
  /**
   * Replaces the snapshot with one that includes every update up to `uptoSeq`, and deletes only
   * those updates: rows appended after `uptoSeq` (by another writer, or meanwhile) survive.
   * Without `state` the log folds its own rows (off the event loop where it can).
   */
  compact(mapId: string, uptoSeq: number, state?: Uint8Array): Promise<void>
  /** Writes every buffered update now. */
  flush(): Promise<void>
  /** False while writes fail (a full disk, an unreachable database): /healthz reports it. */
  readonly writable: boolean
  /** News when `writable` changes. */
  onWritableChange(listener: (writable: boolean) => void): () => void
}

/**
 * A version with its content: a full Yjs state of the map then (`encodeStateAsUpdate`, V1: the
 * server never decodes V2, whose decoder can hang on crafted input — yjs issue 687).
 */
export interface StoredVersion extends VersionInfo {
  readonly state: Uint8Array
}

export interface NewVersion {
  label: string
  kind: VersionKind
  author: string | null
  counts: Readonly<Record<string, number>>
  state: Uint8Array
  /** Defaults to now (tests of retention pass older times). */
  createdAt?: number
}

/**
 * Saved versions of maps, beside the document log. A version is a full state, not a position in
 * the log: the log is compacted (and Yjs garbage-collects), so old positions cannot be replayed.
 * Deleting a map deletes its versions.
 */
export interface VersionStore {
  /** Stores the version; rejects for an unknown map. */
  add(mapId: string, version: NewVersion): Promise<VersionInfo>
  /** The map's versions without their states, newest first. */
  list(mapId: string): Promise<VersionInfo[]>
  get(mapId: string, versionId: number): Promise<StoredVersion | null>
  /** Deletes automatic versions (of every map) saved before `before`; named ones stay. */
  deleteExpired(before: number): Promise<number>
  /** Remembers who last edited each record (one row per map and record, replaced). */
  noteEdits(mapId: string, edits: readonly RecordEdit[]): Promise<void>
  /** Who last edited which record, for edits at or after `since`. */
  editsSince(mapId: string, since: number): Promise<RecordEdit[]>
}

/** The last edit of one record that the server could put a name to. */
export interface RecordEdit {
  readonly recordId: string
  readonly name: string
  readonly at: number
}

/** Where a map was forked from ("New map from this version"): the as-is of a to-be map. */
export interface MapOrigin {
  readonly mapId: string
  readonly versionId: number
  readonly label: string
}

export interface Storage {
  catalogue: MapCatalogue
  tokens: TokenStore
  log: DocumentLog
  workshop: WorkshopStore
  versions: VersionStore
  /** Whether the store answers now (a networked database may be unreachable): /healthz asks. */
  healthy(): Promise<boolean>
  /** Flushes and closes; rejects when buffered updates could not be written. */
  close(): Promise<void>
}
