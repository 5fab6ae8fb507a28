// The small JSON API beside the sync socket:
//
//   GET    /api/maps                  { maps: [record] } (auth on: only the maps the tokens open);
//                                     each record has `summary`: counts and a thumbnail, or null
//   POST   /api/maps                  { title?, template? } → 201 record + editToken, viewToken
//   GET    /api/maps/:id              record + role (+ viewToken, commentToken when shown    view
//                                     the edit token)
//   PATCH  /api/maps/:id              { title } → 200 record (live in open editors)          edit
//   DELETE /api/maps/:id              204; open sockets are closed with 4404                 edit
//   POST   /api/maps/:id/duplicate    { title? } → 201 record + tokens of the copy           edit
//
// With auth on, requests on a map present its token (`Authorization: Bearer <token>` or
// `?token=`); the right column says which. See server/auth/access.ts.
// Errors are `{ error: "…" }` with 400 (bad id or body), 401 (no valid token), 403 (a view token
// where editing is needed), 404, 405 (with an Allow header), 413, 415 (a body that is not
// application/json), 429 (creating maps too fast from one address, with Retry-After) or 507
// (the server holds TRAILMAP_MAX_MAPS maps).
// Creating and duplicating are charged to the client address: they add rows nobody has to keep.

import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Access } from '../auth/access'
import { hashToken } from '../auth/tokens'
import { addressKey, type ConnectionRateLimiter } from '../limits/token-bucket'
import { createMap, duplicateMap, renameMap, type MapsContext } from '../maps/manage'
import { parseTemplate, parseTitle, readObjectBody, requireTitle } from '../maps/requests'
import type { SummaryBackfill } from '../maps/summary'
import { parseMapIdSegment } from '../../src/domain/map-id'
import type { CreatedMap } from '../persistence/storage'
import { CloseCode } from '../sync/close-codes'
import { HttpError, sendError, sendJson } from './respond'

export interface CreationQuota {
  limiter: ConnectionRateLimiter
  maxMaps: number
}

export type ApiContext = MapsContext & {
  access: Access
  quota: CreationQuota
  summaries: SummaryBackfill
}

/** Returns false when the path is not an API path, so the caller can serve something else. */
export async function handleApi(
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://localhost')
  if (!url.pathname.startsWith('/api/')) return false
  try {
    await route(ctx, req, res, url)
  } catch (error) {
    if (error instanceof HttpError) sendError(res, error.status, error.message)
    else throw error
  }
  return true
}

async function route(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, url: URL) {
  const { pathname } = url
  if (pathname === '/api/maps') return routeCollection(ctx, req, res, url)
  const match = /^\/api\/maps\/([^/]+)(\/duplicate)?$/.exec(pathname)
  if (!match) throw new HttpError(404, `no API at ${pathname}`)
  const id = mapIdFrom(match[1] ?? '')
  if (match[2]) {
    allow(req, res, pathname, ['POST'])
    // A copy has its own edit token: copying with a view link would turn it into an edit link.
    await ctx.access.require(req, res, url, id, 'edit')
    const body = await readObjectBody(req)
    await chargeCreation(ctx, req, res)
    return sendJson(res, 201, created(await duplicateMap(ctx, id, parseTitle(body['title']))))
  }
  return routeMap(ctx, req, res, url, id)
}

async function routeCollection(
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
) {
  allow(req, res, '/api/maps', ['GET', 'POST'])
  if (req.method === 'GET') {
    const maps = await ctx.summaries.fill(await ctx.access.list(req, url))
    return sendJson(res, 200, { maps })
  }
  const body = await readObjectBody(req)
  await chargeCreation(ctx, req, res)
  const input = {
    title: parseTitle(body['title']),
    template: parseTemplate(body['template'], body['locale']),
  }
  return sendJson(res, 201, created(await createMap(ctx, input)))
}

async function routeMap(
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  id: string,
) {
  allow(req, res, `/api/maps/${id}`, ['GET', 'PATCH', 'DELETE'])
  const grant = await ctx.access.require(req, res, url, id, req.method === 'GET' ? 'view' : 'edit')
  if (req.method === 'GET') {
    const map = await ctx.catalogue.get(id)
    if (!map) throw new HttpError(404, `unknown map "${id}"`)
    // Maps from before comment links get theirs when their edit token is first shown here.
    if (grant.commentToken) {
      await ctx.tokens.addDerived(id, 'comment', hashToken(grant.commentToken))
    }
    return sendJson(res, 200, { ...map, ...grant })
  }
  if (req.method === 'PATCH') {
    const body = await readObjectBody(req)
    return sendJson(res, 200, await renameMap(ctx, id, requireTitle(body['title'])))
  }
  for (const rooms of ctx.workshopRooms ? [ctx.rooms, ctx.workshopRooms] : [ctx.rooms]) {
    const room = await rooms.peek(id)
    for (const peer of room?.peers ?? []) peer.close(CloseCode.unknownMap, 'the map was deleted')
    await rooms.discard(id)
  }
  if (!(await ctx.catalogue.delete(id))) throw new HttpError(404, `unknown map "${id}"`)
  res.writeHead(204).end()
}

export function mapIdFrom(segment: string): string {
  const parsed = parseMapIdSegment(segment)
  if (!parsed.ok) throw new HttpError(400, parsed.error)
  return parsed.id
}

export async function chargeCreation(ctx: ApiContext, req: IncomingMessage, res: ServerResponse) {
  const address = addressKey(req.socket.remoteAddress)
  if (!ctx.quota.limiter.allow(address)) {
    res.setHeader('retry-after', String(ctx.quota.limiter.retryAfter(address)))
    throw new HttpError(429, 'too many maps created from this address; try again later')
  }
  if ((await ctx.catalogue.count()) >= ctx.quota.maxMaps) {
    throw new HttpError(507, `this server holds its maximum of ${ctx.quota.maxMaps} maps`)
  }
}

/** A new map's record with its tokens: the only time they are shown. */
const created = (map: CreatedMap): CreatedMap => map

/** Refuses other methods with 405 and an Allow header, as HTTP asks. */
export function allow(req: IncomingMessage, res: ServerResponse, path: string, methods: string[]) {
  if (methods.includes(req.method ?? '')) return
  res.setHeader('allow', methods.join(', '))
  throw new HttpError(405, `${req.method} is not allowed on ${path}; use ${methods.join(' or ')}`)
}
