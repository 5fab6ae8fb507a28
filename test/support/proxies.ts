// Small TCP helpers for the scale-out tests: a load balancer in front of several server nodes
// (round robin; a node that refuses the connection is skipped, as a real balancer's health check
// would), and a Redis proxy that drops a share of the pub/sub messages Redis pushes to subscribers.

import net from 'node:net'

export interface Balancer {
  port: number
  url: string
  wsUrl: string
  close(): Promise<void>
}

export async function startBalancer(backends: () => number[]): Promise<Balancer> {
  let next = 0
  const sockets = new Set<net.Socket>()
  const server = net.createServer((client) => {
    sockets.add(client)
    client.on('close', () => sockets.delete(client))
    client.pause()
    const ports = backends()
    const tryBackend = (attempt: number) => {
      if (attempt >= ports.length) {
        client.destroy()
        return
      }
      const port = ports[next++ % ports.length]!
      const upstream = net.connect(port, '127.0.0.1')
      let connected = false
      upstream.once('error', () => {
        upstream.destroy()
        // Refused (the node is down): the next one; a failure later ends the client's too.
        if (!connected) tryBackend(attempt + 1)
        else client.destroy()
      })
      upstream.once('connect', () => {
        connected = true
        sockets.add(upstream)
        upstream.on('close', () => {
          sockets.delete(upstream)
          client.destroy()
        })
        client.on('close', () => upstream.destroy())
        upstream.on('error', () => client.destroy())
        client.on('error', () => upstream.destroy())
        client.pipe(upstream)
        upstream.pipe(client)
        client.resume()
      })
    }
    tryBackend(0)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as net.AddressInfo).port
  return {
    port,
    url: `http://127.0.0.1:${port}/`,
    wsUrl: `ws://127.0.0.1:${port}/sync`,
    async close() {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

export interface DroppingProxy {
  url: string
  /** Share (0–1) of matching pushed messages dropped from now on. */
  dropRate: number
  /** Which pushed messages may be dropped, by their payload (default: all). */
  filter: (payload: Buffer) => boolean
  readonly dropped: number
  readonly passed: number
  close(): Promise<void>
}

/**
 * A proxy in front of Redis. Commands pass untouched; of what Redis sends back, pub/sub pushes
 * (`message` arrays) matching `filter` are dropped with probability `dropRate`, as a congested or
 * briefly broken link would lose them. Replies to commands are never touched (the client would
 * lose track of which reply answers which command).
 */
export async function startDroppingProxy(
  redisPort: number,
  random: () => number = Math.random,
): Promise<DroppingProxy> {
  const sockets = new Set<net.Socket>()
  const state = {
    dropRate: 0,
    filter: (() => true) as (payload: Buffer) => boolean,
    dropped: 0,
    passed: 0,
  }
  const server = net.createServer((client) => {
    const upstream = net.connect(redisPort, '127.0.0.1')
    sockets.add(client)
    sockets.add(upstream)
    const end = () => {
      client.destroy()
      upstream.destroy()
      sockets.delete(client)
      sockets.delete(upstream)
    }
    client.on('error', end)
    upstream.on('error', end)
    client.on('close', end)
    upstream.on('close', end)
    client.pipe(upstream)
    let pending = Buffer.alloc(0)
    upstream.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk])
      const out: Buffer[] = []
      let offset = 0
      for (;;) {
        const end = valueEnd(pending, offset)
        if (end === -1) break
        const value = pending.subarray(offset, end)
        const payload = pushPayload(value)
        if (payload && state.filter(payload) && random() < state.dropRate) state.dropped++
        else {
          if (payload) state.passed++
          out.push(value)
        }
        offset = end
      }
      pending = pending.subarray(offset)
      if (out.length > 0) client.write(Buffer.concat(out))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as net.AddressInfo).port
  return {
    url: `redis://127.0.0.1:${port}`,
    get dropRate() {
      return state.dropRate
    },
    set dropRate(value) {
      state.dropRate = value
    },
    get filter() {
      return state.filter
    },
    set filter(value) {
      state.filter = value
    },
    get dropped() {
      return state.dropped
    },
    get passed() {
      return state.passed
    },
    async close() {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/** Where the RESP value starting at `offset` ends, or -1 when it is not all here yet. */
function valueEnd(buffer: Buffer, offset: number): number {
  if (offset >= buffer.length) return -1
  const lineEnd = buffer.indexOf('\r\n', offset)
  if (lineEnd === -1) return -1
  const type = String.fromCharCode(buffer[offset]!)
  const header = buffer.toString('latin1', offset + 1, lineEnd)
  switch (type) {
    case '+':
    case '-':
    case ':':
    case '_':
    case ',':
    case '#':
    case '(':
      return lineEnd + 2
    case '$':
    case '!':
    case '=': {
      const length = Number(header)
      if (length < 0) return lineEnd + 2
      const end = lineEnd + 2 + length + 2
      return end <= buffer.length ? end : -1
    }
    case '*':
    case '>':
    case '~':
    case '%':
    case '|': {
      let count = Number(header)
      if (type === '%' || type === '|') count *= 2
      let position = lineEnd + 2
      for (let i = 0; i < count; i++) {
        position = valueEnd(buffer, position)
        if (position === -1) return -1
      }
      return count < 0 ? lineEnd + 2 : position
    }
    default:
      throw new Error(`unexpected RESP type ${JSON.stringify(type)}`)
  }
}

/** The payload of a pub/sub `message` push, else null. */
function pushPayload(value: Buffer): Buffer | null {
  if (value[0] !== 0x2a && value[0] !== 0x3e) return null
  const parts: Buffer[] = []
  let position = value.indexOf('\r\n') + 2
  while (position < value.length) {
    if (value[position] !== 0x24) return null
    const lineEnd = value.indexOf('\r\n', position)
    const length = Number(value.toString('latin1', position + 1, lineEnd))
    parts.push(value.subarray(lineEnd + 2, lineEnd + 2 + length))
    position = lineEnd + 2 + length + 2
  }
  return parts.length === 3 && parts[0]!.toString() === 'message' ? parts[2]! : null
}
