// `npm run bench:canvas`: Trailmap's editor canvas against a plain React Flow 12 page with the same
// cards and edges, side by side in one run of headless Chromium (1440×900). The frame-rate flags
// are passed, but headless Chromium 156 here still paces frames at ~60 Hz (requestAnimationFrame
// every 16.7–17.6 ms with or without them), so a frame time is a whole number of frames: a page
// that finishes a keystroke a few ms too late for the frame the key started waits a whole frame.
// The CPU time per frame printed below shows smaller differences.
//
// For each size (50, 1,000, 2,000, 5,000 cards; N−1 edges along the path) and each run:
// - open: from navigation to every card inside the fitted view present in the DOM and visible.
//   Trailmap's map is seeded, flushed to SQLite and the server restarted (in a child process, as
//   `npm start` runs it), so this includes loading the room from SQLite and syncing it over the
//   websocket; the plain page fetches a JSON file. Each page is opened once the machine has
//   been quiet for a quarter second (waitForQuietMachine), so neither opens while the other's
//   leftovers still run. After the runs each page is opened --opens more times (alternating),
//   and the table shows the median of all its opens.
// - drag: one card near the middle of the view dragged with one pointer move per frame; a frame is
//   the time from one move's second animation frame to the next (so it includes style, layout and
//   paint of the frame that shows the move). p50 and p95.
// - typing: a card selected, 60 characters typed into the Title field (Trailmap's inspector, the
//   plain page's side panel), one per frame. p50 and p95: with 20 keystrokes p95 was the
//   second-slowest, so one stray frame moved it by a whole frame either way (1.1× to 1.9× on one
//   build); beside p50 it tells a slower keystroke from a keystroke that now and then misses its
//   frame.
// - pan: one horizontal wheel step per frame (both pages pan on scroll), turning back every 10
//   steps so the view stays over the map; first the fitted view (a big map zoomed out, every card
//   drawn), then zoomed in to 100% around the middle (cards scroll in and out of view). p95.
// - peers: the drag again while 5 other people drag cards through awareness at 10 Hz each
//   (y-websocket clients in this process that, like the editor, send only their own presence),
//   measured once every one of them has loaded the map and a second has passed. The colleagues'
//   clients and Trailmap's server share this machine's two cores with Chromium, which real
//   colleagues and a real server do not: so the plain page is dragged under the same load too
//   (the same colleagues on Trailmap's copy of the map; the plain page hears nothing of them), and
//   the ratio compares the two drags under that load. The ratio to the plain page's quiet drag is
//   printed beside it.
// Chrome's Performance.getMetrics is read around each drag (script, style, layout ms per frame).
//
// The plain page (bench/canvas-plain/) is built by this script with Vite into a temp dir and served
// from a small static server; it is not part of the app's bundle. Prints figures; asserts nothing.
// Options: --sizes 50,1000 --runs 2 --opens 4 --steps 30 --chars 60; --profile adds, in the first
// run, a traced drag, typing, pan of the fitted view (and drag with peers) of both pages and prints
// their top costs
// (bench/canvas-profile.ts; the app and the plain page are then built unminified so functions keep
// their names); --profile-open traces each page's open in the first run and prints its main
// thread's self time by event (the traces stay in the profile dir).

import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import type { Browser, CDPSession, Page } from 'playwright-core'
import { build } from 'vite'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { createMapWith, launchChromium, type LocalServer } from '../bin/headless'
import { sampleJourney } from '../bin/sample-journey'
import { startServer } from '../server/app'
import { DEFAULTS } from '../server/config'
import { createLogger } from '../server/log'
import { CARD_SIZE } from '../src/domain/card'
import { phaseColumns } from '../src/domain/geometry'
import type { JourneyMap } from '../src/domain/types'
import { EMOTION_STYLES } from '../src/canvas/channel-icons'
import { MIN_ZOOM } from '../src/canvas/zoom-range'
import { sendOwnPresenceOnly } from '../src/collab/presence-echo'
import { percentile } from './clients'
import { spawnServer } from '../test/support/server'
import { printProfile, profileFrames, profileOpen, type FrameProfile } from './canvas-profile'

const log = (text: string) => {
  if (process.argv.includes('--verbose')) process.stderr.write(`    ${text}\n`)
}
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i === -1 ? undefined : process.argv[i + 1]
}
const SIZES = (arg('sizes') ?? '50,1000,2000,5000').split(',').map(Number)
const RUNS = Number(arg('runs') ?? 2)
/**
 * Opens of each page on top of the runs' (alternating which goes first), for the open's median:
 * one open differs from the next by up to ±10 % on this machine, so two runs could not tell a
 * 5 % gap from none.
 */
const OPENS = Number(arg('opens') ?? 4)
const STEPS = Number(arg('steps') ?? 30)
const CHARS = Number(arg('chars') ?? 60)
/** A drag stops early after this long, so a slow page cannot stretch the run without bound. */
const DRAG_BUDGET_MS = 20_000
const PROFILE = process.argv.includes('--profile')
/** --profile-open: trace each page's open in the first run and print where its main thread went. */
const PROFILE_OPEN = process.argv.includes('--profile-open')
/** Where --profile leaves its traces and CPU profiles, to open in Chrome DevTools. */
const PROFILE_DIR = path.join(os.tmpdir(), 'trailmap-canvas-profiles')
/** --css <file>: extra style rules for Trailmap's page, to try what a CSS change would save. */
const EXTRA_CSS = arg('css') ? fs.readFileSync(arg('css')!, 'utf8') : null
const DIST = arg('dist') ?? path.join(ROOT, 'dist')
const VIEWPORT = { width: 1440, height: 900 }
const PEERS = 5
const WITH_PEERS = !process.argv.includes('--no-peers')
const PEER_HZ = 10

