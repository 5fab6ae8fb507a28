import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import { defineConfig, type HtmlTagDescriptor, type Plugin, type Rolldown } from 'vite'
import react from '@vitejs/plugin-react'

/**
 * The page's entry is src/app/boot.ts, which opens the map's socket and then imports the editor
 * (src/app/main.tsx) dynamically. Without these tags the editor's chunks would only be requested
 * once boot.ts has run; with them the browser fetches them alongside it, as it did when they were
 * the entry's static imports.
 */
function preloadEditor(): Plugin {
  let base = '/'
  return {
    name: 'trailmap:preload-editor',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: entry }) {
        const main = bundle && editorChunk(bundle)
        if (!bundle || !main) throw new Error('the build has no chunk for src/app/main.tsx')
        const chunks = new Set<OutputChunk>()
        const visit = (chunk: OutputChunk) => {
          if (chunks.has(chunk) || chunk.fileName === entry?.fileName) return
          chunks.add(chunk)
          for (const name of chunk.imports) {
            const imported = bundle[name]
            if (imported?.type === 'chunk') visit(imported)
          }
        }
        visit(main)
        const tags: HtmlTagDescriptor[] = []
        for (const chunk of chunks) {
          tags.push({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${chunk.fileName}` },
            injectTo: 'head',
          })
          for (const css of chunk.viteMetadata?.importedCss ?? []) {
            tags.push({
              tag: 'link',
              // Fetched now, applied by the dynamic import: a stylesheet link would hold back
              // boot.ts until it has loaded (scripts wait for style sheets above them).
              attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `${base}${css}` },
              injectTo: 'head',
            })
          }
        }
        return tags
      },
    },
  }
}

type OutputChunk = Rolldown.OutputChunk

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

/**
 * Writes a Brotli (`.br`) and a gzip (`.gz`) copy beside each script and style sheet of the build,
 * which the server answers to browsers that accept them (server/http/static.ts). Compressed here
 * at the highest levels, once, rather than per response or at each server start: Brotli's best
 * takes ~3 s of CPU for the editor's 2 MB, gzip's 65 ms.
 */
function precompress(): Plugin {
  return {
    name: 'trailmap:precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist'
      const names = Object.keys(bundle).filter((name) => /\.(js|css)$/.test(name))
      await Promise.all(
        names.map(async (name) => {
          const file = path.join(dir, name)
          const raw = await fs.readFile(file)
          // Below a kilobyte, the headers weigh more than what compressing saves.
          if (raw.length < 1024) return
          const [br, gz] = await Promise.all([
            brotli(raw, {
              params: {
                [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
                [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
              },
            }),
            gzip(raw, { level: zlib.constants.Z_BEST_COMPRESSION }),
          ])
          await Promise.all([fs.writeFile(`${file}.br`, br), fs.writeFile(`${file}.gz`, gz)])
        }),
      )
    },
  }
}

function editorChunk(bundle: Rolldown.OutputBundle): OutputChunk | undefined {
  return Object.values(bundle).find(
    (output): output is OutputChunk =>
      output.type === 'chunk' && (output.facadeModuleId ?? '').endsWith('/src/app/main.tsx'),
  )
}

// The dev server proxies the sync and workshop sockets and the JSON API to `npm run dev:server`
// (port 5174) so `npm run dev` behaves like the single-port production build.
export default defineConfig({
  plugins: [react(), preloadEditor(), precompress()],
  server: {
    proxy: {
      '/sync': { target: 'ws://127.0.0.1:5174', ws: true },
      '/workshop': { target: 'ws://127.0.0.1:5174', ws: true },
      '/api': 'http://127.0.0.1:5174',
      '/healthz': 'http://127.0.0.1:5174',
    },
  },
  // No source maps in the build: the server would hand them to anyone (3 MB of our sources).
  // The editor's core (React 19, React Flow, the editor) is about 660 kB; rarely used parts (the
  // export and import dialogs, the headless export hook, the PDF) are chunks of their own already.
  // Splitting what a map opens without (the map list, the comparison page, the comments, vote and
  // version panels) made no measurable difference to opening a map, so the limit sits just above.
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    // Browsers with unprefixed `mask-image`: for older targets every card-image rule
    // (src/canvas/card-bitmaps.generated.css) was copied as `-webkit-mask-image`, doubling it.
    cssTarget: ['chrome120', 'edge120', 'firefox121', 'safari17'],
  },
})
