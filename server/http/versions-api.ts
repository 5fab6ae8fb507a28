// Versions of a map over HTTP:
//
//   GET  /api/maps/:id/versions                 { versions: [version], origin }              view
//   POST /api/maps/:id/versions                 { label, author? } → 201 version              edit
//   GET  /api/maps/:id/versions/:v.json         the map at that version, in the JSON format  view
//   GET  /api/maps/:id/versions/:v/changes      { since, changes: [change] } (what changed)    view
//   POST /api/maps/:id/versions/:v/restore      { author? } → { restored, before }           edit
//   POST /api/maps/:id/versions/:v/fork         { title? } → 201 record + tokens of the fork  edit
//
// A version is { id, label, kind: named | auto | before-restore, createdAt, author, counts };
// `origin` is { mapId, versionId, label } when the map was forked from a version, else null.
// Errors as in api.ts: 400 (bad id, label or body), 401/403, 404 (unknown map or version), 405.

import type { IncomingMessage, ServerResponse } from 'node:http'
import { exportFileName } from '../../src/domain/format/file-names'
import { cleanAuthor, parseVersionId, parseVersionLabel } from '../../src/domain/versions/version'
import { parseTitle, readObjectBody } from '../maps/requests'
import {
  changesSince,
  forkVersion,
  restoreVersion,
  saveVersion,
  versionJson,
  type VersionsContext,
} from '../versions/versions'
import { allow, chargeCreation, mapIdFrom, type ApiContext } from './api'
import { contentDisposition } from './export-api'
import { HttpError, sendError, sendJson } from './respond'

const VERSIONS_PATH =
  /^\/api\/maps\/([^/]+)\/versions(?:\/([^/]+?)(\.json|\/changes|\/restore|\/fork)?)?$/

/** Returns false when the path is not about versions, so the caller can route it elsewhere. */
export async function handleVersionsApi(
  ctx: ApiContext & VersionsContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://localhost')
  const match = VERSIONS_PATH.exec(url.pathname)
  if (!match) return false
  try {
    await route(ctx, req, res, url, match)
  } catch (error) {
    if (error instanceof HttpError) sendError(res, error.status, error.message)
    else throw error
  }
  return true
}

async function route(
  ctx: ApiContext & VersionsContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  [, idSegment = '', versionSegment, action]: RegExpExecArray,
) {
  const id = mapIdFrom(idSegment)
  const path = url.pathname
  if (versionSegment === undefined) {
    allow(req, res, path, ['GET', 'POST'])
    if (req.method === 'GET') {
      await ctx.access.require(req, res, url, id, 'view')
      const record = await ctx.catalogue.get(id)
      if (!record) throw new HttpError(404, `unknown map "${id}"`)
      const [versions, origin] = await Promise.all([
        ctx.versions.list(id),
        ctx.catalogue.originOf(id),
      ])
      return sendJson(res, 200, { versions, origin })
    }
    await ctx.access.require(req, res, url, id, 'edit')
    const body = await readObjectBody(req)
    const label = parseVersionLabel(body['label'])
    if (!label.ok) throw new HttpError(400, label.error)
    const author = cleanAuthor(body['author'])
    return sendJson(
      res,
      201,
      await saveVersion(ctx, id, { label: label.value, kind: 'named', author }),
    )
  }
  const versionId = parseVersionId(versionSegment)
  if (!versionId.ok || action === undefined) {
    throw new HttpError(400, versionId.ok ? `no API at ${path}` : versionId.error)
  }
  if (action === '.json') {
    allow(req, res, path, ['GET'])
    await ctx.access.require(req, res, url, id, 'view')
    const record = await ctx.catalogue.get(id)
    const body = Buffer.from(await versionJson(ctx, id, versionId.value), 'utf8')
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': body.length,
      'content-disposition': contentDisposition(
        exportFileName(`${record?.title || id} (version ${versionId.value})`, 'json'),
      ),
      'cache-control': 'no-store',
    })
    return res.end(body)
  }
  if (action === '/changes') {
    allow(req, res, path, ['GET'])
    await ctx.access.require(req, res, url, id, 'view')
    return sendJson(res, 200, await changesSince(ctx, id, versionId.value))
  }
  allow(req, res, path, ['POST'])
  await ctx.access.require(req, res, url, id, 'edit')
  const body = await readObjectBody(req)
  if (action === '/restore') {
    return sendJson(
      res,
      200,
      await restoreVersion(ctx, id, versionId.value, cleanAuthor(body['author'])),
    )
  }
  await chargeCreation(ctx, req, res)
  return sendJson(res, 201, await forkVersion(ctx, id, versionId.value, parseTitle(body['title'])))
}
