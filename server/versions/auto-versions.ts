// Versions nobody has to remember to save: the room hooks keep an automatic version when the last
// person leaves a map they changed, and at most once per `everyMs` (an hour) while it is being
// edited. A retention sweep deletes automatic versions older than the retention period; named
// versions are kept forever.

import type { Logger } from '../log'
import { errorFields } from '../log'
import type { VersionStore } from '../persistence/storage'
import type { RoomHooks } from '../sync/hooks'
import type { Captured } from './version-ops'

export const AUTO_LABELS = {
  left: 'Automatic: everyone left',
  periodic: 'Automatic: while editing',
} as const

interface Tracked {
  /** When this room last kept a version (or loaded). */
  lastVersionAt: number
  /** Changed since then. */
  dirty: boolean
}

export function withAutoVersions(
  hooks: RoomHooks,
  options: {
    versions: VersionStore
    /** The map as stored now, captured off the event loop (see versions.ts). */
    capture: (mapId: string) => Promise<Captured>
    everyMs: number
    logger: Logger
  },
): RoomHooks {
  const rooms = new Map<string, Tracked>()

  function keep(mapId: string, label: string): Promise<void> {
    const tracked = rooms.get(mapId)
    if (tracked) {
      tracked.dirty = false
      tracked.lastVersionAt = Date.now()
    }
    return options
      .capture(mapId)
      .then((captured) =>
        options.versions.add(mapId, { label, kind: 'auto', author: null, ...captured }),
      )
      .then(
        () => options.logger.debug('kept an automatic version', { map: mapId, label }),
        (error: unknown) =>
          options.logger.warn('could not keep an automatic version', {
            map: mapId,
            ...errorFields(error),
          }),
      )
  }

  return {
    ...hooks,
    async load(mapId) {
      const stored = await hooks.load(mapId)
      rooms.set(mapId, { lastVersionAt: Date.now(), dirty: false })
      return stored
    },
    change(mapId, update, doc) {
      const written = hooks.change(mapId, update, doc)
      const tracked = rooms.get(mapId)
      if (tracked) {
        tracked.dirty = true
        // After this update is written, so that the version includes it.
        if (Date.now() - tracked.lastVersionAt >= options.everyMs) {
          tracked.lastVersionAt = Date.now()
          void written.then(
            () => keep(mapId, AUTO_LABELS.periodic),
            () => undefined,
          )
        }
      }
      return written
    },
    async unload(mapId, doc) {
      await hooks.unload?.(mapId, doc)
      const tracked = rooms.get(mapId)
      rooms.delete(mapId)
      if (tracked?.dirty) await keep(mapId, AUTO_LABELS.left)
    },
  }
}

/** Deletes expired automatic versions now and then every `everyMs`; returns the stop function. */
export function startVersionRetention(
  versions: VersionStore,
  options: { retentionDays: number; everyMs?: number; logger: Logger },
): () => void {
  const sweep = () => {
    const before = Date.now() - options.retentionDays * 86_400_000
    versions.deleteExpired(before).then(
      (deleted) => {
        if (deleted > 0) options.logger.info('deleted expired automatic versions', { deleted })
      },
      (error: unknown) =>
        options.logger.warn('could not delete expired versions', errorFields(error)),
    )
  }
  sweep()
  const timer = setInterval(sweep, options.everyMs ?? 3_600_000)
  timer.unref()
  return () => clearInterval(timer)
}