// In-page helpers, as plain JavaScript (tsx would compile functions with helpers the page lacks).
const HELPERS = `
window.__bench = {
  frame: () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now())))),
  lastKey: '',
  ready(cards) {
    const vp = document.querySelector('.react-flow__viewport')
    const pane = document.querySelector('.react-flow')
    if (!vp || !pane) return false
    const rect = pane.getBoundingClientRect()
    const m = new DOMMatrixReadOnly(getComputedStyle(vp).transform)
    const k = m.a, tx = m.e, ty = m.f
    const present = new Set()
    // Drawn and interactive: a card that cannot be dragged yet (its role still unknown) is not.
    for (const el of document.querySelectorAll('.react-flow__node.draggable')) {
      if (el.style.visibility !== 'hidden') present.add(el.getAttribute('data-id'))
    }
    let visible = 0
    for (const [id, x, y] of cards) {
      const sx = x * k + tx, sy = y * k + ty
      if (sx + ${CARD_SIZE.width} * k < 0 || sy + ${CARD_SIZE.height} * k < 0 || sx > rect.width || sy > rect.height) continue
      visible++
      if (!present.has(id)) return false
    }
    if (visible === 0) return false
    // The fitted view, not a first frame before the fit (the plain page draws one at 100 %): every
    // card in view, or the map bigger than the view at the smallest zoom, which both pages share.
    if (visible < cards.length && k > ${MIN_ZOOM} + 1e-6) return false
    const key = k + ',' + tx + ',' + ty
    const stable = this.lastKey === key
    this.lastKey = key
    return stable ? visible : false
  },
  /** The viewport's zoom, from the transform React Flow puts on it. */
  zoom() {
    return new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')).transform).a
  },
  /** The middle of the pane in page px. */
  middle() {
    const pane = document.querySelector('.react-flow').getBoundingClientRect()
    return { x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 }
  },
  /** The card nearest the middle of the pane (skipping 'skip'), as id and centre in page px. */
  pick(skip) {
    const pane = document.querySelector('.react-flow').getBoundingClientRect()
    const cx = pane.left + pane.width / 2, cy = pane.top + pane.height / 2
    let best = null
    for (const el of document.querySelectorAll('.react-flow__node[data-id^="tp-"]')) {
      const id = el.getAttribute('data-id')
      if (skip.includes(id)) continue
      const r = el.getBoundingClientRect()
      const x = r.left + r.width / 2, y = r.top + r.height / 2
      const d = Math.hypot(x - cx, y - cy)
      if (!best || d < best.d) best = { id, x, y, d, w: r.width, h: r.height }
    }
    return best
  },
}
`

interface Figures {
  openMs: number
  /** The renderer main thread's work during the open (ms by Performance.getMetrics name). */
  openMain: Record<string, number>
  visible: number
  drag: number[]
  typing: number[]
  /** Frames of panning the fitted view and at 100% zoom (panFrames). */
  pan: { fit: number[]; full: number[] }
  peers: number[] | null
  metrics: Record<string, number>
  /** CPU of all Chromium processes per drag frame, ms (chromiumCpuByProcess). */
  cpu: {
    drag: number
    /** The same by kind of Chromium process (renderer, gpu, browser, utility). */
    dragSplit: Record<string, number>
    peers: number | null
    /** Per drag frame with peers: by kind of Chromium process, and Node's (the peers, the server). */
    peersSplit: Record<string, number> | null
    typing: TypingCpu
  }
  profile: {
    drag: FrameProfile
    typing: FrameProfile
    peers: FrameProfile | null
    pan: FrameProfile
  } | null
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length / 2
  if (sorted.length % 2 === 1) return sorted[Math.floor(mid)] ?? NaN
  return ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2
}
const p = (values: readonly number[], q: number) =>
  percentile(
    [...values].sort((a, b) => a - b),
    q,
  )

/**
 * Keystrokes that took a frame more than most: slower than 1.5 times the run's median. A keystroke
 * here takes about two frames or about three, so the p95 of 60 is decided by whether more than
 * three of them miss a frame; this says how many did.
 */
function missedFrames(runs: readonly { typing: readonly number[] }[]) {
  let missed = 0
  let all = 0
  for (const { typing } of runs) {
    const slow = 1.5 * p(typing, 50)
    missed += typing.filter((frame) => frame > slow).length
    all += typing.length
  }
  return { missed, all }
}

function mapOf(cards: number): JourneyMap {
  const phases = cards <= 50 ? 5 : 10
  const perPhase = Math.ceil(cards / phases)
  const across = perPhase <= 10 ? 2 : perPhase <= 100 ? 4 : perPhase <= 200 ? 5 : 8
  return sampleJourney({ title: `Bench ${cards}`, phases, perPhase, across, notes: 0 })
}

/** Absolute card positions and the plain page's JSON for the same map. */
function plainMap(map: JourneyMap) {
  const columnX = new Map(phaseColumns(map).map((c) => [c.phase.id, c.x]))
  const cards = Object.values(map.touchpoints).map((t) => ({
    id: t.id,
    x: t.position.x + (t.phaseId ? (columnX.get(t.phaseId) ?? 0) : 0),
    y: t.position.y,
    title: t.title,
    channel: t.channel,
    color: (EMOTION_STYLES[t.emotion] ?? EMOTION_STYLES[0]).color,
  }))
  const edges = Object.values(map.edges).map((e) => ({
    id: e.id,
    source: e.source,
    target: e.target,
  }))
  return { cards, edges }
}

async function buildPlainPage(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trailmap-plain-flow-'))
  await build({
    root: path.join(ROOT, 'bench/canvas-plain'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, minify: !PROFILE },
  })
  return outDir
}

/** The editor built unminified into a temp dir, for profiles with readable function names. */
async function buildReadableApp(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trailmap-readable-app-'))
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true, minify: false } })
  return outDir
}

