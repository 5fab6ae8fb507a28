// `npm start` runs this before the server: it builds the editor only when something the build
// reads is newer than the last build (a fresh clone has no dist/ and always builds). Restarts
// then take a moment instead of a full Vite build.

import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const built = path.join(root, 'dist', 'index.html')
const inputs = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'package-lock.json',
  'tsconfig.json',
]

function newest(entry) {
  const full = path.join(root, entry)
  if (!existsSync(full)) return 0
  const stat = statSync(full)
  if (!stat.isDirectory()) return stat.mtimeMs
  let latest = stat.mtimeMs
  for (const name of readdirSync(full)) latest = Math.max(latest, newest(path.join(entry, name)))
  return latest
}

const lastBuild = existsSync(built) ? statSync(built).mtimeMs : 0
const lastChange = Math.max(...inputs.map(newest))
if (lastBuild > lastChange) {
  console.log('editor build is up to date (dist/)')
} else {
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js')
  const result = spawnSync(process.execPath, [vite, 'build'], { cwd: root, stdio: 'inherit' })
  process.exit(result.status ?? 1)
}
