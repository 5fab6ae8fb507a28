// `npx tsx scripts/i18n/list-literals.ts [path-prefix…]`: every literal string the interface test
// would refuse, with file and line, under the given prefixes (default: all of src/).

import path from 'node:path'
import { interfaceSources, literalStringsIn } from './interface-sources'

const root = path.resolve(import.meta.dirname, '../..')
const prefixes = process.argv.slice(2).map((p) => p.replace(/^\.\//, ''))
const found = literalStringsIn(root, interfaceSources(root, prefixes))
for (const { file, line, text } of found) console.log(`${file}:${line}: ${text}`)
console.log(`${found.length} literal string(s)`)
