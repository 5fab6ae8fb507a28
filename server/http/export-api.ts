// Server-side export for scripts:
//
//   GET /api/maps/<id>.json   the map's current content in the JSON format (docs/format.md),
//                             as a download named after the map (`<slug>.trailmap.json`)   view
//
// "Current" means what the people editing it see (server/maps/current-doc.ts). With auth on, the
// request presents the map's view or edit token like any other read (server/auth/access.ts).

import type { IncomingMessage, ServerResponse } from 'node:http'
import { fromY } from '../../src/collab/codec'
import { serializeMap } from '../../src/domain/format'
import { depthProblem } from '../../src/domain/format/depth'
import { FALLBACK_SLUG, exportFileName } from '../../src/domain/format/file-names'
import { readCurrentDoc } from '../maps/current-doc'
import { mapIdFrom, type ApiContext } from './api'
import { HttpError, sendError } from './respond'

type ExportContext = Pick<ApiContext, 'catalogue' | 'rooms' | 'log' | 'access'>

const EXPORT_PATH = /^\/api\/maps\/([^/]+)\.json$/

/** Returns false when the request is not an export, so the caller can route it elsewhere. */
export async function handleExportApi(
  ctx: ExportContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://localhost')
  const match = EXPORT_PATH.exec(url.pathname)
  if (!match) return false
  try {
    await exportMap(ctx, req, res, url, match[1] ?? '')
  } catch (error) {
    if (error instanceof HttpError) sendError(res, error.status, error.message)
    else throw error
  }
  return true
}

async function exportMap(
  ctx: ExportContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  segment: string,
) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD')
    throw new HttpError(405, `${req.method} is not allowed on ${url.pathname}; use GET`)
  }
  const id = mapIdFrom(segment)
  await ctx.access.require(req, res, url, id, 'view')
  const record = await ctx.catalogue.get(id)
  if (!record) throw new HttpError(404, `unknown map "${id}"`)
  const map = await readCurrentDoc(ctx, id, (doc) => fromY(doc))
  // A value written into the live doc can nest arbitrarily deep; serialising it would overflow.
  const tooDeep = depthProblem(map)
  if (tooDeep) throw new HttpError(422, `the map cannot be exported: ${tooDeep}`)
  const body = Buffer.from(serializeMap(map), 'utf8')
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': body.length,
    'content-disposition': contentDisposition(
      exportFileName(map.meta.title || record.title, 'json'),
    ),
    'cache-control': 'no-store',
  })
  res.end(req.method === 'HEAD' ? undefined : body)
}

/**
 * `attachment` with the name twice: an ASCII `filename` every client understands, and the exact
 * UTF-8 name in `filename*` (RFC 6266) for titles in other scripts.
 */
export function contentDisposition(fileName: string): string {
  const ascii = /^[\x20-\x7e]*$/.test(fileName) ? fileName : `${FALLBACK_SLUG}.trailmap.json`
  const quoted = ascii.replace(/["\\]/g, '_')
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `attachment; filename="${quoted}"; filename*=UTF-8''${encoded}`
}
