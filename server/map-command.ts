// The shared frame of the operator commands that work on one map of the database
// (`issue-tokens.ts`, `salvage-map.ts`): the map id argument, the database from TRAILMAP_DB (or
// TRAILMAP_DATABASE_URL), the storage opened and closed, and exit codes 0 (done), 1 (failed) and
// 2 (usage).

import { isValidMapId } from '../src/domain/map-id'
import { configFromEnv } from './config'
import { describeStore, openStorage } from './persistence/open'
import type { MapRecord, Storage } from './persistence/storage'

/** Runs `action` on the map named by the first argument; exits the process with its code. */
export function runMapCommand(
  script: string,
  action: (storage: Storage, map: MapRecord) => Promise<number>,
): void {
  main(process.argv.slice(2), script, action).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`trailmap: ${error instanceof Error ? error.message : String(error)}\n`)
      process.exit(1)
    },
  )
}

async function main(
  argv: string[],
  script: string,
  action: (storage: Storage, map: MapRecord) => Promise<number>,
): Promise<number> {
  const mapId = argv[0]
  if (!mapId || !isValidMapId(mapId)) {
    process.stderr.write(`usage: node --import tsx server/${script} <mapId>\n`)
    return 2
  }
  const config = configFromEnv()
  const storage = await openStorage({ ...config, flushIntervalMs: 0 })
  try {
    const map = await storage.catalogue.get(mapId)
    if (!map) {
      process.stderr.write(`no map "${mapId}" in ${describeStore(config)}\n`)
      return 1
    }
    return await action(storage, map)
  } finally {
    await storage.close()
  }
}
