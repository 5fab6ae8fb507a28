// `npx trailmap export file.json --png out.png` end to end: its own server, headless Chromium,
// the editor's exporter under the page's Content-Security-Policy, a real PNG on disk.

import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { PNG } from 'pngjs'
import { expect, it } from 'vitest'

const run = promisify(execFile)

it('exports a map file to a PNG from the command line', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trailmap-cli-'))
  const json = path.join(dir, 'sample.trailmap.json')
  const png = path.join(dir, 'sample.png')
  await run(process.execPath, [
    'bin/trailmap.mjs',
    'sample',
    json,
    '--phases',
    '3',
    '--per-phase',
    '4',
  ])
  const { stdout, stderr } = await run(
    process.execPath,
    ['bin/trailmap.mjs', 'export', json, '--png', png],
    {
      timeout: 90_000,
    },
  )
  expect(stdout + stderr).toMatch(/wrote .*sample\.png: \d+ × \d+ px/)
  const image = PNG.sync.read(fs.readFileSync(png))
  expect(image.width).toBeGreaterThan(1000)
  expect(image.height).toBeGreaterThan(500)
})
