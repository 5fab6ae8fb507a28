// The version worker thread, for real: jobs nobody waits for must not turn into unhandled
// rejections when the server closes the thread under them (a CI run failed on exactly that),
// while a job someone waits for still learns that the server closed.

import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { toY } from '../../../src/collab/codec'
import { templateById } from '../../../src/domain/templates'
import { versionThread } from '../../../server/versions/version-thread'

const unhandled: unknown[] = []
const record = (reason: unknown) => unhandled.push(reason)
afterEach(() => {
  process.off('unhandledRejection', record)
  unhandled.length = 0
})

function parts() {
  return {
    kind: 'parts' as const,
    parts: [Y.encodeStateAsUpdate(toY(templateById('classic-5')!.build()))],
  }
}

describe('versionThread', () => {
  it('closes with jobs nobody waits for still queued, and rejects none of them', async () => {
    const thread = versionThread()
    const { snapshot } = await thread.capture('m', parts())
    process.on('unhandledRejection', record)
    thread.remember(snapshot, 1)
    thread.forget('m')
    await thread.close()
    // Rejections are reported after the microtask queue drains; give them a full turn.
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(unhandled).toEqual([])
  })

  it('tells a job someone waits for that the server closed', async () => {
    const thread = versionThread()
    const refused = expect(thread.capture('m', parts())).rejects.toThrow('the server closed')
    await thread.close()
    await refused
  })
})