function serveStatic(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
  }
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname))
    const target = file.endsWith('/') ? path.join(file, 'index.html') : file
    if (!target.startsWith(dir) || !fs.existsSync(target)) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, {
      'content-type': types[path.extname(target)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    })
    fs.createReadStream(target).pipe(res)
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      })
    }),
  )
}

async function startTrailmap(dbPath: string, staticDir: string): Promise<LocalServer> {
  const server = await startServer(
    {
      ...DEFAULTS,
      host: '127.0.0.1',
      port: 0,
      dbPath,
      staticDir,
      logLevel: 'silent',
      auth: false,
    },
    createLogger('silent'),
  )
  return { server, url: server.url, close: () => server.close() }
}

/**
 * The server as `npm start` runs it, in a process of its own: in this one its handling of each
 * keystroke's update would hold up the driver's next key, which a real server never does.
 */
async function spawnTrailmap(dbPath: string, staticDir: string) {
  const server = await spawnServer({
    TRAILMAP_DB: dbPath,
    TRAILMAP_STATIC_DIR: staticDir,
    TRAILMAP_AUTH: 'off',
    TRAILMAP_LOG_LEVEL: 'info',
  })
  const close = async () => {
    server.child.kill('SIGTERM')
    await server.exited
  }
  return { url: server.url, pid: server.child.pid ?? 0, close }
}

let serverPid = 0

/** CPU the server process has used, ms. */
function serverCpuMs(): number {
  if (serverPid === 0) return 0
  return cpuOfStat(fs.readFileSync(`/proc/${serverPid}/stat`, 'utf8'))
}

/** User + system CPU (ms) from a /proc/PID/stat line. */
function cpuOfStat(stat: string): number {
  // After "pid (comm) ": state, ... utime and stime are the 12th and 13th fields (clock ticks).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) * (1000 / CLOCK_TICKS_PER_SECOND)
}

/** 5 people dragging cards through awareness at 10 Hz each, until stopped. */
function startPeers(wsUrl: string, mapId: string, cardIds: readonly string[]): Peers {
  const peers = Array.from({ length: PEERS }, (_, i) => {
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(wsUrl, mapId, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    })
    // Colleagues are Trailmap editors: they send their own presence only, not back what they hear.
    sendOwnPresenceOnly(provider)
    const id = cardIds[i % cardIds.length] ?? 'tp-1'
    let t = 0
    const timer = setInterval(() => {
      t++
      provider.awareness.setLocalState({
        user: {
          name: `Peer ${i + 1}`,
          color: ['#e11d48', '#7c3aed', '#0891b2', '#65a30d', '#ea580c'][i]!,
        },
        cursor: { x: 100 + t * 3, y: 200 + i * 40 },
        selection: [id],
        dragging: { [id]: { x: 200 + i * 300 + (t % 40) * 4, y: 300 + (t % 20) * 3 } },
      })
    }, 1000 / PEER_HZ)
    return { doc, provider, timer }
  })
  const synced = Promise.all(
    peers.map(
      ({ provider }) =>
        new Promise<void>((resolve) => {
          if (provider.synced) return resolve()
          provider.once('sync', () => resolve())
        }),
    ),
  ).then(() => undefined)
  const stop = () => {
    for (const peer of peers) {
      clearInterval(peer.timer)
      peer.provider.destroy()
      peer.doc.destroy()
    }
  }
  return { stop, synced }
}

interface Peers {
  stop(): void
  /** Resolves once every colleague has the map. */
  synced: Promise<void>
}

/**
 * CPU time (user + system, ms) of every Chromium process on this machine, from /proc (Linux), by
 * kind of process (renderer, gpu, browser, utility): the main thread's figures leave out
 * rasterising and compositing on other threads, and the browser and network processes carry every
 * websocket frame and IndexedDB write; all compete for the same two cores here.
 */
function chromiumCpuByProcess(): Map<string, number> {
  const byKind = new Map<string, number>()
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue
    let stat: string
    let command: string
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
      command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    } catch {
      continue // the process ended meanwhile
    }
    const close = stat.lastIndexOf(')')
    if (!stat.slice(stat.indexOf('(') + 1, close).startsWith('chrom')) continue
    const ms = cpuOfStat(stat)
    const kind = /--type=([a-z-]+)/.exec(command)?.[1]?.replace('-process', '') ?? 'browser'
    byKind.set(kind, (byKind.get(kind) ?? 0) + ms)
  }
  return byKind
}

/** Busy and total CPU time of the whole machine so far, in clock ticks (/proc/stat's first line). */
function machineTicks(): { busy: number; total: number } {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? ''
  const ticks = line.trim().split(/\s+/).slice(1).map(Number)
  const total = ticks.reduce((sum, n) => sum + n, 0)
  // The fourth and fifth fields are idle and iowait.
  return { busy: total - (ticks[3] ?? 0) - (ticks[4] ?? 0), total }
}

/** A machine busier than this share of its CPUs is still finishing earlier work. */
const QUIET_SHARE = 0.1
const QUIET_WINDOW_MS = 250
const QUIET_MAX_MS = 20_000

/**
 * Waits until the whole machine has been quiet for one window (or QUIET_MAX_MS has passed), and
 * says how long that took. When a Trailmap page closes, its server stores and unloads the map
 * (compaction, the automatic version, the map list's summary): ~0.5 s of work at 2,000 cards,
 * which landed in the next page's open: the plain page opened 15–28 % slower right after Trailmap
 * than in its other run (2,000 cards, 4 pairs of runs).
 */
async function waitForQuietMachine(): Promise<number> {
  const started = performance.now()
  while (performance.now() - started < QUIET_MAX_MS) {
    const before = machineTicks()
    await new Promise((resolve) => setTimeout(resolve, QUIET_WINDOW_MS))
    const after = machineTicks()
    const share = (after.busy - before.busy) / Math.max(1, after.total - before.total)
    if (share < QUIET_SHARE) return performance.now() - started
  }
  process.stderr.write(
    `  the machine was still busy after ${QUIET_MAX_MS / 1000} s; measuring anyway\n`,
  )
  return performance.now() - started
}

