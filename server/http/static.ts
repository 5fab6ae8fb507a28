// Serves the built editor from one folder. Hashed assets are cached for a year; every other path
// that is not a file gets index.html, so a map's own URL (/m/<id>) opens the app.

import fs from 'node:fs'
import path from 'node:path'
import type { IncomingMessage, ServerResponse } from 'node:http'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
}

export function serveStatic(root: string, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://localhost')
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    res.writeHead(400).end('bad path')
    return
  }
  const file = path.join(root, path.normalize(pathname))
  if (!file.startsWith(root + path.sep) && file !== root) {
    res.writeHead(403).end('forbidden')
    return
  }
  const target = isFile(file) ? file : path.join(root, 'index.html')
  if (!isFile(target)) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
    res.end('The editor is not built yet: run `npm run build` (npm start does it for you).\n')
    return
  }
  const immutable = target.includes(`${path.sep}assets${path.sep}`)
  res.writeHead(200, {
    'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  })
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  fs.createReadStream(target).pipe(res)
}

function isFile(file: string) {
  try {
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}
