// `npm run lint` runs this: every wrong-way import in src/ and server/ is printed with its line,
// and the exit code is 1 when there is one.

import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { checkLayers, type SourceFile } from './layers'

async function sourcesUnder(root: string, dir: string): Promise<SourceFile[]> {
  const out: SourceFile[] = []
  for (const entry of await readdir(path.join(root, dir), { withFileTypes: true })) {
    const relative = `${dir}/${entry.name}`
    if (entry.isDirectory()) out.push(...(await sourcesUnder(root, relative)))
    else if (/\.(ts|tsx)$/.test(entry.name)) {
      out.push({ path: relative, text: await readFile(path.join(root, relative), 'utf8') })
    }
  }
  return out
}

const root = path.resolve(import.meta.dirname, '..')
const files = [...(await sourcesUnder(root, 'src')), ...(await sourcesUnder(root, 'server'))]
const violations = checkLayers(files)
for (const v of violations) console.error(`${v.file}:${v.line}: ${v.message}`)
if (violations.length > 0) {
  console.error(`${violations.length} layering violation(s); see DESIGN notes in README.md`)
  process.exit(1)
}
console.log(`layers: ${files.length} files, no wrong-way imports`)