/** CPU per frame by kind of process between two readings of chromiumCpuByProcess. */
function cpuSplit(before: Map<string, number>, after: Map<string, number>, frames: number) {
  return Object.fromEntries(
    [...after].map(([kind, ms]) => [kind, (ms - (before.get(kind) ?? 0)) / frames]),
  )
}
const CLOCK_TICKS_PER_SECOND = 100

/** process.cpuUsage's µs as ms. */
const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000

/**
 * Node's CPU from now on: this driver's (the plain page's static server, the colleagues) and that
 * of Trailmap's server process. Returns the reading: ms used since the call.
 */
function nodeCpuFromNow(): () => number {
  const driver = process.cpuUsage()
  const server = serverCpuMs()
  return () => cpuMs(process.cpuUsage(driver)) + serverCpuMs() - server
}

const METRICS = ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration', 'TaskDuration']

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[]
  }
  return Object.fromEntries(
    metrics.filter((m) => METRICS.includes(m.name)).map((m) => [m.name, m.value]),
  )
}

async function dragFrames(page: Page, skip: string[], steps = STEPS): Promise<number[]> {
  const card = (await page.evaluate(`window.__bench.pick(${JSON.stringify(skip)})`)) as {
    id: string
    x: number
    y: number
  } | null
  if (!card) throw new Error('no card to drag')
  await page.mouse.move(card.x, card.y)
  await page.mouse.down()
  const times: number[] = []
  const deadline = performance.now() + DRAG_BUDGET_MS
  for (let i = 1; i <= steps && (i < 5 || performance.now() < deadline); i++) {
    await page.mouse.move(card.x + i * 3, card.y + (i % 2))
    times.push((await page.evaluate('window.__bench.frame()')) as number)
  }
  await page.mouse.up()
  await page.evaluate('window.__bench.frame()')
  // The first move only starts the drag (React Flow waits for a threshold); skip its frame.
  return times.slice(2).map((t, i) => t - times[i + 1]!)
}

/** Screen px per wheel event (React Flow pans by half the wheel's delta). */
const PAN_DELTA = 80
/** Wheel steps in one direction before the pan turns back, so the view stays over the map. */
const PAN_LEG = 10

/**
 * Panning with the wheel (both pages pan on scroll), one step per frame, across the columns and
 * back every PAN_LEG steps so the view stays over the map. `zoom` null pans the fitted view (a
 * big map zoomed out: every card drawn at once); a number first zooms in around the pane's middle
 * (Ctrl + wheel) to at least that zoom, the way someone reads a big map, where cards scroll in and
 * out of view the whole time. Frames are measured as for the drag.
 */
async function panFrames(page: Page, zoom: number | null, steps = STEPS): Promise<number[]> {
  const middle = (await page.evaluate('window.__bench.middle()')) as { x: number; y: number }
  await page.mouse.move(middle.x, middle.y)
  if (zoom !== null) {
    const current = async () => (await page.evaluate('window.__bench.zoom()')) as number
    await page.keyboard.down('Control')
    for (let i = 0; i < 20 && (await current()) < zoom; i++) {
      await page.mouse.wheel(0, -100)
      await page.evaluate('window.__bench.frame()')
    }
    await page.keyboard.up('Control')
    // What the zoom mounted settles before the first measured step.
    await page.waitForTimeout(500)
  }
  const times: number[] = [(await page.evaluate('window.__bench.frame()')) as number]
  const deadline = performance.now() + DRAG_BUDGET_MS
  for (let i = 0; i < steps && (i < 5 || performance.now() < deadline); i++) {
    const direction = Math.floor(i / PAN_LEG) % 2 === 0 ? 1 : -1
    await page.mouse.wheel(PAN_DELTA * direction, 0)
    times.push((await page.evaluate('window.__bench.frame()')) as number)
  }
  return times.slice(1).map((t, i) => t - times[i]!)
}

/** Keystroke frames, and the CPU they took (from the first keystroke on, not the selecting). */
async function typingFrames(page: Page, cdp: CDPSession): Promise<number[] & { cpu: TypingCpu }> {
  const card = (await page.evaluate(`window.__bench.pick([])`)) as { x: number; y: number } | null
  if (!card) throw new Error('no card to select')
  await page.mouse.click(card.x, card.y)
  const field = page.getByRole('textbox', { name: 'Title', exact: true })
  await field.click()
  await page.keyboard.press('End')
  const times: number[] = [(await page.evaluate('window.__bench.frame()')) as number]
  const before = await metrics(cdp)
  const chromium = chromiumCpuByProcess()
  const nodeCpu = nodeCpuFromNow()
  const deadline = performance.now() + DRAG_BUDGET_MS
  for (let i = 0; i < CHARS && (i < 5 || performance.now() < deadline); i++) {
    await page.keyboard.type(String.fromCharCode(97 + (i % 26)))
    times.push((await page.evaluate('window.__bench.frame()')) as number)
  }
  const frames = times.slice(1).map((t, i) => t - times[i]!)
  const split = cpuSplit(chromium, chromiumCpuByProcess(), frames.length)
  const after = await metrics(cdp)
  const cpu = {
    chromium: Object.values(split).reduce((a, b) => a + b, 0),
    split,
    main: Object.fromEntries(
      METRICS.map((m) => [m, (((after[m] ?? 0) - (before[m] ?? 0)) * 1000) / frames.length]),
    ),
    node: nodeCpu() / frames.length,
  }
  return Object.assign(frames, { cpu })
}

interface TypingCpu {
  /** All Chromium processes, ms per keystroke. */
  chromium: number
  /** The same by kind of Chromium process. */
  split: Record<string, number>
  /** The renderer's main thread per keystroke (Performance.getMetrics, ms). */
  main: Record<string, number>
  /** Node: the driver with the plain page's static server, and for Trailmap its server's process. */
  node: number
}

