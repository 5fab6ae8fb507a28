// DNS rebinding and cross-site requests. A page on another site can make a browser send requests
// to this server — and with DNS rebinding even under a host name that resolves to 127.0.0.1 — so:
// - the Host header must name this server: the listen address (for a loopback address also
//   localhost, 127.0.0.1 and [::1]) or a name in TRAILMAP_ALLOWED_HOSTS; a wildcard listen address
//   accepts any Host unless the list is given;
// - websocket upgrades and state-changing requests that carry an Origin must be same-origin
//   (the Origin's host:port equals Host) or listed in TRAILMAP_ALLOWED_ORIGINS. Requests without
//   an Origin (scripts, curl, the CLI) are not browsers on another site and pass.

import type { IncomingMessage } from 'node:http'
import { isLoopbackHost } from '../config'

export interface OriginPolicy {
  /** Host names (no port) this server answers to; null: any. */
  allowedHosts: ReadonlySet<string> | null
  /** Extra origins (`scheme://host[:port]`) allowed besides the same origin. */
  allowedOrigins: ReadonlySet<string>
}

const WILDCARDS = new Set(['0.0.0.0', '::', '[::]', ''])

export function originPolicy(
  listenHost: string,
  allowedHosts: readonly string[] | null,
  allowedOrigins: readonly string[],
): OriginPolicy {
  const origins = new Set(allowedOrigins.map((o) => o.toLowerCase().replace(/\/$/, '')))
  if (allowedHosts) {
    return {
      allowedHosts: allowedHosts.includes('*') ? null : new Set(allowedHosts.map(bare)),
      allowedOrigins: origins,
    }
  }
  if (WILDCARDS.has(listenHost)) return { allowedHosts: null, allowedOrigins: origins }
  const hosts = new Set([bare(listenHost)])
  if (isLoopbackHost(listenHost))
    for (const name of ['localhost', '127.0.0.1', '::1']) hosts.add(name)
  return { allowedHosts: hosts, allowedOrigins: origins }
}

/** A host name without its port and brackets, lower case. */
function bare(host: string): string {
  const lower = host.trim().toLowerCase()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(lower)
  if (bracketed?.[1]) return bracketed[1]
  // One colon: name:port. More: an unbracketed IPv6 address, kept whole.
  return lower.split(':').length === 2 ? (lower.split(':')[0] ?? '') : lower
}

export function hostAllowed(policy: OriginPolicy, req: IncomingMessage): boolean {
  if (policy.allowedHosts === null) return true
  const host = req.headers.host
  return typeof host === 'string' && policy.allowedHosts.has(bare(host))
}

/** True when the request has no Origin, a same-origin one, or a listed one. */
export function originAllowed(policy: OriginPolicy, req: IncomingMessage): boolean {
  const origin = req.headers.origin
  if (origin === undefined) return true
  let parsed: URL
  try {
    parsed = new URL(origin)
  } catch {
    return false
  }
  if (policy.allowedOrigins.has(parsed.origin.toLowerCase())) return true
  return parsed.host.toLowerCase() === (req.headers.host ?? '').toLowerCase()
}

export const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
