// The static file server: a file that fails between its stat and its read ends that response,
// not the process; pages carry a Content-Security-Policy without inline scripts; hashed assets
// are answered from memory once read (or read at start).

import fs from 'node:fs'
import path from 'node:path'
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
})
