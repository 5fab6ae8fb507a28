// Server processes and clients a test file starts, so that one afterEach can end them all (a
// failed assertion must not leave a server child running into the next test).

import { connectClient, type TestClient } from './clients'
import { spawnServer, type ServerProcess } from './server'

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
