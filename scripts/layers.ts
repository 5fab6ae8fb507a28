// Which way imports may point (DESIGN.md): domain ← collab ← state ← commands ← canvas / ui ← app,
// with api and export beside them; the server imports only src/domain and the doc codec. Also:
// canvas, ui and app change the map only through commands, never through domain operations or
// `session.edit`. Pure, so a unit test can feed it a wrong-way import.

import path from 'node:path'

export interface SourceFile {
  /** Relative to the repository root, with forward slashes: `src/ui/Foo.tsx`. */
  readonly path: string
  readonly text: string
}

export interface Violation {
  readonly file: string
  readonly line: number
  readonly message: string
}

/** For each layer under src/, the layers it may import from (itself always included). */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  domain: [],
  collab: ['domain'],
  api: ['domain'],
  state: ['domain', 'collab'],
  commands: ['domain', 'collab', 'state', 'api'],
  export: ['domain', 'collab', 'state'],
  canvas: ['domain', 'collab', 'state', 'commands', 'export'],
  ui: ['domain', 'collab', 'state', 'commands', 'canvas', 'export', 'api'],
  app: ['domain', 'collab', 'state', 'commands', 'canvas', 'export', 'api', 'ui'],
}

/** What the server may import from src/ (paths under src/). */
const SERVER_ALLOWED = ['domain/', 'collab/codec']

/**
 * The deliverables' code runs in the browser and in the CLI under Node (bin/deliverables.ts): it
 * may import the domain, each other, the export frame and the progress helpers, and of packages
 * only jsPDF — nothing that needs a DOM or the editor. `browser-*.ts` files are its bundler-only
 * entry points.
 */
const NODE_SAFE = /^src\/export\/(vector|pdf|viewer)\/(?!browser-)/
const NODE_SAFE_TARGETS = [
  'src/domain/',
  'src/export/vector/',
  'src/export/pdf/',
  'src/export/viewer/',
  'src/export/export-frame',
  'src/export/progress',
]
const NODE_SAFE_PACKAGES = new Set(['jspdf'])

/** Layers that must edit through commands. */
const COMMAND_ONLY = new Set(['canvas', 'ui', 'app'])

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g

function lineOf(text: string, index: number): number {
  let line = 1
  for (let i = 0; i < index; i += 1) if (text.charCodeAt(i) === 10) line += 1
  return line
}

/** `src/<layer>/…` → layer; `server/…` → 'server'; anything else → null (not checked). */
function layerOf(file: string): string | null {
  if (file.startsWith('server/')) return 'server'
  const match = /^src\/([^/]+)\//.exec(file)
  return match ? (match[1] as string) : null
}

export function checkLayers(files: readonly SourceFile[]): Violation[] {
  const violations: Violation[] = []
  for (const file of files) {
    const from = layerOf(file.path)
    if (from === null) continue
    for (const match of file.text.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? ''
      const nodeSafe = NODE_SAFE.test(file.path)
      if (!specifier.startsWith('.')) {
        if (nodeSafe && !specifier.startsWith('node:') && !NODE_SAFE_PACKAGES.has(specifier)) {
          const at = (match.index ?? 0) + match[0].indexOf(specifier)
          violations.push({
            file: file.path,
            line: lineOf(file.text, at),
            message: `${file.path} runs in the CLI too: it may not import the package ${specifier}`,
          })
        }
        continue
      }
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file.path), specifier))
      // The match may begin with the previous line's newline: count from the specifier itself.
      const at = (match.index ?? 0) + match[0].indexOf(specifier)
      const report = (message: string) =>
        violations.push({ file: file.path, line: lineOf(file.text, at), message })
      if (from === 'server') {
        if (target.startsWith('src/') && !SERVER_ALLOWED.some((p) => target.startsWith(`src/${p}`)))
          report(`the server may import only src/domain and src/collab/codec, not ${target}`)
        continue
      }
      if (nodeSafe && !NODE_SAFE_TARGETS.some((prefix) => target.startsWith(prefix)))
        report(`${file.path} runs in the CLI too: it may not import ${target}`)
      const to = layerOf(target)
      if (to === 'server') report(`src/ must not import the server (${target})`)
      if (to === null || to === 'server' || to === from) continue
      const allowed = ALLOWED[from]
      if (allowed === undefined) report(`src/${from} is not a known layer`)
      else if (!allowed.includes(to)) report(`src/${from} must not import src/${to} (${target})`)
      if (COMMAND_ONLY.has(from) && target.startsWith('src/domain/operations'))
        report(`src/${from} edits through commands, not domain operations (${target})`)
    }
    if (COMMAND_ONLY.has(from)) {
      for (const match of file.text.matchAll(/\bsession\.edit\(/g)) {
        violations.push({
          file: file.path,
          line: lineOf(file.text, match.index ?? 0),
          message: `src/${from} edits through commands, not session.edit`,
        })
      }
    }
  }
  return violations
}
