// The `trailmap` command line (README, "Command line"):
//
//   trailmap export <mapId | file.json | journey.mmd> [--png out.png] [--svg out.svg]
//                   [--pdf out.pdf] [--html out.html] [--mermaid out.mmd] [--json out.json]
//                   [--paper a3|a2|a1|a0|fit] [--layout poster|tiled] [--no-cover] [--no-summary]
//                   [--scale 1|2|3] [--background white|transparent|theme] [--padding px]
//                   [--no-notes] [--no-embed] [--lang en|de] [--server URL] [--token TOKEN]
//   trailmap sample <out.json> [--phases N] [--per-phase N] [--across N] [--title TITLE]
//
// A map id is read from a running server (default http://127.0.0.1:5174); a JSON file is checked
// like an import (every problem with its JSON path), a Mermaid journey likewise (every problem
// with its line). SVG, PDF, HTML and Mermaid are drawn from the map itself (bin/deliverables.ts);
// only the PNG needs headless Chromium, which draws it with the editor's own components, the map
// served by a server started in this process.

import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { parseMapFile, serializeMap } from '../src/domain/format'
import type { JourneyMap } from '../src/domain/types'
import { EXPORT_SCALES } from '../src/export/export-frame'
import type { HeadlessPngOptions } from '../src/export/export-hook'
import type { ExportBackground } from '../src/export/image-export'
import {
  HeadlessError,
  createMapWith,
  launchChromium,
  openExportPage,
  renderPng,
  startLocalServer,
} from './headless'
import {
  parseLang,
  parseLayout,
  parsePaper,
  readMermaidFile,
  writeDeliverables,
} from './deliverables'
import { sampleJourney } from './sample-journey'

const USAGE = `Usage:
  trailmap export <mapId | file.json | journey.mmd> [--png out.png] [--svg out.svg] [--pdf out.pdf]
                  [--html out.html] [--mermaid out.mmd] [--json out.json] [options]
  trailmap sample <out.json> [--phases 6] [--per-phase 50] [--across 4] [--title "Sample journey"]

Export options:
  --paper a3|a2|a1|a0|fit    PDF paper, landscape (default a3); fit: one page the size of the map
  --layout poster|tiled      PDF: the map on one page, or over several (breaks between phases)
  --no-cover                 PDF without the cover page (title, personas, top pain points…)
  --no-summary               PDF without the summary table of touchpoints
  --scale 1|2|3              PNG scale (default 2); lowered automatically for very large maps
  --background white|transparent|theme   (default white)
  --padding <px>             space around the map (default 48)
  --no-notes                 leave sticky notes out of pictures, the PDF and the HTML viewer
  --no-embed                 do not embed the map's JSON in the PNG
  --lang en|de               language of the SVG, PDF and HTML viewer (default en)
  --server <url>             server holding <mapId> (default $TRAILMAP_URL or http://127.0.0.1:5174)
  --token <token>            capability token, for servers that require one
`

class UsageError extends Error {}

const DEFAULT_SERVER = process.env.TRAILMAP_URL ?? 'http://127.0.0.1:5174'
const MAP_ID = /^[A-Za-z0-9_-]{1,64}$/

function log(message: string) {
  process.stderr.write(`${message}\n`)
}

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 10_000)
    throw new UsageError(`--${name} must be a whole number from 1 to 10000`)
  return n
}

function imageOptions(values: Record<string, string | boolean | undefined>): HeadlessPngOptions {
  const scale = Number(values.scale ?? 2)
  if (!(EXPORT_SCALES as readonly number[]).includes(scale))
    throw new UsageError('--scale must be 1, 2 or 3')
  const background = (values.background ?? 'white') as string
  if (!['white', 'transparent', 'theme'].includes(background)) {
    throw new UsageError('--background must be white, transparent or theme')
  }
  const padding = Number(values.padding ?? 48)
  if (!Number.isFinite(padding) || padding < 0 || padding > 400)
    throw new UsageError('--padding must be 0 to 400')
  return {
    scale,
    background: background as ExportBackground,
    padding,
    includeNotes: values['no-notes'] !== true,
    embed: values['no-embed'] !== true,
  }
}

function write(file: string, data: string | Uint8Array) {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  fs.writeFileSync(file, data)
}

/** A map file, checked like an import in the editor. */
function readMapFile(file: string): JourneyMap {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    throw new HeadlessError(`cannot read ${file}: ${(error as Error).message}`)
  }
  const loaded = parseMapFile(text)
  if (!loaded.ok) {
    const lines = loaded.problems.map((p) => `  ${p.path}: ${p.message}`)
    throw new HeadlessError(`${file} cannot be imported:\n${lines.join('\n')}`)
  }
  for (const repair of loaded.repairs) log(`repaired: ${repair}`)
  return loaded.map
}

async function fetchMapJson(
  server: string,
  id: string,
  token: string | undefined,
): Promise<string> {
  const url = new URL(
    `api/maps/${encodeURIComponent(id)}.json`,
    server.endsWith('/') ? server : `${server}/`,
  )
  if (token) url.searchParams.set('token', token)
  let res: Response
  try {
    res = await fetch(url)
  } catch {
    throw new HeadlessError(
      `cannot reach the Trailmap server at ${server} (start it with "npm start", or pass --server)`,
    )
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: string }
    throw new HeadlessError(`${url.origin} answered ${res.status}: ${body.error ?? res.statusText}`)
  }
  return res.text()
}

