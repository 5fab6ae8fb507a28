// Prometheus metrics (prom-client), served as text at `GET /metrics`:
//
//   trailmap_connections                      gauge    open sync websockets
//   trailmap_rooms                            gauge    maps held in memory
//   trailmap_ws_messages_received_total       counter  frames from clients
//   trailmap_ws_bytes_received_total          counter  their bytes
//   trailmap_ws_messages_sent_total           counter  frames to clients
//   trailmap_ws_bytes_sent_total              counter  their bytes
//   trailmap_updates_received_total           counter  document updates applied from clients
//   trailmap_updates_sent_total               counter  document updates sent to clients
//   trailmap_refused_connections_total        counter  {reason} sockets refused before joining
//   trailmap_closed_connections_total         counter  {code} sockets the server closed
//   trailmap_dropped_messages_total           counter  {reason} input ignored (view-only, …)
//   trailmap_flush_duration_seconds           histogram one batched write of updates to the store
//   trailmap_fanout_messages_sent_total       counter  messages this node published to other nodes
//   trailmap_fanout_messages_received_total   counter  messages from other nodes
//   trailmap_anti_entropy_repairs_sent_total  counter  repairs sent to a node that lacked updates
//   trailmap_anti_entropy_repairs_total       counter  repairs received that brought missing updates
//   trailmap_fanout_connected                 gauge    1 while the Redis bus is connected (Redis only)
//   nodejs_eventloop_lag_seconds, nodejs_eventloop_lag_p99_seconds, process_*, nodejs_* (defaults)
//
// The hot path (fan-out to every peer) only adds to plain numbers; they reach the counters when
// Prometheus scrapes. Labels are small fixed sets: never a map id, a token or an address.

import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import type { FanoutStats } from './sync/bus-fanout'

export type RefusalReason =
  | 'bad-path'
  | 'invalid-map-id'
  | 'ip-rate'
  | 'unauthorized'
  | 'unknown-map'
  | 'rooms-full'
  | 'shutting-down'
  | 'load-failed'
  | 'damaged'
  | 'foreign-origin'
  | 'ip-sockets'
  | 'ip-rooms'

export type DropReason =
  'view-only' | 'awareness-too-large' | 'pending-update' | 'presence-rate' | 'awareness-query'

/** Plain counters the sync code adds to; read at scrape time. */
export interface TrafficStats {
  messagesIn: number
  bytesIn: number
  messagesOut: number
  bytesOut: number
  updatesIn: number
  updatesOut: number
}

export interface Metrics {
  readonly traffic: TrafficStats
  refused(reason: RefusalReason): void
  closed(code: number): void
  dropped(reason: DropReason): void
  flushed(durationMs: number): void
  /** The exposition text and its content type. */
  render(): Promise<{ contentType: string; text: string }>
}

// Process-wide metrics (event-loop lag, memory, GC) are registered once per process, even when
// tests start several servers in it.
let processRegistry: Registry | null = null
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry()
    collectDefaultMetrics({ register: processRegistry, eventLoopMonitoringPrecision: 10 })
  }
  return processRegistry
}

export function createMetrics(live: {
  connections: () => number
  rooms: () => number
  /** Cross-node traffic (several nodes only). */
  fanout?: FanoutStats
  busConnected?: () => boolean
}): Metrics {
  // Start sampling the event loop now, not at the first scrape.
  processMetrics()
  const registry = new Registry()
  const registers = [registry]
  const traffic: TrafficStats = {
    messagesIn: 0,
    bytesIn: 0,
    messagesOut: 0,
    bytesOut: 0,
    updatesIn: 0,
    updatesOut: 0,
  }

  new Gauge({
    name: 'trailmap_connections',
    help: 'Open sync websockets.',
    registers,
    collect() {
      this.set(live.connections())
    },
  })
  new Gauge({
    name: 'trailmap_rooms',
    help: 'Maps held in memory (rooms).',
    registers,
    collect() {
      this.set(live.rooms())
    },
  })
  const fromTraffic = (name: string, help: string, key: keyof TrafficStats) => {
    let reported = 0
    new Counter({
      name,
      help,
      registers,
      collect() {
        const now = traffic[key]
        if (now > reported) this.inc(now - reported)
        reported = now
      },
    })
  }
  fromTraffic('trailmap_ws_messages_received_total', 'Websocket frames from clients.', 'messagesIn')
  fromTraffic('trailmap_ws_bytes_received_total', 'Bytes of frames from clients.', 'bytesIn')
  fromTraffic('trailmap_ws_messages_sent_total', 'Websocket frames sent to clients.', 'messagesOut')
  fromTraffic('trailmap_ws_bytes_sent_total', 'Bytes of frames sent to clients.', 'bytesOut')
  fromTraffic(
    'trailmap_updates_received_total',
    'Document updates applied from clients.',
    'updatesIn',
  )
  fromTraffic('trailmap_updates_sent_total', 'Document updates sent to clients.', 'updatesOut')
  const fanout = live.fanout
  if (fanout) {
    const fromFanout = (name: string, help: string, key: keyof FanoutStats) => {
      let reported = 0
      new Counter({
        name,
        help,
        registers,
        collect() {
          const now = fanout[key]
          if (now > reported) this.inc(now - reported)
          reported = now
        },
      })
    }
    fromFanout(
      'trailmap_fanout_messages_sent_total',
      'Messages published to other nodes.',
      'messagesOut',
    )
    fromFanout(
      'trailmap_fanout_messages_received_total',
      'Messages from other nodes.',
      'messagesIn',
    )
    fromFanout(
      'trailmap_anti_entropy_repairs_sent_total',
      'Anti-entropy repairs sent to a node whose state differed.',
      'repairsSent',
    )
    fromFanout(
      'trailmap_anti_entropy_repairs_total',
      'Anti-entropy repairs received that brought updates this node had missed.',
      'repairsApplied',
    )
  }
  const busConnected = live.busConnected
  if (busConnected) {
    new Gauge({
      name: 'trailmap_fanout_connected',
      help: '1 while the message bus between nodes (Redis) is connected.',
      registers,
      collect() {
        this.set(busConnected() ? 1 : 0)
      },
    })
  }

  const refused = new Counter({
    name: 'trailmap_refused_connections_total',
    help: 'Sync websockets refused before joining a room, by reason.',
    labelNames: ['reason'] as const,
    registers,
  })
  const closed = new Counter({
    name: 'trailmap_closed_connections_total',
    help: 'Sync websockets closed by the server, by close code.',
    labelNames: ['code'] as const,
    registers,
  })
  const dropped = new Counter({
    name: 'trailmap_dropped_messages_total',
    help: 'Client input that was ignored rather than applied, by reason.',
    labelNames: ['reason'] as const,
    registers,
  })
  const flush = new Histogram({
    name: 'trailmap_flush_duration_seconds',
    help: 'Time to write one batch of updates to the store.',
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers,
  })

  return {
    traffic,
    refused: (reason) => refused.inc({ reason }),
    closed: (code) => closed.inc({ code: String(code) }),
    dropped: (reason) => dropped.inc({ reason }),
    flushed: (ms) => flush.observe(ms / 1000),
    async render() {
      const own = await registry.metrics()
      const shared = await processMetrics().metrics()
      return { contentType: registry.contentType, text: `${own}\n${shared}` }
    },
  }
}
