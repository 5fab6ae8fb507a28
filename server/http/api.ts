// The small JSON API beside the sync socket: list, create, read and delete maps.

import type { IncomingMessage, ServerResponse } from 'node:http'
import { newId } from '../../src/domain/ids'
import { isValidMapId } from '../map-id'
import type { MapStore } from '../persistence/store'
import { CloseCode } from '../sync/close-codes'
import type { Rooms } from '../sync/rooms'
import { HttpError, readJsonBody, sendError, sendJson } from './respond'

const MAX_BODY_BYTES = 1024 * 1024
const MAX_TITLE_LENGTH = 200

export interface ApiContext {
  store: MapStore
  rooms: Rooms
}

/** Returns false when the path is not an API path, so the caller can serve something else. */
export async function handleApi(
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost')
  if (!pathname.startsWith('/api/')) return false
  try {
    await route(ctx, req, res, pathname)
  } catch (error) {
    if (error instanceof HttpError) sendError(res, error.status, error.message)
    else throw error
  }
  return true
}

async function route(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, pathname: string) {
  if (pathname === '/api/maps') {
    if (req.method === 'GET') return sendJson(res, 200, { maps: await ctx.store.listMaps() })
    if (req.method === 'POST') return sendJson(res, 201, await createMap(ctx, req))
    throw new HttpError(405, `${req.method} is not allowed on /api/maps`)
  }
  const match = /^\/api\/maps\/([^/]+)$/.exec(pathname)
  if (!match) throw new HttpError(404, `no API at ${pathname}`)
  const id = decodeURIComponent(match[1] ?? '')
  if (!isValidMapId(id)) throw new HttpError(400, `"${id}" is not a valid map id`)
  if (req.method === 'GET') {
    const map = await ctx.store.getMap(id)
    if (!map) throw new HttpError(404, `unknown map "${id}"`)
    return sendJson(res, 200, map)
  }
  if (req.method === 'DELETE') {
    const room = await ctx.rooms.peek(id)
    for (const peer of room?.peers ?? []) peer.close(CloseCode.unknownMap, 'the map was deleted')
    await ctx.rooms.discard(id)
    if (!(await ctx.store.deleteMap(id))) throw new HttpError(404, `unknown map "${id}"`)
    res.writeHead(204).end()
    return
  }
  throw new HttpError(405, `${req.method} is not allowed on /api/maps/${id}`)
}

async function createMap(ctx: ApiContext, req: IncomingMessage) {
  const body = await readJsonBody(req, MAX_BODY_BYTES)
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'request body must be a JSON object')
  }
  const title = (body as { title?: unknown }).title ?? 'Untitled journey'
  if (typeof title !== 'string' || title.length > MAX_TITLE_LENGTH) {
    throw new HttpError(400, `title must be a string of at most ${MAX_TITLE_LENGTH} characters`)
  }
  return ctx.store.createMap(newId(), title)
}
