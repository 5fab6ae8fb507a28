// Who may do what to a map over HTTP. With auth on, a request presents a map's token as
// `Authorization: Bearer <token>` or `?token=<token>`: the view token reads, the edit token also
// changes. Without a valid token the answer is 401 whether or not the map exists, so map ids
// cannot be probed. In open mode (`TRAILMAP_AUTH=off`) every request may do everything.

import type { IncomingMessage, ServerResponse } from 'node:http'
import { HttpError } from '../http/respond'
import type { MapCatalogue, MapRecord, TokenStore } from '../persistence/storage'
import {
  commentTokenFor,
  hashToken,
  ROLE_RANK,
  tokensFromRequest,
  viewTokenFor,
  type Role,
} from './tokens'

export interface Grant {
  role: Role
  /** Present when the request showed the map's edit token: the view link can be shared. */
  viewToken?: string
  /** Likewise: the comment link (comment and vote, never change the map). */
  commentToken?: string
}

export interface Access {
  readonly enabled: boolean
  /** What the request's tokens grant on the map (everything in open mode); null: nothing. */
  grant(req: IncomingMessage, url: URL, mapId: string): Promise<Grant | null>
  /**
   * The grant, or 401 (no valid token) / 403 (a view or comment token where editing is needed).
   */
  require(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    mapId: string,
    needed: Role,
  ): Promise<Grant>
  /** The map list: every map in open mode; with auth on, only the maps the tokens open. */
  list(req: IncomingMessage, url: URL): Promise<(MapRecord & { role?: Role })[]>
}

export function createAccess(
  catalogue: MapCatalogue,
  tokenStore: TokenStore,
  enabled: boolean,
): Access {
  async function grant(req: IncomingMessage, url: URL, mapId: string): Promise<Grant | null> {
    let best: Grant | null = null
    for (const token of tokensFromRequest(req, url)) {
      const role = await tokenStore.roleFor(mapId, hashToken(token))
      if (role === 'edit') {
        return { role, viewToken: viewTokenFor(token), commentToken: commentTokenFor(token) }
      }
      if (role !== null && (!best || ROLE_RANK[role] > ROLE_RANK[best.role])) best = { role }
    }
    if (!enabled) return { role: 'edit' }
    return best
  }

  return {
    enabled,
    grant,
    async require(req, res, url, mapId, needed) {
      const found = await grant(req, url, mapId)
      if (!found) {
        res.setHeader('www-authenticate', 'Bearer realm="trailmap"')
        throw new HttpError(401, 'a valid token for this map is required')
      }
      if (needed === 'edit' && found.role !== 'edit') {
        throw new HttpError(403, `this ${found.role} link cannot change the map`)
      }
      return found
    },
    async list(req, url) {
      if (!enabled) return catalogue.list()
      const tokens = tokensFromRequest(req, url)
      return tokens.length === 0 ? [] : tokenStore.mapsFor(tokens.map(hashToken))
    },
  }
}
