// What the sync server needs from storage. SQLite is the default implementation; the interface is
// asynchronous so a networked store can take its place without touching the rooms.

export interface MapRecord {
  id: string
  title: string
  createdAt: number
  updatedAt: number
}

export interface MapStore {
  createMap(id: string, title: string): Promise<MapRecord>
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
}
