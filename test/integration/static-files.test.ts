// The static file server: a file that fails between its stat and its read ends that response,
// not the process; pages carry a Content-Security-Policy without inline scripts; hashed assets
// are answered from memory once read (or read at start).

import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { tempDbPath } from '../support/server'
import { trackResources } from '../support/tracked'
import { tempDir } from '../support/temp-dirs'

const tracked = trackResources()
afterEach(tracked.cleanup)

function staticDir() {
  const dir = tempDir('trailmap-static-')
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Trailmap</title>')
  // Stats as a regular file, then fails to read (EIO): the race of a file that disappears or
  // breaks between stat and read, made deterministic.
  fs.symlinkSync('/proc/self/mem', path.join(dir, 'broken.txt'))
  return dir
}

/** A GET or HEAD as the browser sends it, with the body as it came over the wire (undecoded). */
function rawGet(url: string, acceptEncoding: string | null, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      const headers = acceptEncoding === null ? {} : { 'accept-encoding': acceptEncoding }
      const req = http.request(url, { method, headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        )
        res.on('error', reject)
      })
      req.on('error', reject)
      req.end()
    },
  )
}

describe('static files', () => {
  it('survives a file that fails to read after its stat', async () => {
    const server = await tracked.start({
      TRAILMAP_DB: tempDbPath('static'),
      TRAILMAP_STATIC_DIR: staticDir(),
    })
    const outcome = await fetch(`${server.url}broken.txt`).then(
      async (res) => {
        await res.arrayBuffer()
        return 'answered'
      },
      () => 'connection ended',
    )
    expect(['answered', 'connection ended']).toContain(outcome)
    expect((await fetch(`${server.url}healthz`)).status).toBe(200)
    expect(server.child.exitCode).toBeNull()
  })

  it('sends a Content-Security-Policy that forbids inline scripts and foreign sources', async () => {
    const server = await tracked.start({
      TRAILMAP_DB: tempDbPath('csp'),
      TRAILMAP_STATIC_DIR: staticDir(),
    })
    const res = await fetch(`${server.url}m/some-map`)
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(csp).toContain("connect-src 'self'")
    expect(csp).toContain("img-src 'self' data: blob:")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
  })

  it('answers hashed assets from memory: read at start or once, they outlive their files', async () => {
    const dir = staticDir()
    fs.mkdirSync(path.join(dir, 'assets'))
    const early = path.join(dir, 'assets', 'main-abc123.js')
    fs.writeFileSync(early, 'export const built = "at start"')
    const server = await tracked.start({
      TRAILMAP_DB: tempDbPath('assets'),
      TRAILMAP_STATIC_DIR: dir,
    })
    const late = path.join(dir, 'assets', 'chunk-def456.js')
    fs.writeFileSync(late, 'export const built = "later"')
    const first = await fetch(`${server.url}assets/chunk-def456.js`)
    expect(await first.text()).toBe('export const built = "later"')
    // A new build replaces the folder's files; a page that loaded the old index.html still gets
    // the chunks it names.
    fs.rmSync(early)
    fs.rmSync(late)
    for (const [name, body] of [
      ['main-abc123.js', 'export const built = "at start"'],
      ['chunk-def456.js', 'export const built = "later"'],
    ] as const) {
      const res = await fetch(`${server.url}assets/${name}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toContain('text/javascript')
      expect(res.headers.get('cache-control')).toContain('immutable')
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
      expect(await res.text()).toBe(body)
    }
    // A build file that was never there is a 404, not index.html run as a script.
    const missing = await fetch(`${server.url}assets/chunk-000000.js`)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('content-type')).toContain('text/plain')
    // Other files are read on each request: index.html changes with every build.
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>New build</title>')
    expect(await (await fetch(`${server.url}m/some-map`)).text()).toContain('New build')
  })

  it('answers scripts in the compressed copy the build wrote that the browser accepts', async () => {
    const dir = staticDir()
    fs.mkdirSync(path.join(dir, 'assets'))
    const script = `export const words = ${JSON.stringify('journey '.repeat(500))}`
    const write = (name: string, body: string) => {
      const file = path.join(dir, 'assets', name)
      fs.writeFileSync(file, body)
      fs.writeFileSync(`${file}.gz`, zlib.gzipSync(body))
      fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(body))
    }
    write('main-abc123.js', script)
    // A build without copies (or a file below their size) is sent as it is.
    fs.writeFileSync(path.join(dir, 'assets', 'tiny-000111.js'), 'export {}')
    const server = await tracked.start({
      TRAILMAP_DB: tempDbPath('encodings'),
      TRAILMAP_STATIC_DIR: dir,
    })
    // Written after the start: read, with its copies, on its first request.
    write('late-def456.js', script)
    for (const name of ['main-abc123.js', 'late-def456.js']) {
      const url = `${server.url}assets/${name}`
      const gzip = await rawGet(url, 'gzip, deflate')
      expect(gzip.status).toBe(200)
      expect(gzip.headers['content-encoding']).toBe('gzip')
      expect(gzip.headers['content-type']).toContain('text/javascript')
      expect(gzip.headers['vary']).toBe('accept-encoding')
      expect(Number(gzip.headers['content-length'])).toBe(gzip.body.length)
      expect(gzip.body.length).toBeLessThan(script.length / 10)
      expect(zlib.gunzipSync(gzip.body).toString()).toBe(script)

      const br = await rawGet(url, 'gzip, deflate, br, zstd')
      expect(br.headers['content-encoding']).toBe('br')
      expect(zlib.brotliDecompressSync(br.body).toString()).toBe(script)
      expect((await rawGet(url, 'br;q=0, gzip')).headers['content-encoding']).toBe('gzip')

      const plain = await rawGet(url, null)
      expect(plain.headers['content-encoding']).toBeUndefined()
      expect(plain.headers['vary']).toBe('accept-encoding')
      expect(plain.body.toString()).toBe(script)

      const head = await rawGet(url, 'gzip', 'HEAD')
      expect(head.headers['content-encoding']).toBe('gzip')
      expect(Number(head.headers['content-length'])).toBe(gzip.body.length)
      expect(head.body.length).toBe(0)
    }
    const tiny = await rawGet(`${server.url}assets/tiny-000111.js`, 'gzip, br')
    expect(tiny.headers['content-encoding']).toBeUndefined()
    expect(tiny.body.toString()).toBe('export {}')
  })
})
