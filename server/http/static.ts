// Serves the built editor from one folder. Hashed assets are cached for a year (a missing one is a
// 404); every other path that is not a file gets index.html, so a map's own URL (/m/<id>) opens
// the app. Nothing here blocks the event loop (no sync fs calls), and a file that vanishes or fails
// to read between the stat and the read ends that one response — never the process.
//
// Hashed assets (`assets/`) never change under their name, so they are kept in memory once read
// (and read when the server starts): a response is then one write, finished at once, instead of
// a chain of reads that each wait for the event loop — which loading a large map holds for
// 0.3–0.6 s (traced at 2,000 cards: the editor's chunks arrived up to 0.7 s late while the map
// its page had asked for was loading). A page still open on an older build gets the chunks it
// names for as long as the process runs.
//
// Each script and style sheet is answered compressed when the browser accepts it, from the copies
// the build writes beside it (server/http/content-encoding.ts): opening a map fetches 0.32 MB of
// the editor's files instead of 1.1 MB (Brotli, resource timing), most of a cold open's wait over
// a network. Over loopback it changed nothing measurable: a 2,000-card open took as long either
// way (3 alternating runs).

import fs from 'node:fs'
import path from 'node:path'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { ENCODINGS, pickEncoding, type Encoding } from './content-encoding'

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

/**
 * The editor's pages: no inline scripts, and images, fonts and connections only from this
 * origin (plus data:/blob: images, which the exporter draws). React Flow and the cards position
 * elements with inline styles, so styles may be inline.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ')

/** Hashed assets read so far, by absolute path (a build is ~3 MB; this bounds a rebuilt folder). */
const assets = new Map<string, Buffer>()
let assetBytes = 0
const MAX_ASSET_BYTES = 64 * 1024 * 1024

/** A hashed build file: under the folder's own `assets/`. */
const isAsset = (root: string, file: string) =>
  path.relative(root, file).startsWith(`assets${path.sep}`)

function keepAsset(file: string, body: Buffer) {
  if (assets.has(file) || assetBytes + body.length > MAX_ASSET_BYTES) return
  assets.set(file, body)
  assetBytes += body.length
}

/** Reads the build's hashed assets into memory; best effort (a missing build serves the 503). */
export async function warmAssets(root: string): Promise<void> {
  const dir = path.join(root, 'assets')
  let names: string[]
  try {
    names = await fs.promises.readdir(dir)
  } catch {
    return
  }
  for (const name of names) {
    const file = path.join(dir, name)
    try {
      keepAsset(file, await fs.promises.readFile(file))
    } catch {
      // Not a file, or unreadable now: read on its first request instead.
    }
  }
}

function writeHeaders(
  res: ServerResponse,
  target: string,
  immutable: boolean,
  encoded?: { encoding: Encoding | null; length: number },
) {
  res.writeHead(200, {
    'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    // A cache between us and the browser keeps each encoding apart.
    ...(encoded && {
      vary: 'accept-encoding',
      'content-length': encoded.length,
      ...(encoded.encoding && { 'content-encoding': encoded.encoding.name }),
    }),
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    // Share links carry their token in the fragment, which browsers never send; still, no page
    // of ours tells another site where it was opened from.
    'referrer-policy': 'no-referrer',
  })
}

export async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse) {
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
  if (assets.has(file)) {
    sendKept(req, res, file)
    return
  }
  const found = await isFile(file)
  if (!found && isAsset(root, file)) {
    // A build file that is not there (a page of an older build, after a restart): the page's
    // import fails and says so (src/ui/CrashBoundary.tsx), rather than running index.html as code.
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
    res.end('not found')
    return
  }
  const target = found ? file : path.join(root, 'index.html')
  let handle: fs.promises.FileHandle
  try {
    handle = await fs.promises.open(target, 'r')
  } catch {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
    res.end('The editor is not built yet: run `npm run build` (npm start does it for you).\n')
    return
  }
  const immutable = isAsset(root, target)
  try {
    if (req.method === 'HEAD') {
      writeHeaders(res, target, immutable)
      res.end()
      return
    }
    // Every file of a build is small (the largest chunk ~650 kB): read whole, sent in one write.
    const body = await handle.readFile()
    if (immutable) {
      keepAsset(target, body)
      // Past the memory cap the file is sent as it is, without reading its copies each time.
      if (assets.has(target)) {
        await keepCompressedCopies(target)
        sendKept(req, res, target)
        return
      }
    }
    writeHeaders(res, target, immutable)
    res.end(body)
  } catch {
    // The file failed to read: this response ends, nothing else does.
    res.destroy()
  } finally {
    await handle.close().catch(() => undefined)
  }
}

/** A kept asset, in the best encoding the request accepts that the build wrote a copy in. */
function sendKept(req: IncomingMessage, res: ServerResponse, file: string) {
  const encoding = pickEncoding(req.headers['accept-encoding'], (candidate) =>
    assets.has(file + candidate.suffix),
  )
  const body = assets.get(encoding ? file + encoding.suffix : file)!
  writeHeaders(res, file, true, { encoding, length: body.length })
  res.end(req.method === 'HEAD' ? undefined : body)
}

/** Keeps the build's compressed copies of a file read on request; best effort, like warmAssets. */
async function keepCompressedCopies(file: string) {
  for (const { suffix } of ENCODINGS) {
    try {
      keepAsset(file + suffix, await fs.promises.readFile(file + suffix))
    } catch {
      // No copy (a file the build does not compress, or a build without them): sent as it is.
    }
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.promises.stat(file)).isFile()
  } catch {
    return false
  }
}
