// Scratch directories for tests (SQLite files, exported PDFs, static roots), removed when the test
// file is done: remove-temp-dirs.ts, a setup file of every project, calls `removeTempDirs` after
// the file's own hooks have closed its servers. Before, each run left ~30 directories in /tmp.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const made = new Set<string>()

/** A new empty directory under the system's temp directory, named `<prefix>XXXXXX`. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  made.add(dir)
  return dir
}

export function removeTempDirs() {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true })
  made.clear()
}
