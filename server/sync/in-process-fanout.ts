// The fan-out for a single server process: rooms of the same map in this process (in practice one,
// or two in tests that run two servers on one store) hear each other's updates and presence. It
// never loses a message, so it needs no anti-entropy; the bus fan-out (bus-fanout.ts) implements
// the same interface between processes.

import type { Fanout, FanoutChannel, FanoutMember } from './hooks'

export function inProcessFanout(): Fanout {
  const members = new Map<string, Set<FanoutMember>>()
  return {
    join(mapId, member) {
      let set = members.get(mapId)
      if (!set) members.set(mapId, (set = new Set()))
      const own = set
      own.add(member)
      const others = () => [...own].filter((other) => other !== member)
      const channel: FanoutChannel = {
        publish(update) {
          for (const other of others()) other.applyRemote(update, false)
        },
        publishAwareness(update) {
          for (const other of others()) other.applyRemoteAwareness(update)
        },
        leave() {
          own.delete(member)
          if (own.size === 0 && members.get(mapId) === own) members.delete(mapId)
        },
      }
      return channel
    },
  }
}
