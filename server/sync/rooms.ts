// Open rooms by map id. A room is loaded on the first connection, shared by every later one, and
// unloaded (compacted, freed) when its last connection leaves. A connection that arrives while the
// room is still being saved waits for that save before the room loads again (not for the automatic
// version kept after it). At most `maxRooms` rooms are open at once: a connection that needs one
// more is told to try again later.

import type { Logger } from '../log'
import { errorFields } from '../log'
import { CloseCode } from './close-codes'
import { Room, type RoomOptions } from './room'

export class RoomsFullError extends Error {
  constructor(readonly limit: number) {
    super(`too many maps are open (limit ${limit}); try again later`)
  }
}

export interface RoomsOptions extends RoomOptions {
  maxRooms?: number
  /** Rooms without an edit for this long are closed first when no room is left. */
  idleMs?: number
}

interface Entry {
  room: Promise<Room>
  holds: number
}

export class Rooms {
  private readonly open = new Map<string, Entry>()
  /** Per map, until its unloading room's state is stored (a new load waits for this). */
  private readonly closing = new Map<string, Promise<void>>()
  /** Unloads still running their hooks (a shutdown waits for these too). */
  private readonly finishing = new Set<Promise<void>>()
  private readonly loaded = new Map<string, Room>()

  constructor(
    private readonly log: Logger,
    private readonly options: RoomsOptions,
  ) {
    options.hooks.onWritableChange((writable) => {
      for (const entry of this.open.values()) {
        entry.room.then((room) => room.announceSaveStatus(writable)).catch(() => undefined)
      }
    })
  }

  /**
   * Loads (or shares) the room; every acquire must be matched by one release. When no room may
   * be added it throws RoomsFullError at once: nothing is held (a release then finds no room).
   */
  acquire(id: string): Promise<Room> {
    let entry = this.open.get(id)
    if (!entry) {
      const max = this.options.maxRooms ?? Infinity
      if (this.open.size >= max) {
        this.evictIdle()
        throw new RoomsFullError(max)
      }
      const previousClose = this.closing.get(id) ?? Promise.resolve()
      const room = previousClose.then(() => Room.load(id, this.log, this.options))
      entry = { room, holds: 0 }
      this.open.set(id, entry)
      room.then(
        (loadedRoom) => this.loaded.set(id, loadedRoom),
        () => undefined,
      )
      room.catch(() => {
        // A failed load must not stick: the next connection tries again.
        if (this.open.get(id) === entry) this.open.delete(id)
      })
    }
    entry.holds++
    return entry.room
  }

  release(id: string) {
    const entry = this.open.get(id)
    if (!entry) return
    entry.holds--
    if (entry.holds > 0) return
    this.open.delete(id)
    this.loaded.delete(id)
    // The next load waits until everything is stored, not for the unload hook after that.
    const stored = entry.room
      .then((room) => {
        const { stored, closed } = room.close({ persist: true })
        const finished = closed.catch(() => undefined)
        this.finishing.add(finished)
        void finished.finally(() => this.finishing.delete(finished))
        return stored
      })
      .catch((error: unknown) =>
        this.log.error('room unload failed', { map: id, ...errorFields(error) }),
      )
      .finally(() => {
        if (this.closing.get(id) === stored) this.closing.delete(id)
      })
    this.closing.set(id, stored)
  }

  /**
   * Idle sockets count less than working ones: when every room is taken, the room longest
   * without an edit (and idle for at least `idleMs`) is closed with 1013, so its clients come back
   * later and the one that asked gets in on its next try.
   */
  private evictIdle() {
    const idleMs = this.options.idleMs
    if (idleMs === undefined) return
    const now = Date.now()
    let oldest: Room | null = null
    for (const room of this.loaded.values()) {
      if (now - room.lastEdit < idleMs || room.peers.size === 0) continue
      if (!oldest || room.lastEdit < oldest.lastEdit) oldest = room
    }
    if (!oldest) return
    this.log.info('closing an idle map to make room', { map: oldest.id })
    for (const peer of [...oldest.peers]) {
      peer.close(CloseCode.tryAgainLater, 'the server is full; idle maps are closed first')
    }
  }

  /** The loaded room, if any, without loading it (waits while it loads). */
  async peek(id: string): Promise<Room | null> {
    const entry = this.open.get(id)
    return entry ? entry.room.catch(() => null) : null
  }

  get size() {
    return this.open.size
  }

  /** Saves and frees every room (graceful shutdown). */
  async closeAll() {
    const entries = [...this.open.entries()]
    this.open.clear()
    this.loaded.clear()
    await Promise.all([
      ...entries.map(([id, entry]) =>
        entry.room
          .then((room) => room.close({ persist: true }).closed)
          .catch((error: unknown) =>
            this.log.error('room save failed', { map: id, ...errorFields(error) }),
          ),
      ),
      ...this.closing.values(),
    ])
    await Promise.all([...this.finishing])
  }

  /** Drops a room without saving (its map was deleted). */
  async discard(id: string) {
    const entry = this.open.get(id)
    this.open.delete(id)
    this.loaded.delete(id)
    if (entry)
      await entry.room.then((room) => room.close({ persist: false }).closed).catch(() => undefined)
  }
}
