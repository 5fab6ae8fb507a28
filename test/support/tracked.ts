// Server processes and clients a test file starts, so that one afterEach can end them all (a
// failed assertion must not leave a server child running into the next test).

import { afterEach } from 'vitest'
import { connectClient, type TestClient } from './clients'
import { spawnServer, type ServerProcess, type TestServer } from './server'
import type { RawSocket } from './sockets'

export function trackResources() {
  const clients: TestClient[] = []
  const processes: ServerProcess[] = []
  return {
    async start(env: Record<string, string>): Promise<ServerProcess> {
      const server = await spawnServer(env)
      processes.push(server)
      return server
    },
    connect(wsUrl: string, mapId: string): TestClient {
      const client = connectClient(wsUrl, mapId)
      clients.push(client)
      return client
    },
    cleanup() {
      for (const client of clients.splice(0)) client.destroy()
      for (const p of processes.splice(0)) if (p.child.exitCode === null) p.child.kill('SIGKILL')
    },
  }
}

/**
 * In-process servers, clients and raw sockets a test file opens, in arrays it pushes to; one
 * afterEach (registered here) ends them all.
 */
export function trackInProcess() {
  const servers: TestServer[] = []
  const clients: TestClient[] = []
  const sockets: RawSocket[] = []
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy()
    for (const s of sockets.splice(0)) s.ws.terminate()
    for (const s of servers.splice(0)) await s.close()
  })
  return { servers, clients, sockets }
}
