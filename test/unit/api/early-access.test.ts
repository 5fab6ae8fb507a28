// The map's record asked for by the page's first script: handed over once, to the request for the
// same map with the same token, while fresh; its role readable as soon as it has arrived. Real
// requests to a small HTTP server on loopback.

import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  earlyAccessBody,
  mapPath,
  requestAccessEarly,
  takeEarlyAccess,
} from '../../../src/api/early-access'

let server: http.Server
let origin = ''
const asked: { path: string; authorization: string | undefined }[] = []

beforeAll(async () => {
  server = http.createServer((req, res) => {
    asked.push({ path: req.url ?? '', authorization: req.headers.authorization })
    if (req.url === mapPath('gone')) {
      res.writeHead(404, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ error: 'unknown map "gone"' }))
      return
    }
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ id: 'm1', title: 'Onboarding', role: 'comment' }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
afterEach(() => {
  asked.length = 0
  vi.useRealTimers()
  // Nothing left over for the next test.
  takeEarlyAccess(mapPath('m1'), 'secret')
  takeEarlyAccess(mapPath('m1'), undefined)
})

/** The page's fetch: paths on the page's own origin. */
const send: typeof fetch = (input, init) => fetch(`${origin}${String(input)}`, init)

const arrived = () => vi.waitFor(() => expect(earlyAccessBody('m1', 'secret')).toBeDefined())

describe('the early request for the map record', () => {
  it('asks once, with the token, and hands the answer over once to the same map and token', async () => {
    requestAccessEarly('m1', 'secret', send)
    await arrived()
    expect(asked).toEqual([{ path: '/api/maps/m1', authorization: 'Bearer secret' }])
    expect(earlyAccessBody('m1', 'secret')).toMatchObject({ role: 'comment' })
    // Another map, or another token (the link's token was swapped meanwhile): not this answer.
    expect(takeEarlyAccess(mapPath('m2'), 'secret')).toBeNull()
    expect(takeEarlyAccess(mapPath('m1'), 'other')).toBeNull()
    expect(takeEarlyAccess(mapPath('m1'), undefined)).toBeNull()
    const taken = takeEarlyAccess(mapPath('m1'), 'secret')
    expect(taken).not.toBeNull()
    // The taker still reads the whole body: the role was read from a copy.
    expect(await (await taken!).json()).toEqual({ id: 'm1', title: 'Onboarding', role: 'comment' })
    expect(takeEarlyAccess(mapPath('m1'), 'secret')).toBeNull()
    expect(earlyAccessBody('m1', 'secret')).toBeUndefined()
  })

  it('sends no token when there is none', async () => {
    requestAccessEarly('m1', undefined, send)
    await vi.waitFor(() => expect(earlyAccessBody('m1', undefined)).toBeDefined())
    expect(asked).toEqual([{ path: '/api/maps/m1', authorization: undefined }])
  })

  it('offers no role from a refusal, but hands the refusal over for its message', async () => {
    requestAccessEarly('gone', 'secret', send)
    const taken = takeEarlyAccess(mapPath('gone'), 'secret')
    const res = await taken!
    expect(res.status).toBe(404)
    expect(earlyAccessBody('gone', 'secret')).toBeUndefined()
    expect(await res.json()).toEqual({ error: 'unknown map "gone"' })
  })

  it('is not used once it is older than ten seconds: the page asks again', async () => {
    vi.useFakeTimers({ toFake: ['performance'] })
    requestAccessEarly('m1', 'secret', send)
    await arrived()
    vi.advanceTimersByTime(10_001)
    expect(earlyAccessBody('m1', 'secret')).toBeUndefined()
    expect(takeEarlyAccess(mapPath('m1'), 'secret')).toBeNull()
  })

  it('leaves a failed request nobody takes without an unhandled rejection', async () => {
    const unhandled: unknown[] = []
    const listen = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', listen)
    try {
      requestAccessEarly('m1', 'secret', () => Promise.reject(new Error('offline')))
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(unhandled).toEqual([])
      expect(earlyAccessBody('m1', 'secret')).toBeUndefined()
      // Whoever takes it still learns that it failed.
      await expect(takeEarlyAccess(mapPath('m1'), 'secret')!).rejects.toThrow('offline')
    } finally {
      process.off('unhandledRejection', listen)
    }
  })
})
