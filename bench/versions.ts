// `npm run bench:versions`: the cost of versions on the server, for a 5,000-card map (prints a
// table; asserts nothing). The server is a child process, as `npm start` runs it; this process
// holds the clients.
//
//   save      POST /api/maps/<id>/versions on the big map while it is open (live room)
//   changes   GET  /api/maps/<id>/versions/<v>/changes after 100 cards were retitled and 20 moved
//   restore   POST /api/maps/<id>/versions/<v>/restore (the "before restore" version included)
//
// Meanwhile a client in another, small room measures its round trip (a SyncStep1 answered by a
// SyncStep2) every 5 ms: its p99 during each operation is the stall other rooms feel; the same
// probe with nothing else going on is the reference.

import * as Y from 'yjs'
import { commitMap, fromY } from '../src/collab/codec'
import { updateTouchpoint } from '../src/domain/operations'
import { sampleJourney } from '../bin/sample-journey'
import { clientBarrier, connectClient, waitSynced, type TestClient } from '../test/support/clients'
import { createMapOn, spawnServer, tempDbPath } from '../test/support/server'
import { percentile } from './clients'

const CARDS = Number(process.env.BENCH_CARDS ?? 5000)
const RUNS = Number(process.env.BENCH_RUNS ?? 5)

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b)
const median = (values: readonly number[]) => percentile(sorted(values), 50)
const fmt = (ms: number) => `${ms.toFixed(1)} ms`

/** Round trips of `probe` every 5 ms until `stop` resolves. */
async function probeWhile(probe: TestClient, stop: Promise<unknown>): Promise<number[]> {
  const trips: number[] = []
  let done = false
  stop.then(
    () => (done = true),
    () => (done = true),
  )
  while (!done) {
    const start = performance.now()
    await clientBarrier(probe, 30_000)
    trips.push(performance.now() - start)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  return trips
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now()
  const value = await run()
  return { ms: performance.now() - start, value }
}

async function main() {
  const server = await spawnServer({
    TRAILMAP_DB: tempDbPath('bench-versions'),
    TRAILMAP_MAX_DOC_BYTES: String(256 * 1024 * 1024),
    TRAILMAP_BYTE_BURST: String(512 * 1024 * 1024),
    TRAILMAP_BYTES_PER_SEC: String(512 * 1024 * 1024),
    // The probe asks every 5 ms: more than an editor's default message rate.
    TRAILMAP_MSGS_PER_SEC: '10000',
    TRAILMAP_MSG_BURST: '100000',
  })
  const clients: TestClient[] = []
  try {
    const bigId = await createMapOn(server.url, 'Big map')
    const quietId = await createMapOn(server.url, 'Quiet map')
    const editor = connectClient(server.wsUrl, bigId)
    const probe = connectClient(server.wsUrl, quietId)
    clients.push(editor, probe)
    await Promise.all([waitSynced(editor), waitSynced(probe)])

    const phases = 10
    const journey = sampleJourney({
      title: 'Big map',
      phases,
      perPhase: Math.ceil(CARDS / phases),
      across: 8,
      notes: 0,
    })
    commitMap(editor.doc, fromY(editor.doc), journey)
    // The write goes out in many frames; the barrier is answered after the last of them.
    await clientBarrier(editor, 120_000)
    const cards = Object.keys(fromY(editor.doc).touchpoints).length
    const bytes = Y.encodeStateAsUpdate(editor.doc).length

    const call = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${server.url}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`)
      return (await res.json()) as Record<string, unknown>
    }

    const reference = await probeWhile(probe, new Promise((resolve) => setTimeout(resolve, 2_000)))
    const rows: { what: string; ms: number[]; p99: number[] }[] = []
    const measure = async (what: string, run: () => Promise<unknown>) => {
      const row = { what, ms: [] as number[], p99: [] as number[] }
      for (let i = 0; i < RUNS; i++) {
        const operation = timed(run)
        const trips = await probeWhile(probe, operation)
        row.ms.push((await operation).ms)
        row.p99.push(percentile(sorted(trips), 99))
      }
      rows.push(row)
    }

    let firstVersion = 0
    await measure('save a version', async () => {
      const saved = await call('POST', `api/maps/${bigId}/versions`, { label: 'Bench' })
      if (!firstVersion) firstVersion = saved['id'] as number
    })
    // 100 retitled and 20 moved cards since the first version.
    const before = fromY(editor.doc)
    let after = before
    for (const card of Object.values(before.touchpoints).slice(0, 100)) {
      after = updateTouchpoint(after, card.id, { title: `${card.title} (edited)` })
    }
    for (const card of Object.values(before.touchpoints).slice(100, 120)) {
      after = updateTouchpoint(after, card.id, {
        position: { x: card.position.x + 40, y: card.position.y },
      })
    }
    commitMap(editor.doc, before, after)
    await clientBarrier(editor, 60_000)
    let changeCount = 0
    await measure('what changed since', async () => {
      const result = await call('GET', `api/maps/${bigId}/versions/${firstVersion}/changes`)
      changeCount = (result['changes'] as unknown[]).length
    })
    await measure('restore (with its before-restore version)', () =>
      call('POST', `api/maps/${bigId}/versions/${firstVersion}/restore`, {}),
    )

    console.log(
      `\nVersions on a ${cards.toLocaleString('en')}-card map (${(bytes / 1024 / 1024).toFixed(1)} MiB as a Yjs update); ${RUNS} runs each`,
    )
    console.log(`"what changed" found ${changeCount} changes (100 retitled, 20 moved cards)`)
    console.log(
      `reference: another room's round trip with nothing else going on: p99 ${fmt(percentile(sorted(reference), 99))} (median ${fmt(median(reference))})\n`,
    )
    console.log('| operation | median | max | other room p99 during it (median of runs / worst) |')
    console.log('|---|---|---|---|')
    for (const row of rows) {
      console.log(
        `| ${row.what} | ${fmt(median(row.ms))} | ${fmt(Math.max(...row.ms))} | ${fmt(median(row.p99))} / ${fmt(Math.max(...row.p99))} |`,
      )
    }
  } catch (error) {
    console.error(server.stdout.slice(-15).join('\n'))
    throw error
  } finally {
    for (const client of clients) client.destroy()
    server.child.kill('SIGTERM')
    await server.exited
  }
}

await main()
