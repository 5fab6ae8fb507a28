// The interface's source files as git sees them (tracked and new, not ignored) and the literal
// strings in them: what `list-literals.ts` prints and what the interface test refuses. The
// catalogues themselves are the one place text belongs, so they are left out.

import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { findLiteralStrings, type LiteralString } from './literal-strings'

export function interfaceSources(root: string, prefixes: readonly string[] = []): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => /\.tsx?$/.test(file) && !file.startsWith('src/domain/i18n/'))
    .filter((file) => prefixes.length === 0 || prefixes.some((p) => file.startsWith(p)))
}

export function literalStringsIn(root: string, files: readonly string[]): LiteralString[] {
  return files.flatMap((file) =>
    findLiteralStrings(file, readFileSync(path.join(root, file), 'utf8')),
  )
}
