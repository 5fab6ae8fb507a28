// The comment link end to end, with auth on: a third token that reads the map like a view link and
// writes the map's workshop doc (comments, votes) on its own socket path. The server decides by
// the socket's path and token only, never by what an update contains.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { commentTokenFor, hashToken, viewTokenFor } from '../../server/auth/tokens'
import { clientBarrier, closedCode, type TestClient, waitFor, waitSynced } from '../support/clients'
import { startTestServer, type TestServer } from '../support/server'
import { connectWithToken, createMapWithTokens, type CreatedMap } from '../support/sockets'

let server: TestServer
const clients: TestClient[] = []

function mapClient(mapId: string, token: string) {
  const c = connectWithToken(server.wsUrl, mapId, { token })
  clients.push(c)
  return c
}

function workshopClient(mapId: string, token: string) {
  const c = connectWithToken(`${server.url}workshop`, mapId, { token })
  clients.push(c)
  return c
}

async function get(path: string, token: string) {
  const res = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } })
  return { status: res.status, json: (await res.json()) as Record<string, unknown> }
}

const commentsOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('comments')

function addComment(doc: Y.Doc, id: string, text: string) {
  commentsOf(doc).set(id, new Y.Map<unknown>([['text', text]]))
}

beforeAll(async () => {
  server = await startTestServer({ auth: true, flushIntervalMs: 10 })
})
afterEach(() => {
  for (const c of clients.splice(0)) c.destroy()
})
afterAll(async () => {
  await server.close()
})

