// Named and automatic versions of a map, restore and fork. A version is the map's full Yjs state
// (V1 encoding: the server never decodes V2, see PITFALLS) with its counts; documents keep garbage collection on,
// so a version is a copy, never a pointer into the document's history (PITFALLS: snapshots need
// gc off, which grows key-value docs by orders of magnitude).
//
// The heavy work — reading the map out of its state, diffing, writing the version over a copy —
// runs in the version thread on a warm copy of each open map (replicas.ts), so saving a version of
// a 5,000-card map neither stalls other rooms nor decodes the whole map again.
//
// Restore goes forward: the current state is saved as a "before restore" version, then the
// room's document receives the update that turns it into the version's content, as an ordinary
// edit that reaches every connected editor: nobody reloads, and an edit made meanwhile by someone
// else merges like any concurrent edit.

import * as Y from 'yjs'
import type { ChangeEntry } from '../../src/domain/versions/change-list'
import type { VersionInfo, VersionKind } from '../../src/domain/versions/version'
import { HttpError } from '../http/respond'
import { SERVER_ORIGIN, withMapDoc } from '../maps/edit-doc'
import { createSeeded, requireMap, type MapsContext } from '../maps/manage'
import type { CreatedMap, StoredVersion, VersionStore } from '../persistence/storage'
import type { MapSource } from './replicas'
import { ReplicaMissingError, type VersionThread } from './version-thread'

export interface VersionsContext extends MapsContext {
  versions: VersionStore
  work: VersionThread
  /** Writes the names of recent editors still buffered for the map (attribution.ts). */
  flushEdits(mapId: string): Promise<void>
}

type SourceContext = Pick<VersionsContext, 'rooms' | 'log' | 'work'>

/**
 * Runs a job on the worker's copy of the map: brought up to date with what the open room has
 * beyond it (a few milliseconds to encode), or built from the stored parts (every update any room
 * has applied: a load waits for buffered ones) when there is no copy or no open room.
 */
export async function onMap<T>(
  ctx: SourceContext,
  mapId: string,
  job: (source: MapSource) => Promise<T>,
): Promise<T> {
  const vector = ctx.work.vectorOf(mapId)
  // The automatic version of a room being unloaded comes here too: a room loading meanwhile waits
  // only until the unloading one is stored (rooms.ts), never for this.
  const room = vector ? await ctx.rooms.peek(mapId) : null
  if (room && vector) {
    try {
      return await job({ kind: 'increment', update: Y.encodeStateAsUpdate(room.doc, vector) })
    } catch (error) {
      if (!(error instanceof ReplicaMissingError)) throw error
    }
  }
  return job({ kind: 'parts', parts: (await ctx.log.load(mapId)).parts })
}

/** The map as it is now, as a version's state and counts (the worker keeps it for a diff). */
export async function captureMap(ctx: SourceContext, mapId: string) {
  return onMap(ctx, mapId, (source) => ctx.work.capture(mapId, source))
}

/** Saves the map's current state (live edits included) as a version. */
export async function saveVersion(
  ctx: VersionsContext,
  mapId: string,
  input: { label: string; kind: VersionKind; author: string | null },
): Promise<VersionInfo> {
  await requireMap(ctx, mapId)
  const { snapshot, ...captured } = await captureMap(ctx, mapId)
  const saved = await ctx.versions.add(mapId, { ...input, ...captured })
  ctx.work.remember(snapshot, saved.id)
  return saved
}

export async function requireVersion(
  ctx: Pick<VersionsContext, 'versions'>,
  mapId: string,
  versionId: number,
): Promise<StoredVersion> {
  const version = await ctx.versions.get(mapId, versionId)
  if (!version) throw new HttpError(404, `map "${mapId}" has no version ${versionId}`)
  return version
}

/** The version in the JSON format. */
export async function versionJson(
  ctx: VersionsContext,
  mapId: string,
  versionId: number,
): Promise<string> {
  return ctx.work.json(versionId, (await requireVersion(ctx, mapId, versionId)).state)
}

/** What changed since the version: the records diff between it and the map now, in words. */
export async function changesSince(
  ctx: VersionsContext,
  mapId: string,
  versionId: number,
): Promise<{ since: VersionInfo; changes: ChangeEntry[] }> {
  await requireMap(ctx, mapId)
  const { state, ...since } = await requireVersion(ctx, mapId, versionId)
  const [changes, edits] = await Promise.all([
    onMap(ctx, mapId, (source) => ctx.work.changes(mapId, source, versionId, state)),
    ctx.flushEdits(mapId).then(() => ctx.versions.editsSince(mapId, since.createdAt)),
  ])
  const editors = new Map(edits.map((edit) => [edit.recordId, edit.name]))
  return {
    since,
    changes: changes.map((entry) => {
      const by = entry.id === null ? undefined : editors.get(entry.id)
      return by ? { ...entry, by } : entry
    }),
  }
}

export interface Restored {
  restored: VersionInfo
  /** The state the restore replaced: restoring it undoes the restore. */
  before: VersionInfo
}

export async function restoreVersion(
  ctx: VersionsContext,
  mapId: string,
  versionId: number,
  author: string | null,
): Promise<Restored> {
  await requireMap(ctx, mapId)
  const { state, ...restored } = await requireVersion(ctx, mapId, versionId)
  // Held open meanwhile, so the room (and the edits of anyone connected) stays in memory.
  const before = await withMapDoc(ctx.rooms, mapId, async (doc) => {
    const plan = await onMap(ctx, mapId, (source) =>
      ctx.work.restore(mapId, source, versionId, state),
    )
    const saved = await ctx.versions.add(mapId, {
      label: `Before restoring “${restored.label}”`,
      kind: 'before-restore',
      author,
      ...plan.before,
    })
    if (plan.update) {
      try {
        Y.applyUpdate(doc, plan.update, SERVER_ORIGIN)
      } catch (error) {
        // The worker's copy now holds a write the room does not: it must not be used again.
        ctx.work.forget(mapId)
        throw error
      }
    }
    return saved
  })
  // The restore's update is durable before the answer, like a rename.
  await ctx.log.flush()
  return { restored, before }
}

/** A new map holding the version's content, linked to it (an as-is map's to-be). */
export async function forkVersion(
  ctx: VersionsContext,
  mapId: string,
  versionId: number,
  title: string | undefined,
): Promise<CreatedMap> {
  const record = await requireMap(ctx, mapId)
  const version = await requireVersion(ctx, mapId, versionId)
  const fork = await ctx.work.fork(versionId, version.state, title, record.title)
  const created = await createSeeded(ctx, fork.title, fork.state, fork.summary)
  await ctx.catalogue.setOrigin(created.id, { mapId, versionId, label: version.label })
  return created
}
