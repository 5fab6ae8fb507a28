// Operator command for a map that refuses to open because its stored state does not decode:
//
//   TRAILMAP_DB=./data/trailmap.db node --import tsx server/salvage-map.ts <mapId>
//
// Applies the map's stored parts one by one, skips those that fail, and writes what decodes as a
// new map (printed with its tokens, to stdout). The damaged map is not changed. It can run while
// the server runs (SQLite WAL).

import { newId } from '../src/domain/ids'
import { isValidMapId } from '../src/domain/map-id'
import { configFromEnv } from './config'
import { salvageParts } from './persistence/salvage'
import { openSqliteStorage } from './persistence/sqlite'

async function main(argv: string[]) {
  const mapId = argv[0]
  if (!mapId || !isValidMapId(mapId)) {
    process.stderr.write('usage: node --import tsx server/salvage-map.ts <mapId>\n')
    return 2
  }
  const { dbPath } = configFromEnv()
  const storage = openSqliteStorage(dbPath, { flushIntervalMs: 0 })
  try {
    const source = await storage.catalogue.get(mapId)
    if (!source) {
      process.stderr.write(`no map "${mapId}" in ${dbPath}\n`)
      return 1
    }
    const { parts } = await storage.log.load(mapId)
    const { state, applied, skipped } = salvageParts(parts)
    const id = newId()
    await storage.catalogue.create(id, `Salvaged: ${source.title}`.slice(0, 200))
    const tokens = await storage.tokens.issue(id)
    await storage.log.compact(id, 0, state)
    process.stdout.write(
      `${JSON.stringify({ id, ...tokens, from: mapId, parts: parts.length, applied, skipped })}\n`,
    )
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
