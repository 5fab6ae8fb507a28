// The interface speaks only through the catalogues: any text a person reads that is written in
// a component, a command or a template instead fails here with its file and line.

import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { interfaceSources, literalStringsIn } from '../../../scripts/i18n/interface-sources'
import { findLiteralStrings } from '../../../scripts/i18n/literal-strings'

const root = path.resolve(import.meta.dirname, '../../..')

describe('literal-string finder', () => {
  it('finds JSX text, readable attributes, notices and labels', () => {
    const found = findLiteralStrings(
      'x.tsx',
      [
        'const a = <p title="Open map">Hello there</p>',
        "const b = <input placeholder={'Search maps'} aria-label={`Search ${n}`} />",
        "const c = { id: 'undo', label: 'Undo' }",
        "notify(store, 'Copied', 'info')",
        "const d = <b>{'Literal child'}</b>",
        "const e = { label: () => 'Redo' }",
        "function why() { return 'This link is view-only.' }",
        "const f = { pain: 'Pain points' }",
      ].join('\n'),
    )
    expect(found.map((f) => f.text)).toEqual([
      'Open map',
      'Hello there',
      'Search maps',
      'Search …',
      'Undo',
      'Copied',
      'Literal child',
      'Redo',
      'This link is view-only.',
      'Pain points',
    ])
  })

  it('leaves alone symbols, class names, ids, catalogue lookups and exempt lines', () => {
    const found = findLiteralStrings(
      'x.tsx',
      [
        'const a = <p className="card card--big" data-id="x1">{t.common.close} · 3 ×</p>',
        "const b = { id: 'undo', kind: 'Undo', label: t.commands.undo }",
        '// i18n-exempt: the product name is the same in every language',
        'const c = <h1>Trailmap</h1>',
        "import x from 'Some module'",
        "console.warn('Could not read the file')",
        "const font = 'Liberation Sans'",
      ].join('\n'),
    )
    expect(found).toEqual([])
  })
})

describe('the interface', () => {
  it('renders no literal strings: every readable text comes from the catalogues', () => {
    const files = interfaceSources(root)
    expect(files.length).toBeGreaterThan(100)
    const found = literalStringsIn(root, files)
    expect(found.map((f) => `${f.file}:${f.line}: ${f.text}`)).toEqual([])
  })
})
