// Small helpers for plain `node:http` handlers: JSON replies and bounded JSON bodies.

import type { IncomingMessage, ServerResponse } from 'node:http'
import { depthProblem } from '../../src/domain/format/depth'

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  })
  res.end(text)
}

export function sendError(res: ServerResponse, status: number, message: string) {
  sendJson(res, status, { error: message })
}

export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0)
  const hasBody = declared > 0 || req.headers['transfer-encoding'] !== undefined
  // A cross-site form can post text/plain without a preflight; JSON needs its own type.
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase()
  if (hasBody && type !== 'application/json') {
    throw new HttpError(415, 'send the body as JSON with content-type: application/json')
  }
  if (declared > maxBytes) throw new HttpError(413, `request body larger than ${maxBytes} bytes`)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buffer = chunk as Buffer
    size += buffer.length
    if (size > maxBytes) throw new HttpError(413, `request body larger than ${maxBytes} bytes`)
    chunks.push(buffer)
  }
  if (size === 0) return {}
  let body: unknown
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch (error) {
    throw new HttpError(400, `request body is not JSON: ${(error as Error).message}`)
  }
  const tooDeep = depthProblem(body)
  if (tooDeep) throw new HttpError(400, `request body: ${tooDeep}`)
  return body
}
