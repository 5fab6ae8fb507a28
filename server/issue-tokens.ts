// Mints new edit and view tokens for a map and prints them (to stdout, never to the log):
//
//   TRAILMAP_DB=./data/trailmap.db node --import tsx server/issue-tokens.ts <mapId>
//
// For maps created before tokens existed (they have none, so with auth on nobody can open them)
// and for a link that leaked: the map's old tokens stop working at once. It can run while the
// server runs (SQLite WAL); sockets already open stay open until they reconnect.

import { runMapCommand } from './map-command'

runMapCommand('issue-tokens.ts', async (storage, map) => {
  const tokens = await storage.tokens.issue(map.id)
  if (!tokens) return 1
  process.stdout.write(`${JSON.stringify({ id: map.id, ...tokens })}\n`)
  return 0
})
