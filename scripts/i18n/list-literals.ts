// `npx tsx scripts/i18n/list-literals.ts [path-prefix…]`: every literal string the interface test
// would refuse, with file and line, under the given prefixes (default: all of src/).

import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { findLiteralStrings } from './literal-strings'

const root = path.resolve(import.meta.dirname, '../..')
const prefixes = process.argv.slice(2).map((p) => p.replace(/^\.\//, ''))
const files = execFileSync(
  'git',
  ['ls-files', '--cached', '--others', '--exclude-standard', 'src'],
  {
    cwd: root,
    encoding: 'utf8',
  },
)
  .split('\n')
  .filter((file) => /\.tsx?$/.test(file) && !file.startsWith('src/domain/i18n/'))
  .filter((file) => prefixes.length === 0 || prefixes.some((p) => file.startsWith(p)))
let count = 0
for (const file of files) {
  for (const found of findLiteralStrings(file, readFileSync(path.join(root, file), 'utf8'))) {
    console.log(`${found.file}:${found.line}: ${found.text}`)
    count += 1
  }
}
console.log(`${count} literal string(s)`)
