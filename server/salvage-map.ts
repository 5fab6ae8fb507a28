// Operator command for a map that refuses to open because its stored state does not decode:
//
//   TRAILMAP_DB=./data/trailmap.db node --import tsx server/salvage-map.ts <mapId>
//
// Applies the map's stored parts one by one, skips those that fail, and writes what decodes as a
// new map (printed with its tokens, to stdout). The damaged map is not changed. It can run while
// the server runs (SQLite WAL).

import { newId } from '../src/domain/ids'
import { MAX_TITLE_LENGTH } from '../src/domain/title'
import { runMapCommand } from './map-command'
import { salvageParts } from './persistence/salvage'

runMapCommand('salvage-map.ts', async (storage, source) => {
  const { parts } = await storage.log.load(source.id)
  const { state, applied, skipped } = salvageParts(parts)
  const id = newId()
  const title = Array.from(`Salvaged: ${source.title}`).slice(0, MAX_TITLE_LENGTH).join('')
  await storage.catalogue.create(id, title)
  const tokens = await storage.tokens.issue(id)
  await storage.log.compact(id, 0, state)
  process.stdout.write(
    `${JSON.stringify({ id, ...tokens, from: source.id, parts: parts.length, applied, skipped })}\n`,
  )
  return 0
})
