#!/usr/bin/env node
// Launcher of the `trailmap` command (package.json "bin"): runs bin/trailmap.ts through tsx, a
// dependency of Trailmap, so the command needs no build step of its own.
import { tsImport } from 'tsx/esm/api'

await tsImport('./trailmap.ts', import.meta.url)