async function exportCommand(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      png: { type: 'string' },
      svg: { type: 'string' },
      pdf: { type: 'string' },
      html: { type: 'string' },
      mermaid: { type: 'string' },
      json: { type: 'string' },
      paper: { type: 'string' },
      layout: { type: 'string' },
      'no-cover': { type: 'boolean' },
      'no-summary': { type: 'boolean' },
      scale: { type: 'string' },
      background: { type: 'string' },
      padding: { type: 'string' },
      'no-notes': { type: 'boolean' },
      'no-embed': { type: 'boolean' },
      lang: { type: 'string' },
      server: { type: 'string' },
      token: { type: 'string' },
    },
  })
  const [source, ...extra] = positionals
  if (!source || extra.length > 0)
    throw new UsageError('export needs exactly one map id or JSON file')
  const drawn = [values.svg, values.pdf, values.html, values.mermaid]
  if (!values.png && !values.json && drawn.every((file) => !file))
    throw new UsageError('say what to write: --png, --svg, --pdf, --html, --mermaid and/or --json')
  const options = imageOptions(values)
  let paper: ReturnType<typeof parsePaper>
  let layout: ReturnType<typeof parseLayout>
  let locale: ReturnType<typeof parseLang>
  try {
    paper = parsePaper(values.paper)
    layout = parseLayout(values.layout, paper)
    locale = parseLang(values.lang)
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const isMermaid = /\.(mmd|mermaid)$/i.test(source)
  const isFile = isMermaid || source.endsWith('.json') || fs.existsSync(source)
  if (!isFile && !MAP_ID.test(source))
    throw new UsageError(`"${source}" is neither a JSON file nor a map id`)
  const server = values.server ?? DEFAULT_SERVER

  let map: JourneyMap | null = null
  if (isFile) {
    map = isMermaid ? readMermaidFile(source) : readMapFile(source)
    if (values.json) {
      write(values.json, serializeMap(map))
      log(`wrote ${values.json}`)
    }
  } else {
    // Also fails early, with the server's sentence, on an unknown id or a server not running.
    const text = await fetchMapJson(server, source, values.token)
    if (values.json) {
      write(values.json, text)
      log(`wrote ${values.json}`)
    }
    const loaded = parseMapFile(text)
    if (!loaded.ok)
      throw new HeadlessError(
        `the server sent a map that cannot be read: ${loaded.problems[0]?.message}`,
      )
    if (drawn.some(Boolean)) await writeDeliverables(loaded.map, deliverables(), log)
  }
  function deliverables() {
    return {
      svg: values.svg,
      pdf: values.pdf,
      html: values.html,
      mermaid: values.mermaid,
      paper,
      layout,
      cover: values['no-cover'] !== true,
      summary: values['no-summary'] !== true,
      background: options.background ?? 'white',
      padding: options.padding ?? 48,
      includeNotes: options.includeNotes ?? true,
      locale,
    }
  }
  if (map && drawn.some(Boolean)) await writeDeliverables(map, deliverables(), log)
  if (!values.png) return

  const local = map ? await startLocalServer() : null
  const browser = await launchChromium().catch(async (error: unknown) => {
    await local?.close()
    throw error
  })
  try {
    const mapId = local && map ? await createMapWith(local, map) : source
    const page = await openExportPage(browser, local?.url ?? server, mapId, { token: values.token })
    if (values.png) {
      const png = await renderPng(page, options)
      write(values.png, png.bytes)
      const lowered = png.lowered
        ? ` (lowered from ${png.requestedScale}× to fit the canvas limits)`
        : ''
      log(
        `wrote ${values.png}: ${png.width} × ${png.height} px at ${png.scale}×${lowered} in ${(png.ms / 1000).toFixed(1)} s`,
      )
    }
  } finally {
    await browser.close()
    await local?.close()
  }
}

function sampleCommand(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      phases: { type: 'string' },
      'per-phase': { type: 'string' },
      across: { type: 'string' },
      title: { type: 'string' },
    },
  })
  const [out, ...extra] = positionals
  if (!out || extra.length > 0) throw new UsageError('sample needs exactly one output file')
  const map = sampleJourney({
    phases: positiveInt(values.phases, 'phases', 6),
    perPhase: positiveInt(values['per-phase'], 'per-phase', 50),
    across: positiveInt(values.across, 'across', 4),
    ...(values.title ? { title: values.title } : {}),
  })
  write(out, serializeMap(map))
  log(
    `wrote ${out}: ${map.phases.length} phases, ${Object.keys(map.touchpoints).length} touchpoints`,
  )
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  try {
    if (command === 'export') await exportCommand(rest)
    else if (command === 'sample') sampleCommand(rest)
    else if (
      command === undefined ||
      command === 'help' ||
      command === '--help' ||
      command === '-h'
    ) {
      process.stdout.write(USAGE)
      return command === undefined ? 2 : 0
    } else throw new UsageError(`unknown command "${command}"`)
    return 0
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      log(`trailmap: ${(error as Error).message}\n\n${USAGE}`)
      return 2
    }
    log(
      `trailmap: ${error instanceof HeadlessError ? error.message : String((error as Error).stack ?? error)}`,
    )
    return 1
  }
}

process.exitCode = await main(process.argv.slice(2))
