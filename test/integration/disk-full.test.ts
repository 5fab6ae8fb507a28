// Writes that fail (a full disk, here a database capped with TRAILMAP_DB_MAX_BYTES, which makes
// SQLite fail with SQLITE_FULL exactly as a full disk does): /healthz fails, editors are told
// their changes are not saved, and a shutdown that cannot save exits non-zero with an error.

import * as decoding from 'lib0/decoding'
import { afterEach, describe, expect, it } from 'vitest'
import { encodeSyncUpdate } from '../../server/sync/messages'
import * as Y from 'yjs'
import { waitFor } from '../support/clients'
import { tempDbPath } from '../support/server'
import { createMapWithTokens, kindOf, rawSocket } from '../support/sockets'
import { trackResources } from '../support/tracked'

const tracked = trackResources()
afterEach(tracked.cleanup)

function saveStatuses(frames: Uint8Array[]): string[] {
  return frames
    .filter((frame) => kindOf(frame) === 'save-status')
    .map((frame) => {
      const decoder = decoding.createDecoder(frame)
      decoding.readVarUint(decoder)
      decoding.readVarUint(decoder)
      return decoding.readVarString(decoder)
    })
}

describe('a full disk', () => {
  it('fails /healthz, tells editors, and exits non-zero on SIGTERM with unsaved edits', async () => {
    const server = await tracked.start({
      TRAILMAP_DB: tempDbPath('full'),
      TRAILMAP_DB_MAX_BYTES: String(200 * 1024),
      TRAILMAP_SHUTDOWN_MS: '500',
    })
    const map = await createMapWithTokens(server.url)
    expect((await fetch(`${server.url}healthz`)).status).toBe(200)
    const editor = rawSocket(server.wsUrl, map.id)
    await editor.opened

    const doc = new Y.Doc()
    doc.getText('t').insert(0, 'x'.repeat(400 * 1024))
    editor.ws.send(encodeSyncUpdate(Y.encodeStateAsUpdate(doc)))
    await waitFor(() => saveStatuses(editor.frames).includes('failing'), 'the not-saved notice')
    const health = await fetch(`${server.url}healthz`)
    expect(health.status).toBe(503)
    expect(((await health.json()) as { status: string }).status).toBe('failing')

    // A newcomer is told at once.
    const late = rawSocket(server.wsUrl, map.id)
    await waitFor(() => saveStatuses(late.frames).includes('failing'), 'the notice on join')
    late.ws.close()

    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(1)
    const errors = server.stdout
      .map((line) => JSON.parse(line) as { level: string; msg: string; error?: string })
      .filter((line) => line.level === 'error')
    expect(errors.map((line) => `${line.msg} ${line.error ?? ''}`).join('\n')).toMatch(
      /edits were not saved/,
    )
  })
})