describe('the comment token', () => {
  it('is derived from the edit token, and the API names its role', async () => {
    const map = await createMapWithTokens(server.url, { template: 'classic-5' })
    expect(map.commentToken).toMatch(/^[A-Za-z0-9_-]{32}$/)
    expect(map.commentToken).toBe(commentTokenFor(map.editToken))
    expect(map.commentToken).not.toBe(map.viewToken)
    expect(map.commentToken).not.toBe(viewTokenFor(map.editToken))

    const asEditor = await get(`api/maps/${map.id}`, map.editToken)
    expect(asEditor.json).toMatchObject({ role: 'edit', commentToken: map.commentToken })
    const asCommenter = await get(`api/maps/${map.id}`, map.commentToken)
    expect(asCommenter.status).toBe(200)
    expect(asCommenter.json.role).toBe('comment')
    // A comment link reveals no other link.
    expect(asCommenter.json.viewToken).toBeUndefined()
    expect(asCommenter.json.commentToken).toBeUndefined()
    expect((await get(`api/maps/${map.id}.json`, map.commentToken)).status).toBe(200)
  })

  it('cannot rename, delete or duplicate the map (403)', async () => {
    const map = await createMapWithTokens(server.url)
    const headers = {
      authorization: `Bearer ${map.commentToken}`,
      'content-type': 'application/json',
    }
    const rename = await fetch(`${server.url}api/maps/${map.id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ title: 'Hijacked' }),
    })
    expect(rename.status).toBe(403)
    const remove = await fetch(`${server.url}api/maps/${map.id}`, { method: 'DELETE', headers })
    expect(remove.status).toBe(403)
    const copy = await fetch(`${server.url}api/maps/${map.id}/duplicate`, {
      method: 'POST',
      headers,
      body: '{}',
    })
    expect(copy.status).toBe(403)
  })

  it("reads the map live but its map updates are dropped, like a view link's", async () => {
    const map = await createMapWithTokens(server.url, { title: 'Workshop map' })
    const editor = mapClient(map.id, map.editToken)
    const hostile = mapClient(map.id, map.commentToken)
    await Promise.all([waitSynced(editor), waitSynced(hostile)])
    expect(hostile.doc.getMap('meta').get('title')).toBe('Workshop map')
    editor.doc.getMap('meta').set('description', 'live')
    await waitFor(() => hostile.doc.getMap('meta').get('description') === 'live', 'live update')

    hostile.doc.getMap('meta').set('title', 'Vandalised')
    hostile.doc.getMap('notes').set('n1', new Y.Map([['text', 'graffiti']]))
    await clientBarrier(hostile)
    await clientBarrier(editor)
    expect(editor.doc.getMap('meta').get('title')).toBe('Workshop map')
    expect(editor.doc.getMap('notes').size).toBe(0)
    const exported = await get(`api/maps/${map.id}.json`, map.editToken)
    const content = exported.json.map as { title: string; notes: unknown[] }
    expect(content.title).toBe('Workshop map')
    expect(content.notes).toEqual([])
    expect(hostile.provider.wsconnected).toBe(true)
  })

  it('writes the workshop doc; a view token only reads it', async () => {
    const map = await createMapWithTokens(server.url)
    const facilitator = workshopClient(map.id, map.editToken)
    const participant = workshopClient(map.id, map.commentToken)
    const viewer = workshopClient(map.id, map.viewToken)
    await Promise.all([waitSynced(facilitator), waitSynced(participant), waitSynced(viewer)])

    addComment(participant.doc, 'c1', 'Why two steps here?')
    await waitFor(() => commentsOf(facilitator.doc).has('c1'), 'the comment on the facilitator')
    await waitFor(() => commentsOf(viewer.doc).has('c1'), 'the comment on the viewer')
    addComment(facilitator.doc, 'c2', 'Good question')
    await waitFor(() => commentsOf(participant.doc).has('c2'), 'the reply on the participant')

    addComment(viewer.doc, 'c3', 'a view link must not comment')
    await clientBarrier(viewer)
    await clientBarrier(facilitator)
    expect(commentsOf(facilitator.doc).has('c3')).toBe(false)
    expect(commentsOf(participant.doc).has('c3')).toBe(false)

    // The map's own doc is another room: the workshop doc's contents never show up there.
    const editor = mapClient(map.id, map.editToken)
    await waitSynced(editor)
    expect(commentsOf(editor.doc).size).toBe(0)
  })

  it('keeps the workshop doc when everyone leaves, and deleting the map deletes it', async () => {
    const map: CreatedMap = await createMapWithTokens(server.url)
    const first = workshopClient(map.id, map.commentToken)
    await waitSynced(first)
    addComment(first.doc, 'kept', 'still here tomorrow')
    await clientBarrier(first)
    first.destroy()
    await waitFor(() => server.workshopRooms.size === 0, 'the workshop room to unload')

    const next = workshopClient(map.id, map.viewToken)
    await waitSynced(next)
    await waitFor(() => commentsOf(next.doc).has('kept'), 'the stored comment')
    expect(await server.storage.workshop.load(map.id)).not.toBeNull()

    const closed = closedCode(next)
    const res = await fetch(`${server.url}api/maps/${map.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${map.editToken}` },
    })
    expect(res.status).toBe(204)
    expect(await closed).toBe(4404)
    expect(await server.storage.workshop.load(map.id)).toBeNull()
  })

  it('is recorded for maps whose tokens predate comment links (addDerived), once', async () => {
    const map = await createMapWithTokens(server.url)
    const later = commentTokenFor('an older edit token, for the test'.padEnd(32, 'x'))
    const digest = hashToken(later)
    expect(await server.storage.tokens.roleFor(map.id, digest)).toBeNull()
    await server.storage.tokens.addDerived(map.id, 'comment', digest)
    await server.storage.tokens.addDerived(map.id, 'comment', digest)
    expect(await server.storage.tokens.roleFor(map.id, digest)).toBe('comment')
    // Not for a map that does not exist.
    await server.storage.tokens.addDerived('no-such-map', 'comment', hashToken(later + 'y'))
    expect(await server.storage.tokens.roleFor('no-such-map', hashToken(later + 'y'))).toBeNull()
    const listed = await server.storage.tokens.mapsFor([digest, hashToken(map.viewToken)])
    // Listed once, with the stronger of the two roles.
    expect(listed.map((m) => [m.id, m.role])).toEqual([[map.id, 'comment']])
  })

  it('is refused on the workshop path without a valid token (4401)', async () => {
    const map = await createMapWithTokens(server.url)
    const other = await createMapWithTokens(server.url)
    expect(await closedCode(workshopClient(map.id, other.commentToken))).toBe(4401)
  })
})
