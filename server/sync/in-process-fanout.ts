// The fan-out for a single server process: rooms of the same map in this process (in practice one,
// or two in tests that run two servers on one store) hear each other's updates. A Redis fan-out
// implements the same interface between processes.

import type { Fanout, FanoutChannel } from './hooks'

export function inProcessFanout(): Fanout {
  const listeners = new Map<string, Set<(update: Uint8Array) => void>>()
  return {
    join(mapId, onRemote) {
      let set = listeners.get(mapId)
      if (!set) listeners.set(mapId, (set = new Set()))
      const own = set
      own.add(onRemote)
      const channel: FanoutChannel = {
        publish(update) {
          for (const listener of own) if (listener !== onRemote) listener(update)
        },
        leave() {
          own.delete(onRemote)
          if (own.size === 0 && listeners.get(mapId) === own) listeners.delete(mapId)
        },
      }
      return channel
    },
  }
}
