// Who last edited each record, as far as the server knows: the room reports the records a
// client's transaction touched with that client's display name (its presence); these hooks keep
// them in memory and write them in batches (every `flushMs`, and before a room stores or unloads).
// Without accounts a name is only what the person typed; it says who, not who for certain.

import type { Logger } from '../log'
import { errorFields } from '../log'
import type { RecordEdit, VersionStore } from '../persistence/storage'
import type { RoomHooks } from '../sync/hooks'

export interface Attribution {
  hooks: RoomHooks
  /** Writes what is buffered for the map now (before "what changed" reads it). */
  flush(mapId: string): Promise<void>
}

export function withAttribution(
  hooks: RoomHooks,
  options: { versions: VersionStore; logger: Logger; flushMs?: number },
): Attribution {
  const pending = new Map<string, Map<string, RecordEdit>>()
  let timer: NodeJS.Timeout | null = null

  function flush(mapId: string): Promise<void> {
    const edits = pending.get(mapId)
    pending.delete(mapId)
    if (!edits || edits.size === 0) return Promise.resolve()
    return options.versions.noteEdits(mapId, [...edits.values()]).catch((error: unknown) => {
      options.logger.warn('could not store who edited the map', {
        map: mapId,
        ...errorFields(error),
      })
    })
  }

  function flushSoon() {
    if (timer) return
    timer = setTimeout(() => {
      timer = null
      for (const mapId of [...pending.keys()]) void flush(mapId)
    }, options.flushMs ?? 2_000)
    timer.unref()
  }

  const wrapped: RoomHooks = {
    ...hooks,
    edited(mapId, recordIds, editor) {
      hooks.edited?.(mapId, recordIds, editor)
      const at = Date.now()
      let edits = pending.get(mapId)
      if (!edits) pending.set(mapId, (edits = new Map()))
      for (const recordId of recordIds) edits.set(recordId, { recordId, name: editor, at })
      flushSoon()
    },
    async store(mapId, uptoSeq) {
      await flush(mapId)
      return hooks.store(mapId, uptoSeq)
    },
    async unload(mapId, doc) {
      await flush(mapId)
      await hooks.unload?.(mapId, doc)
    },
  }
  return { hooks: wrapped, flush }
}
