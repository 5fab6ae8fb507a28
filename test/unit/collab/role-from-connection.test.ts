// The editor store takes the role the sync socket reports (ConnectionInfo.role), whether it came
// before the store existed or while it is attached; the real socket's report is tested against
// the server in test/integration/client-transport.test.ts.
import { describe, expect, it } from 'vitest'
import {
  createSession,
  type ConnectionInfo,
  type SessionTransport,
} from '../../../src/collab/session'
import { createEditorStore } from '../../../src/state/editor-store'

function reportingTransport(initial: ConnectionInfo) {
  let info = initial
  const listeners = new Set<(info: ConnectionInfo) => void>()
  const transport: SessionTransport = {
    connection: () => info,
    onConnection(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    destroy: () => listeners.clear(),
  }
  const report = (next: ConnectionInfo) => {
    info = next
    for (const listener of listeners) listener(info)
  }
  return { transport, report }
}

const user = { name: 'Tester', color: '#2563eb' }
const connecting: ConnectionInfo = { state: 'connecting', synced: false, reason: null }

describe('the editor store and the socket’s role', () => {
  it('is pending until the socket says the role, then takes it', () => {
    const { transport, report } = reportingTransport(connecting)
    const session = createSession('m', user, { transport: () => transport })
    const store = createEditorStore(session)
    const detach = store.attach()
    expect(store.getState().role).toBe('pending')
    report({ ...connecting, state: 'connected', role: 'view' })
    expect(store.getState().role).toBe('view')
    expect(store.getState().connection.role).toBe('view')
    // Later reports without a role (a reconnect starting) keep the role the server said.
    report({ ...connecting, state: 'reconnecting' })
    expect(store.getState().role).toBe('view')
    detach()
  })

  it('starts with the role when the socket said it before the store existed', () => {
    const { transport } = reportingTransport({ ...connecting, state: 'connected', role: 'comment' })
    const session = createSession('m', user, { transport: () => transport })
    expect(createEditorStore(session).getState().role).toBe('comment')
    // The page's early HTTP answer, when it has one, is taken first (both name the same token's
    // role in practice; different here to tell them apart).
    expect(createEditorStore(session, { role: 'edit' }).getState().role).toBe('edit')
  })
})
