// The layering checker that `npm run lint` runs: it finds each kind of wrong-way import, and the
// real tree has none.

import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkLayers, type SourceFile } from '../../../scripts/layers'

const file = (filePath: string, text: string): SourceFile => ({ path: filePath, text })

describe('the layering checker', () => {
  it('names each wrong-way import with its file and line', () => {
    const violations = checkLayers([
      file(
        'src/domain/kinds/lane.ts',
        "import type * as Y from 'yjs'\nimport { x } from '../../collab/codec'\n",
      ),
      file('src/ui/map-list/Card.tsx', "import { navigate } from '../../app/navigation'\n"),
      file('src/canvas/Thing.tsx', "import { addNote } from '../domain/operations'\n"),
      file('src/ui/Panel.tsx', 'const go = () => store.session.edit((map) => map)\n'),
      file('server/http/x.ts', "import { Toolbar } from '../../src/ui/toolbar/Toolbar'\n"),
      file('src/state/s.ts', "export { y } from '../commands/registry'\n"),
    ])
    expect(violations.map((v) => `${v.file}:${v.line}`)).toEqual([
      'src/domain/kinds/lane.ts:2',
      'src/ui/map-list/Card.tsx:1',
      'src/canvas/Thing.tsx:1',
      'src/ui/Panel.tsx:1',
      'server/http/x.ts:1',
      'src/state/s.ts:1',
    ])
    expect(violations[0]?.message).toMatch(/src\/domain must not import src\/collab/)
    expect(violations[2]?.message).toMatch(/through commands/)
  })

  it('keeps the deliverables free of the browser and the editor, so the CLI can run them', () => {
    const violations = checkLayers([
      file('src/export/pdf/a.ts', "import { exportPng } from '../image-export'\n"),
      file('src/export/vector/b.ts', "import { toSvg } from 'html-to-image'\n"),
      file('src/export/viewer/c.ts', "import { useEditor } from '../../state/context'\n"),
      file(
        'src/export/pdf/ok.ts',
        "import { jsPDF } from 'jspdf'\nimport { x } from '../vector/scene'\n",
      ),
      file('src/export/vector/ok.ts', "import { mapBounds } from '../../domain/bounds'\n"),
      file('src/export/viewer/browser-viewer.ts', "import script from './viewer-runtime.js?raw'\n"),
    ])
    expect(violations.map((v) => `${v.file}:${v.line}`)).toEqual([
      'src/export/pdf/a.ts:1',
      'src/export/vector/b.ts:1',
      'src/export/viewer/c.ts:1',
    ])
    expect(violations[1]?.message).toMatch(
      /runs in the CLI too: it may not import the package html-to-image/,
    )
  })

  it('allows imports that point the right way', () => {
    expect(
      checkLayers([
        file('src/ui/Panel.tsx', "import { updateRecord } from '../commands/record-commands'\n"),
        file('src/collab/x.ts', "import { listOf } from '../domain/kinds/collections'\n"),
        file('server/maps/seed.ts', "import { toY } from '../../src/collab/codec'\n"),
        file('src/app/App.tsx', "import { MapListPage } from '../ui/map-list/MapListPage'\n"),
      ]),
    ).toEqual([])
  })

  it('finds no violation in the real tree', () => {
    const root = path.resolve(import.meta.dirname, '../../..')
    const walk = (dir: string): SourceFile[] =>
      readdirSync(path.join(root, dir)).flatMap((name) => {
        const relative = `${dir}/${name}`
        if (statSync(path.join(root, relative)).isDirectory()) return walk(relative)
        return /\.tsx?$/.test(name)
          ? [file(relative, readFileSync(path.join(root, relative), 'utf8'))]
          : []
      })
    const files = [...walk('src'), ...walk('server')]
    expect(files.length).toBeGreaterThan(100)
    expect(checkLayers(files)).toEqual([])
  })
})
