// Reading a picked or dropped file for import, before anything changes. The loaders' own errors
// (every bad fixture, migrations, repairs) are tested in test/unit/format; here: which loader a
// file goes to, the size limit applied before a byte is read, and how problems are located.

import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { emptyMap } from '../../../src/domain/defaults'
import { serializeMap } from '../../../src/domain/format'
import { messagesFor } from '../../../src/domain/i18n'
import {
  countsOf,
  describeCounts,
  readImportFile,
  titleForApi,
  type ImportFile,
} from '../../../src/export/import-file'
import { embedJsonInPng } from '../../../src/export/png-text'
import { expectSameData } from '../../support/equal'
import { readFixture } from '../../support/fixtures'
import { sampleMap } from '../../support/sample-map'

const EN = messagesFor('en')

const file = (name: string, content: string | Uint8Array, type = ''): ImportFile =>
  new File([content as BlobPart], name, { type })

/** A file that says it is huge and fails the test if anything reads it. */
function untouchable(name: string, size: number): ImportFile {
  const fail = () => {
    throw new Error('the file was read')
  }
  return {
    name,
    size,
    type: '',
    slice: () => new Blob(['{']),
    arrayBuffer: fail,
    text: fail,
  }
}

function png(): Uint8Array {
  const image = new PNG({ width: 2, height: 2 })
  image.data.fill(255)
  return new Uint8Array(PNG.sync.write(image))
}

describe('reading an import file', () => {
  it('loads a Trailmap JSON file', async () => {
    const map = sampleMap()
    const read = await readImportFile(file('journey.trailmap.json', serializeMap(map)), EN)
    expect(read).toMatchObject({
      ok: true,
      kind: 'json',
      fileName: 'journey.trailmap.json',
      repairs: [],
    })
    if (read.ok && read.kind !== 'csv') expectSameData(read.map, map)
  })

  it('loads the map embedded in an exported PNG, whatever the file is called', async () => {
    const map = sampleMap()
    const bytes = embedJsonInPng(png(), serializeMap(map))
    const read = await readImportFile(file('picture.bin', bytes), EN)
    expect(read).toMatchObject({ ok: true, kind: 'png' })
    if (read.ok && read.kind !== 'csv') expectSameData(read.map, map)
  })

  it('says when a PNG carries no map', async () => {
    expect(await readImportFile(file('photo.png', png(), 'image/png'), EN)).toMatchObject({
      ok: false,
      kind: 'png',
      problems: [{ where: '', message: expect.stringContaining('holds no Trailmap data') }],
    })
  })

  it('hands a CSV sheet back as text (it is applied to a map later)', async () => {
    const sheet = 'phase,title\nAwareness,Sees an ad\n'
    expect(await readImportFile(file('cards.CSV', sheet), EN)).toEqual({
      ok: true,
      kind: 'csv',
      fileName: 'cards.CSV',
      text: sheet,
    })
    expect(await readImportFile(file('export', sheet, 'text/csv'), EN)).toMatchObject({
      kind: 'csv',
    })
  })

  it('reads a Mermaid user journey by its name or, in a .md or .txt file, by its content', async () => {
    const text = 'journey\n  title Day\n  section Morning\n    Make tea: 5: Me\n'
    for (const name of ['day.mmd', 'day.mermaid', 'notes.md', 'day.txt']) {
      const read = await readImportFile(file(name, text), EN)
      expect(read.kind, name).toBe('mermaid')
      if (!read.ok || read.kind !== 'mermaid') throw new Error(name)
      expect(read.map.meta.title).toBe('Day')
      expect(countsOf(read.map)).toMatchObject({ phases: 1, touchpoints: 1 })
    }
    const bad = await readImportFile(
      file('day.mmd', 'journey\n  section A\n    Make tea: 0: Me\n'),
      EN,
    )
    expect(bad.ok).toBe(false)
    if (bad.ok) return
    expect(bad.problems).toEqual([
      { where: 'line 3', message: expect.stringMatching(/score of "Make tea"/) },
    ])
  })

  it('refuses a 50 MB file by its size before reading or parsing a byte of it', async () => {
    const size = 50 * 1024 * 1024
    expect(await readImportFile(untouchable('huge.json', size), EN)).toEqual({
      ok: false,
      kind: 'json',
      fileName: 'huge.json',
      problems: [{ where: '$', message: 'the file is 50.0 MB; the limit is 20.0 MB' }],
    })
    expect(await readImportFile(untouchable('huge.csv', size), EN)).toMatchObject({
      ok: false,
      kind: 'csv',
    })
  })

  it('refuses a real 50 MB file the same way', async () => {
    const huge = new File([new Uint8Array(50 * 1024 * 1024).fill(0x20)], 'huge.trailmap.json')
    expect(await readImportFile(huge, EN)).toMatchObject({
      ok: false,
      problems: [{ where: '$', message: 'the file is 50.0 MB; the limit is 20.0 MB' }],
    })
  })

  it('locates every problem of a bad file by its JSON path', async () => {
    const read = await readImportFile(
      file('missing.json', readFixture('bad', 'missing-required-fields.json')),
      EN,
    )
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.problems.map((p) => p.where)).toEqual([
      '$.map.phases[0].name',
      '$.map.touchpoints[1].id',
      '$.map.touchpoints[1].title',
      '$.map.edges[0].source',
      '$.map.edges[0].target',
      '$.map.notes[0].id',
    ])
    expect(read.problems.every((p) => p.message === 'is required')).toBe(true)
  })

  it('reports repairs of a file that loads', async () => {
    const read = await readImportFile(file('d.json', readFixture('bad', 'dangling-edge.json')), EN)
    expect(read).toMatchObject({ ok: true, kind: 'json' })
    if (read.ok && read.kind !== 'csv') expect(read.repairs.length).toBeGreaterThan(0)
  })
})

describe('summaries and titles', () => {
  it('counts what a map holds, in words', () => {
    expect(describeCounts(countsOf(sampleMap()), EN)).toMatch(
      /^\d+ phases?, \d+ touchpoints?, \d+ steps?, \d+ notes?$/,
    )
    expect(describeCounts({ phases: 1, touchpoints: 1, edges: 1, notes: 1 }, EN)).toBe(
      '1 phase, 1 touchpoint, 1 step, 1 note',
    )
    expect(describeCounts(countsOf(emptyMap()), EN)).toBe(
      '0 phases, 0 touchpoints, 0 steps, 0 notes',
    )
  })

  it('turns any imported title into one the map API accepts', () => {
    expect(titleForApi('  Customer\nOnboarding\t ')).toBe('Customer Onboarding')
    expect(titleForApi('x'.repeat(300))).toHaveLength(200)
    expect(titleForApi(' \u0000 ')).toBeUndefined()
  })
})
