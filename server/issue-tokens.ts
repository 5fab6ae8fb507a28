// Mints new edit and view tokens for a map and prints them (to stdout, never to the log):
//
//   TRAILMAP_DB=./data/trailmap.db node --import tsx server/issue-tokens.ts <mapId>
//
// For maps created before tokens existed (they have none, so with auth on nobody can open them)
// and for a link that leaked: the map's old tokens stop working at once. It can run while the
// server runs (SQLite WAL); sockets already open stay open until they reconnect.

import { configFromEnv } from './config'
import { isValidMapId } from '../src/domain/map-id'
import { openSqliteStorage } from './persistence/sqlite'

async function main(argv: string[]) {
  const mapId = argv[0]
  if (!mapId || !isValidMapId(mapId)) {
    process.stderr.write('usage: node --import tsx server/issue-tokens.ts <mapId>\n')
    return 2
  }
  const { dbPath } = configFromEnv()
  const storage = openSqliteStorage(dbPath, { flushIntervalMs: 0 })
  try {
    const tokens = await storage.tokens.issue(mapId)
    if (!tokens) {
      process.stderr.write(`no map "${mapId}" in ${dbPath}\n`)
      return 1
    }
    process.stdout.write(`${JSON.stringify({ id: mapId, ...tokens })}\n`)
    return 0
  } finally {
    await storage.close()
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`trailmap: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  },
)