/**
 * Opens `url` in a new context once the machine is quiet: the time from navigation until every
 * card in the fitted view is drawn and draggable, how many that is, and the renderer main
 * thread's task, script, style and layout time meanwhile (Performance.getMetrics, ms; the CDP
 * session that reads them is returned for the measures after the open). `traceTo`: trace the
 * open (profileOpen) and return where the main thread went.
 */
async function openPage(
  browser: Browser,
  url: string,
  cards: [string, number, number][],
  traceTo: string | null,
) {
  log(`quiet after ${Math.round(await waitForQuietMachine())} ms`)
  // The bench drives the page with evaluated predicates, which its CSP (no eval) would refuse.
  const context = await browser.newContext({ viewport: VIEWPORT, bypassCSP: true })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.addInitScript(`${HELPERS}\nwindow.__benchCards = ${JSON.stringify(cards)}`)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable')
  const started = performance.now()
  const open = async () => {
    await page.goto(url)
    return page.waitForFunction('window.__bench.ready(window.__benchCards)', null, {
      polling: 'raf',
      timeout: 180_000,
    })
  }
  let ready!: Awaited<ReturnType<typeof open>>
  const openPhases = traceTo
    ? await profileOpen(browser, page, async () => void (ready = await open()), traceTo)
    : ((ready = await open()), null)
  const openMs = performance.now() - started
  const visible = (await ready.jsonValue()) as number
  const seconds = await metrics(cdp)
  const main = Object.fromEntries(METRICS.map((m) => [m, (seconds[m] ?? NaN) * 1000]))
  return { context, page, cdp, errors, openMs, visible, openPhases, main }
}

/** One more open of `url`, and nothing else (see OPENS). */
async function openOnly(browser: Browser, url: string, cards: [string, number, number][]) {
  const { context, errors, openMs, main } = await openPage(browser, url, cards, null)
  await context.close()
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`)
  log(`open ${Math.round(openMs)} ms`)
  return { openMs, main }
}

async function measure(
  browser: Browser,
  label: 'trailmap' | 'plain',
  url: string,
  cards: [string, number, number][],
  peers: (() => Peers) | null,
  profile: boolean,
  extraCss: string | null = null,
  profileOpenNow = profile,
): Promise<Figures> {
  const { context, page, cdp, errors, openMs, visible, openPhases, main } = await openPage(
    browser,
    url,
    cards,
    profileOpenNow && PROFILE_OPEN ? path.join(PROFILE_DIR, `${cards.length}-${label}-open`) : null,
  )
  if (openPhases) {
    console.log(
      `\n${cards.length} cards, open, ${label}: ${Math.round(openMs)} ms; main thread, self ms`,
    )
    for (const [name, ms] of openPhases.slice(0, 16))
      console.log(`    ${ms.toFixed(1).padStart(8)}  ${name}`)
  }
  if (extraCss) await page.addStyleTag({ content: extraCss })
  log(`open ${Math.round(openMs)} ms`)
  const before = await metrics(cdp)
  const cpuBefore = chromiumCpuByProcess()
  const drag = await dragFrames(page, [])
  const dragSplit = cpuSplit(cpuBefore, chromiumCpuByProcess(), drag.length + 2)
  const dragCpu = Object.values(dragSplit).reduce((a, b) => a + b, 0)
  const after = await metrics(cdp)
  const perFrame = Object.fromEntries(
    METRICS.map((m) => [m, (((after[m] ?? 0) - (before[m] ?? 0)) * 1000) / (drag.length + 2)]),
  )
  log('dragged')
  const typing = await typingFrames(page, cdp)
  log('typed')
  await page.keyboard.press('Escape')
  const traced = (name: string, work: () => Promise<number[]>) =>
    profileFrames(
      browser,
      page,
      cdp,
      async () => (await work()).length,
      path.join(PROFILE_DIR, `${cards.length}-${label}-${name}`),
    )
  const drags = () => dragFrames(page, [])
  const dragProfile = profile ? await traced('drag', drags) : null
  const typingProfile = profile ? await traced('typing', () => typingFrames(page, cdp)) : null
  if (profile) await page.keyboard.press('Escape')
  let peerFrames: number[] | null = null
  let peersCpu: number | null = null
  let peersSplit: Record<string, number> | null = null
  let peersProfile: FrameProfile | null = null
  if (peers) {
    const { stop, synced } = peers()
    try {
      // Colleagues who have just joined: each loads the whole map, here in this process, and
      // Trailmap's editor draws them joining. Measured is their dragging, once that is over.
      await synced
      await new Promise((resolve) => setTimeout(resolve, 1000))
      const cpu = chromiumCpuByProcess()
      const nodeCpu = nodeCpuFromNow()
      peerFrames = await dragFrames(page, [])
      const frames = peerFrames.length + 2
      peersSplit = cpuSplit(cpu, chromiumCpuByProcess(), frames)
      peersCpu = Object.values(peersSplit).reduce((a, b) => a + b, 0)
      peersSplit.node = nodeCpu() / frames
      if (profile) peersProfile = await traced('peers', drags)
    } finally {
      stop()
    }
  }
  // The fitted view's pan, traced (in a profiled run the measured pans then start a few steps off).
  const panProfile = profile ? await traced('pan', () => panFrames(page, null)) : null
  // Last: it leaves the view zoomed in, and every measure above starts from the fitted view.
  const pan = { fit: await panFrames(page, null), full: await panFrames(page, 1) }
  log('panned')
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`)
  await context.close()
  return {
    openMs,
    openMain: main,
    visible,
    drag,
    typing,
    pan,
    peers: peerFrames,
    metrics: perFrame,
    cpu: { drag: dragCpu, dragSplit, peers: peersCpu, peersSplit, typing: typing.cpu },
    profile:
      dragProfile && typingProfile && panProfile
        ? { drag: dragProfile, typing: typingProfile, peers: peersProfile, pan: panProfile }
        : null,
  }
}

