// Values nested thousands of levels deep: refused with their JSON path instead of overflowing a
// stack somewhere (a 500 from the export, an exception from an import that passed validation).

import { afterEach, describe, expect, it } from 'vitest'
import { parseMapFile } from '../../src/domain/format'
import { waitSynced, type TestClient } from '../support/clients'
import { startTestServer, type TestServer } from '../support/server'
import { connectWithToken, createMapWithTokens } from '../support/sockets'

let server: TestServer | null = null
const clients: TestClient[] = []

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy()
  await server?.close()
  server = null
})

function nested(depth: number): unknown {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i++) value = { inner: value }
  return value
}

describe('deeply nested values', () => {
  it('the JSON export answers 422 with the path of a deeply nested value in the live doc', async () => {
    // 1,000 levels: deep enough to break recursive serialisers, shallow enough for Yjs to decode
    // (much deeper updates overflow Yjs's own decoder, which closes that socket with 4400).
    server = await startTestServer({ flushIntervalMs: 0 })
    const map = await createMapWithTokens(server.url)
    const writer = connectWithToken(server.wsUrl, map.id, { token: map.editToken })
    clients.push(writer)
    await waitSynced(writer)
    writer.doc.getMap('meta').set('deep', nested(1_000))
    const live = server
    await (async () => {
      for (let i = 0; i < 500; i++) {
        const room = await live.rooms.peek(map.id)
        if (room?.doc.getMap('meta').has('deep')) return
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      throw new Error('the deep value did not reach the server')
    })()
    const res = await fetch(`${server.url}api/maps/${map.id}.json`)
    expect(res.status).toBe(422)
    expect(((await res.json()) as { error: string }).error).toMatch(
      /\$\.meta\.deep(\.inner)+ is nested more than 64 levels deep/,
    )
  })

  it('an import with a field 10,000 levels deep is refused with its path, not thrown', () => {
    // Written out by hand: JSON.stringify itself overflows on 10,000 levels.
    const deep = `${'{"inner":'.repeat(10_000)}"bottom"${'}'.repeat(10_000)}`
    const file = `{"type":"trailmap/journey-map","version":1,"map":{"meta":{"title":"Deep","extra":${deep}},"phases":[],"touchpoints":[]}}`
    const result = parseMapFile(file)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems[0]?.path).toMatch(/^\$\.map\.meta\.extra(\.inner)+$/)
    expect(result.problems[0]?.message).toMatch(/64 levels/)
  })

  it('a JSON request body nested too deep gets 400', async () => {
    server = await startTestServer({})
    const res = await fetch(`${server.url}api/maps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: nested(1_000) }),
    })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: string }).error).toMatch(/\$\.title\.inner/)
  })
})
