// The message bus between Trailmap nodes on Redis pub/sub (TRAILMAP_REDIS_URL), with ioredis: one
// connection publishes, one subscribes. Pub/sub delivers at most once and drops whatever is
// published while a node is disconnected; the fan-out above it (server/sync/bus-fanout.ts) heals
// that with anti-entropy. While Redis is down each node keeps serving its own clients: publishes
// fail fast (no offline queue growing in memory) and the subscriber reconnects by itself, then
// subscribes again to every topic and tells the fan-out, which compares states with the others.

import { Redis } from 'ioredis'
import type { Logger } from '../log'
import { errorFields } from '../log'
import type { Bus } from '../sync/bus-fanout'

export interface RedisBus extends Bus {
  /** True while both connections are up. */
  readonly connected: boolean
  /** Publishes that failed (Redis unreachable): each is a message other nodes miss. */
  readonly failedPublishes: number
  close(): Promise<void>
}

export function redisBus(url: string, log: Logger): RedisBus {
  const common = {
    // Reconnect quickly (at most every second), forever.
    retryStrategy: (times: number) => Math.min(50 * times, 1_000),
    lazyConnect: false,
  }
  const pub = new Redis(url, { ...common, enableOfflineQueue: false, maxRetriesPerRequest: 1 })
  const sub = new Redis(url, { ...common, autoResubscribe: false, maxRetriesPerRequest: null })
  const topics = new Map<string, Set<(message: Uint8Array) => void>>()
  const readyListeners = new Set<() => void>()
  let failedPublishes = 0
  let down = false
  let closed = false

  const reportError = (which: string) => (error: Error) => {
    if (closed) return
    if (!down)
      log.warn('redis connection failed; serving local clients only', {
        which,
        ...errorFields(error),
      })
    else log.debug('redis still unreachable', { which, ...errorFields(error) })
    down = true
  }
  pub.on('error', reportError('publisher'))
  sub.on('error', reportError('subscriber'))

  sub.on('messageBuffer', (channel: Buffer, message: Buffer) => {
    const handlers = topics.get(channel.toString())
    if (!handlers) return
    const bytes = new Uint8Array(message.buffer, message.byteOffset, message.byteLength)
    for (const handler of handlers) handler(bytes)
  })

  // Every (re)connection of the subscriber: subscribe to every topic again, then tell the
  // fan-out, which asks the other nodes for what it missed.
  sub.on('ready', () => {
    const all = [...topics.keys()]
    const subscribed = all.length > 0 ? sub.subscribe(...all) : Promise.resolve(0)
    subscribed.then(
      () => {
        if (down) log.info('redis reachable again: comparing states with the other nodes')
        down = false
        for (const listener of readyListeners) listener()
      },
      (error: unknown) => log.warn('redis resubscribe failed', errorFields(error)),
    )
  })

  return {
    get connected() {
      return pub.status === 'ready' && sub.status === 'ready'
    },
    get failedPublishes() {
      return failedPublishes
    },
    subscribe(topic, onMessage, onSubscribed) {
      let handlers = topics.get(topic)
      const first = !handlers
      if (!handlers) topics.set(topic, (handlers = new Set()))
      handlers.add(onMessage)
      if (first && sub.status === 'ready') {
        sub.subscribe(topic).then(
          () => onSubscribed(),
          // Down: the 'ready' handler subscribes again and exchanges states when it returns.
          () => undefined,
        )
      } else if (sub.status === 'ready') {
        onSubscribed()
      }
      return () => {
        const own = topics.get(topic)
        own?.delete(onMessage)
        if (own && own.size === 0) {
          topics.delete(topic)
          if (sub.status === 'ready') sub.unsubscribe(topic).catch(() => undefined)
        }
      }
    },
    publish(topic, message) {
      if (pub.status !== 'ready') {
        failedPublishes++
        return
      }
      pub
        .publish(topic, Buffer.from(message.buffer, message.byteOffset, message.byteLength))
        .catch(() => {
          failedPublishes++
        })
    },
    onReady(listener) {
      readyListeners.add(listener)
      return () => readyListeners.delete(listener)
    },
    async close() {
      closed = true
      topics.clear()
      readyListeners.clear()
      pub.disconnect()
      sub.disconnect()
    },
  }
}