/** A title line, then right-aligned columns. */
function printTable(title: string, header: string[], lines: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)))
  const fmt = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ')
  if (title) console.log(title)
  console.log(fmt(header))
  for (const line of lines) console.log(fmt(line))
}

const ms = (value: number) =>
  Number.isFinite(value) ? `${value.toFixed(value < 100 ? 1 : 0)}` : '—'
// A figure not measured (no peers with --no-peers) is NaN: its ratio is a dash too.
const ratio = (a: number, b: number) =>
  Number.isFinite(a) && b > 0 ? `${(a / b).toFixed(2)}×` : '—'

async function main() {
  const benchStarted = performance.now()
  const plainDir = await buildPlainPage()
  const appDir = PROFILE ? await buildReadableApp() : DIST
  if (PROFILE || PROFILE_OPEN) fs.mkdirSync(PROFILE_DIR, { recursive: true })
  const plain = await serveStatic(plainDir)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trailmap-bench-canvas-'))
  const dbPath = path.join(dataDir, 'trailmap.db')
  // Frames as fast as the page can draw them, not capped at the display's rate.
  const browser = await launchChromium(['--disable-frame-rate-limit', '--disable-gpu-vsync'])
  const rows: {
    cards: number
    trailmap: Figures[]
    plain: Figures[]
    opens: { trailmap: number[]; plain: number[] }
    openMain: { trailmap: Record<string, number>[]; plain: Record<string, number>[] }
  }[] = []
  let served: Awaited<ReturnType<typeof spawnTrailmap>> | null = null
  try {
    // Seed every map first, then restart the server so maps are opened from SQLite.
    const local = await startTrailmap(dbPath, appDir)
    const maps = new Map<number, { id: string; map: JourneyMap }>()
    for (const size of SIZES) {
      const map = mapOf(size)
      maps.set(size, { id: await createMapWith(local, map), map })
    }
    await local.server.storage.log.flush()
    await local.close()
    served = await spawnTrailmap(dbPath, appDir)
    serverPid = served.pid
    const url = served.url
    const wsUrl = `${url.replace(/^http/, 'ws')}sync`
    for (const size of SIZES) {
      const { id, map } = maps.get(size)!
      const json = plainMap(map)
      fs.writeFileSync(path.join(plainDir, 'map.json'), JSON.stringify(json))
      const cards = json.cards.map((c): [string, number, number] => [c.id, c.x, c.y])
      const peerIds = json.cards.slice(0, PEERS).map((c) => c.id)
      const colleagues = WITH_PEERS ? () => startPeers(wsUrl, id, peerIds) : null
      const row = {
        cards: size,
        trailmap: [] as Figures[],
        plain: [] as Figures[],
        /** Every open of each page, the runs' first, in the order they were made. */
        opens: { trailmap: [] as number[], plain: [] as number[] },
        /** The main thread's work during each of those opens, in the same order. */
        openMain: {
          trailmap: [] as Record<string, number>[],
          plain: [] as Record<string, number>[],
        },
      }
      for (let run = 0; run < RUNS; run++) {
        // Alternate the order so neither page always runs on a warmer machine.
        const order =
          run % 2 === 0 ? (['trailmap', 'plain'] as const) : (['plain', 'trailmap'] as const)
        for (const which of order) {
          if (which === 'trailmap') {
            row.trailmap.push(
              await measure(
                browser,
                'trailmap',
                `${url}m/${id}`,
                cards,
                colleagues,
                PROFILE && run === 0,
                EXTRA_CSS,
                run === 0,
              ),
            )
          } else {
            row.plain.push(
              await measure(
                browser,
                'plain',
                plain.url,
                cards,
                colleagues,
                PROFILE && run === 0,
                null,
                run === 0,
              ),
            )
          }
        }
        process.stderr.write(`  ${size} cards: run ${run + 1}/${RUNS} done\n`)
      }
      for (const which of ['trailmap', 'plain'] as const) {
        row.opens[which].push(...row[which].map((r) => r.openMs))
        row.openMain[which].push(...row[which].map((r) => r.openMain))
      }
      for (let i = 0; i < OPENS; i++) {
        // Continues the runs' alternation: each pair of opens starts with the other page.
        const trailmapFirst = (RUNS + i) % 2 === 0
        const order = trailmapFirst
          ? (['trailmap', 'plain'] as const)
          : (['plain', 'trailmap'] as const)
        for (const which of order) {
          const { openMs, main } = await openOnly(
            browser,
            which === 'trailmap' ? `${url}m/${id}` : plain.url,
            cards,
          )
          row.opens[which].push(openMs)
          row.openMain[which].push(main)
        }
      }
      if (OPENS > 0) process.stderr.write(`  ${size} cards: ${OPENS} more opens each done\n`)
      rows.push(row)
    }
  } finally {
    await served?.close()
    await browser.close()
    await plain.close()
    fs.rmSync(plainDir, { recursive: true, force: true })
    fs.rmSync(dataDir, { recursive: true, force: true })
    if (appDir !== DIST) fs.rmSync(appDir, { recursive: true, force: true })
  }

  // Per run the figures of both pages come from the same minute; the table shows medians over runs
  // (the open: over every open, the runs' and the extra ones).
  const summary = rows.map(({ cards, trailmap, plain, opens, openMain }) => {
    const pick = (runs: Figures[], f: (x: Figures) => number) => median(runs.map(f))
    const t = {
      open: median(opens.trailmap),
      dragP50: pick(trailmap, (r) => p(r.drag, 50)),
      dragP95: pick(trailmap, (r) => p(r.drag, 95)),
      typeP50: pick(trailmap, (r) => p(r.typing, 50)),
      typeP95: pick(trailmap, (r) => p(r.typing, 95)),
      peersP95: pick(trailmap, (r) => p(r.peers ?? [], 95)),
      panFitP95: pick(trailmap, (r) => p(r.pan.fit, 95)),
      panFullP95: pick(trailmap, (r) => p(r.pan.full, 95)),
      visible: pick(trailmap, (r) => r.visible),
    }
    const f = {
      open: median(opens.plain),
      dragP50: pick(plain, (r) => p(r.drag, 50)),
      dragP95: pick(plain, (r) => p(r.drag, 95)),
      typeP50: pick(plain, (r) => p(r.typing, 50)),
      typeP95: pick(plain, (r) => p(r.typing, 95)),
      peersP95: pick(plain, (r) => p(r.peers ?? [], 95)),
      panFitP95: pick(plain, (r) => p(r.pan.fit, 95)),
      panFullP95: pick(plain, (r) => p(r.pan.full, 95)),
      visible: pick(plain, (r) => r.visible),
    }
    return { cards, t, f, trailmap, plain, opens, openMain }
  })
  console.log(
    `\nCanvas benchmark: Trailmap vs plain React Flow (headless Chromium ${VIEWPORT.width}×${VIEWPORT.height}, median of ${RUNS} runs (mean of the middle two when even; the open: of ${RUNS + OPENS} opens), ${STEPS} drag moves, ${CHARS} keystrokes; ms)\n`,
  )
  const header = [
    'cards',
    'open TM',
    'open RF',
    'ratio',
    'drag p50 TM',
    'RF',
    'drag p95 TM',
    'RF',
    'ratio',
    'type p50 TM',
    'RF',
    'type p95 TM',
    'RF',
    'ratio',
    'drag+5 peers p95 TM',
    'RF',
    'ratio',
    'vs RF drag',
  ]
  /** Trailmap's figure, the plain page's and their ratio. */
  const sideBySide = (tm: number, rf: number) => [ms(tm), ms(rf), ratio(tm, rf)]
  const lines = summary.map(({ cards, t, f }) => [
    cards.toLocaleString('en'),
    ...sideBySide(t.open, f.open),
    ms(t.dragP50),
    ms(f.dragP50),
    ...sideBySide(t.dragP95, f.dragP95),
    ms(t.typeP50),
    ms(f.typeP50),
    ...sideBySide(t.typeP95, f.typeP95),
    ...sideBySide(t.peersP95, f.peersP95),
    ratio(t.peersP95, f.dragP95),
  ])
  printTable('', header, lines)
  printTable(
    `\nPanning, one wheel step (${PAN_DELTA / 2} px) per frame, ${STEPS} steps: frame p95 (ms)`,
    ['cards', 'fitted view TM', 'RF', 'ratio', 'at 100% TM', 'RF', 'ratio'],
    summary.map(({ cards, t, f }) => [
      cards.toLocaleString('en'),
      ...sideBySide(t.panFitP95, f.panFitP95),
      ...sideBySide(t.panFullP95, f.panFullP95),
    ]),
  )
  console.log(
    '\nPer run (TM / RF): open ms; drag p95; typing p95; pan p95; cards visible after open',
  )
  for (const { cards, trailmap, plain } of summary) {
    trailmap.forEach((r, i) => {
      const o = plain[i]!
      console.log(
        `  ${String(cards).padStart(5)} run ${i + 1}: open ${ms(r.openMs)} / ${ms(o.openMs)}; drag ${ms(p(r.drag, 95))} / ${ms(p(o.drag, 95))}; typing ${ms(p(r.typing, 95))} / ${ms(p(o.typing, 95))}; pan fitted ${ms(p(r.pan.fit, 95))} / ${ms(p(o.pan.fit, 95))}; pan 100% ${ms(p(r.pan.full, 95))} / ${ms(p(o.pan.full, 95))}; peers ${ms(p(r.peers ?? [], 95))} / ${ms(p(o.peers ?? [], 95))}; visible ${r.visible} / ${o.visible}`,
      )
    })
  }
  /** Sizes with at least one run (`--runs 0` measures opens only). */
  const measured = summary.filter(({ trailmap, plain }) => trailmap[0] && plain[0])
  console.log(
    `\nOpens, in the order made (ms; the runs' first, then ${OPENS} more of each page, alternating which goes first): TM; RF; ratio of each pair`,
  )
  for (const { cards, opens } of summary) {
    const pairs = opens.trailmap.map((tm, i) => tm / (opens.plain[i] ?? NaN))
    const list = (values: number[], digits: number) =>
      values.map((v) => v.toFixed(digits)).join(', ')
    console.log(
      `  ${String(cards).padStart(5)}: ${list(opens.trailmap, 0)}; ${list(opens.plain, 0)}; ${list(pairs, 2)} (median ${median(pairs).toFixed(2)})`,
    )
  }
  console.log(
    '\nMain-thread work during the open (Performance.getMetrics, ms, median of all opens; TM / RF): whether a page waited or worked',
  )
  for (const { cards, openMain } of summary) {
    const [tm, rf] = [openMain.trailmap, openMain.plain].map((opens) =>
      Object.fromEntries(METRICS.map((m) => [m, median(opens.map((o) => o[m] ?? NaN))])),
    )
    console.log(
      `  ${String(cards).padStart(5)}: ${METRICS.map((m) => `${m.replace('Duration', '')} ${ms(tm![m]!)} / ${ms(rf![m]!)}`).join('; ')}`,
    )
  }
  console.log(
    "\nKeystrokes that missed a frame (slower than 1.5× their run's median typing frame), all runs; TM / RF",
  )
  for (const { cards, trailmap, plain } of summary) {
    const [tm, rf] = [missedFrames(trailmap), missedFrames(plain)]
    const share = ({ missed, all }: { missed: number; all: number }) =>
      `${missed} of ${all} (${all ? Math.round((100 * missed) / all) : 0} %)`
    console.log(`  ${String(cards).padStart(5)}: ${share(tm)} / ${share(rf)}`)
  }
  console.log('\nMain-thread work per drag frame (Performance.getMetrics, ms, first run; TM / RF)')
  for (const { cards, trailmap, plain } of measured) {
    const a = trailmap[0]!.metrics
    const b = plain[0]!.metrics
    console.log(
      `  ${String(cards).padStart(5)}: ${METRICS.map((m) => `${m.replace('Duration', '')} ${ms(a[m] ?? NaN)} / ${ms(b[m] ?? NaN)}`).join('; ')}`,
    )
  }
  console.log(
    '\nCPU per drag frame, all Chromium processes (ms, median of runs; TM / RF; with peers TM / RF)',
  )
  for (const { cards, trailmap, plain } of summary) {
    const tm = median(trailmap.map((r) => r.cpu.drag))
    const rf = median(plain.map((r) => r.cpu.drag))
    const tmPeers = median(trailmap.map((r) => r.cpu.peers ?? NaN))
    const rfPeers = median(plain.map((r) => r.cpu.peers ?? NaN))
    console.log(
      `  ${String(cards).padStart(5)}: ${ms(tm)} / ${ms(rf)} (${ratio(tm, rf)}); with peers ${ms(tmPeers)} / ${ms(rfPeers)} (${ratio(tmPeers, rfPeers)})`,
    )
  }
  console.log(
    '\nCPU per drag frame by Chromium process (ms, first run; TM / RF; then with peers, and Node: the driver, the peers and the server)',
  )
  for (const { cards, trailmap, plain } of measured) {
    const [tm, rf] = [trailmap[0]!.cpu.dragSplit, plain[0]!.cpu.dragSplit]
    const kinds = [...new Set([...Object.keys(tm), ...Object.keys(rf)])].sort()
    const shown = kinds.filter((kind) => (tm[kind] ?? 0) + (rf[kind] ?? 0) >= 0.5)
    console.log(
      `  ${String(cards).padStart(5)}: ${shown.map((kind) => `${kind} ${ms(tm[kind] ?? 0)} / ${ms(rf[kind] ?? 0)}`).join('; ')}`,
    )
    const [tmPeers, rfPeers] = [trailmap[0]!.cpu.peersSplit, plain[0]!.cpu.peersSplit]
    if (tmPeers && rfPeers) {
      const kinds = [...new Set([...Object.keys(tmPeers), ...Object.keys(rfPeers)])]
      const line = kinds.filter((kind) => (tmPeers[kind] ?? 0) + (rfPeers[kind] ?? 0) >= 0.5)
      console.log(
        `         with peers: ${line.map((kind) => `${kind} ${ms(tmPeers[kind] ?? 0)} / ${ms(rfPeers[kind] ?? 0)}`).join('; ')}`,
      )
    }
  }
  console.log(
    "\nCPU per keystroke (ms, median of runs; TM / RF): all Chromium processes; Node (the benchmark driver, which serves the plain page, and Trailmap's server process)",
  )
  for (const { cards, trailmap, plain } of summary) {
    const [tm, rf] = [trailmap, plain].map((runs) => median(runs.map((r) => r.cpu.typing.chromium)))
    const [tmNode, rfNode] = [trailmap, plain].map((runs) =>
      median(runs.map((r) => r.cpu.typing.node)),
    )
    console.log(
      `  ${String(cards).padStart(5)}: ${ms(tm!)} / ${ms(rf!)} (${ratio(tm!, rf!)}); ${ms(tmNode!)} / ${ms(rfNode!)}`,
    )
  }
  console.log('\nPer keystroke by Chromium process, and main-thread work (ms, first run; TM / RF)')
  for (const { cards, trailmap, plain } of measured) {
    const [tm, rf] = [trailmap[0]!.cpu.typing, plain[0]!.cpu.typing]
    const kinds = [...new Set([...Object.keys(tm.split), ...Object.keys(rf.split)])].sort()
    const shown = kinds.filter((kind) => (tm.split[kind] ?? 0) + (rf.split[kind] ?? 0) >= 0.5)
    const processes = shown.map(
      (kind) => `${kind} ${ms(tm.split[kind] ?? 0)} / ${ms(rf.split[kind] ?? 0)}`,
    )
    const main = METRICS.map(
      (m) => `${m.replace('Duration', '')} ${ms(tm.main[m] ?? NaN)} / ${ms(rf.main[m] ?? NaN)}`,
    )
    console.log(`  ${String(cards).padStart(5)}: ${[...processes, ...main].join('; ')}`)
  }
  for (const { cards, trailmap, plain } of summary) {
    const tm = trailmap[0]?.profile
    const rf = plain[0]?.profile
    if (rf) printProfile(`${cards} cards, drag, plain React Flow`, rf.drag)
    if (tm) printProfile(`${cards} cards, drag, Trailmap`, tm.drag)
    if (rf) printProfile(`${cards} cards, typing, plain React Flow`, rf.typing)
    if (tm) printProfile(`${cards} cards, typing, Trailmap`, tm.typing)
    if (rf?.peers) {
      printProfile(`${cards} cards, drag with ${PEERS} peers, plain React Flow`, rf.peers)
    }
    if (tm?.peers) printProfile(`${cards} cards, drag with ${PEERS} peers, Trailmap`, tm.peers)
    if (rf) printProfile(`${cards} cards, pan of the fitted view, plain React Flow`, rf.pan)
    if (tm) printProfile(`${cards} cards, pan of the fitted view, Trailmap`, tm.pan)
  }
  if (PROFILE) console.log(`\nTraces and CPU profiles (for Chrome DevTools): ${PROFILE_DIR}`)
  console.log(`\nwhole benchmark: ${((performance.now() - benchStarted) / 1000).toFixed(0)} s`)
  console.log(
    JSON.stringify(
      summary.map(({ cards, t, f }) => ({ cards, trailmap: t, plain: f })),
      (_, v: unknown) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v),
    ),
  )
}

await main()
