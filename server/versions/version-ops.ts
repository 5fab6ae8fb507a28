// The heavy half of versions, as pure functions of encoded states: reading a 5,000-card map out of
// its Yjs state takes hundreds of milliseconds, so they run in a worker thread (version-thread.ts)
// and the server's event loop only reads rows and applies the (small) result. Inputs are a map's
// stored parts (Yjs updates, as the document log keeps them) and versions' states. Both are V1:
// the server never decodes V2 (PITFALLS, yjs issue 687), not even states it wrote itself.

import * as Y from 'yjs'
import { commitMap, fromY, upgradeDoc } from '../../src/collab/codec'
import { serializeMap } from '../../src/domain/format'
import { setTitle } from '../../src/domain/operations'
import { mapCounts, parseSummary, summariseMap, type MapSummary } from '../../src/domain/summary'
import type { JourneyMap } from '../../src/domain/types'
import { changeEntries, type ChangeEntry } from '../../src/domain/versions/change-list'
import { diffMaps } from '../../src/domain/versions/diff'
import { SERVER_ORIGIN } from '../maps/edit-doc'
import { mapState } from '../maps/seed'

export interface Captured {
  state: Uint8Array
  counts: Record<string, number>
}

function withDoc<T>(fill: (doc: Y.Doc) => void, read: (doc: Y.Doc) => T): T {
  const doc = new Y.Doc()
  try {
    fill(doc)
    return read(doc)
  } finally {
    doc.destroy()
  }
}

const fromParts = (parts: readonly Uint8Array[]) => (doc: Y.Doc) => {
  for (const part of parts) Y.applyUpdate(doc, part)
}

const fromVersion = (state: Uint8Array) => (doc: Y.Doc) => {
  Y.applyUpdate(doc, state)
  // A version saved by an older Trailmap is read in this one's format.
  upgradeDoc(doc, null)
}

const capture = (doc: Y.Doc): Captured => ({
  state: Y.encodeStateAsUpdate(doc),
  counts: mapCounts(fromY(doc)),
})

/** A version of the map as stored now. */
export const captureParts = (parts: readonly Uint8Array[]): Captured =>
  withDoc(fromParts(parts), capture)

export const versionMap = (state: Uint8Array): JourneyMap => withDoc(fromVersion(state), fromY)

/** The version in the JSON format (docs/format.md). */
export const versionJson = (state: Uint8Array): string => serializeMap(versionMap(state))

/** What changed from the version to the map as stored now. */
export function changesSince(state: Uint8Array, parts: readonly Uint8Array[]): ChangeEntry[] {
  const now = withDoc(fromParts(parts), fromY)
  return changeEntries(diffMaps(versionMap(state), now))
}

export interface RestorePlan {
  /** The map as stored now: kept as the "before restore" version. */
  before: Captured
  /** The update that turns the stored map into the version; null when they are the same. */
  update: Uint8Array | null
}

/**
 * Writes the version over a copy of the stored map (one diff write, field by field) and returns
 * that write as an update, which the room applies to the live doc: edits that arrived since the
 * copy was read merge with it like any concurrent edit.
 */
export function planRestore(state: Uint8Array, parts: readonly Uint8Array[]): RestorePlan {
  const target = versionMap(state)
  return withDoc(fromParts(parts), (doc) => {
    const current = fromY(doc)
    const before = { state: Y.encodeStateAsUpdate(doc), counts: mapCounts(current) }
    // What the write adds, as one update: everything past the state before it (never merged
    // from parts: merging updates on the server is not done, see PITFALLS).
    const vector = Y.encodeStateVector(doc)
    let changed = false
    doc.on('update', () => (changed = true))
    commitMap(doc, current, target, SERVER_ORIGIN)
    return { before, update: changed ? Y.encodeStateAsUpdate(doc, vector) : null }
  })
}

/** A new map's snapshot holding the version (titled "… (to-be)" unless named), and its summary. */
export function forkState(
  state: Uint8Array,
  title: string | undefined,
  fallbackTitle: string,
): { title: string; state: Uint8Array; summary: MapSummary | null } {
  const content = versionMap(state)
  const newTitle = title ?? `${content.meta.title || fallbackTitle} (to-be)`
  const fork = setTitle(content, newTitle)
  let summary: MapSummary | null = null
  try {
    summary = parseSummary(summariseMap(fork))
  } catch {
    summary = null
  }
  return { title: newTitle, state: mapState(fork), summary }
}
