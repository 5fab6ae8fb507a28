// Named and automatic versions of a map, restore and fork. A version is the map's full Yjs state
// (V2 encoding, compact for key-value docs) with its counts; documents keep garbage collection on,
// so a version is a copy, never a pointer into the document's history (PITFALLS: snapshots need
// gc off, which grows key-value docs by orders of magnitude).
//
// Restore goes forward: the current state is saved as a "before restore" version, then the room's
// document is changed into the version's content by one diff write (commitMap), which reaches
// every connected editor as an ordinary update: nobody reloads, and an edit made meanwhile by
// someone else merges like any concurrent edit.

import * as Y from 'yjs'
import { commitMap, fromY, upgradeDoc } from '../../src/collab/codec'
import { setTitle } from '../../src/domain/operations'
import type { JourneyMap } from '../../src/domain/types'
import type { VersionInfo, VersionKind } from '../../src/domain/versions/version'
import { HttpError } from '../http/respond'
import { readCurrentDoc } from '../maps/current-doc'
import { SERVER_ORIGIN, withMapDoc } from '../maps/edit-doc'
import { createSeeded, requireMap, type MapsContext } from '../maps/manage'
import { mapState } from '../maps/seed'
import { summariseContent } from '../maps/summary'
import { captureDoc } from './capture'
import type { CreatedMap, StoredVersion, VersionStore } from '../persistence/storage'

export interface VersionsContext extends MapsContext {
  versions: VersionStore
}

/** A version's content as a map of this build's format (older versions are upgraded on read). */
export function mapOfVersion(version: StoredVersion): JourneyMap {
  const doc = new Y.Doc()
  try {
    Y.applyUpdateV2(doc, version.state)
    upgradeDoc(doc, null)
    return fromY(doc)
  } finally {
    doc.destroy()
  }
}

/** Saves the map's current state (live edits included) as a version. */
export async function saveVersion(
  ctx: VersionsContext,
  mapId: string,
  input: { label: string; kind: VersionKind; author: string | null },
): Promise<VersionInfo> {
  await requireMap(ctx, mapId)
  const { state, counts } = await readCurrentDoc(ctx, mapId, captureDoc)
  return ctx.versions.add(mapId, { ...input, state, counts })
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
  const version = await requireVersion(ctx, mapId, versionId)
  const target = mapOfVersion(version)
  const before = await withMapDoc(ctx.rooms, mapId, async (doc) => {
    const saved = await ctx.versions.add(mapId, {
      label: `Before restoring “${version.label}”`,
      kind: 'before-restore',
      author,
      ...captureDoc(doc),
    })
    // Read again after the await: edits that arrived meanwhile are part of "before" for the diff,
    // and the write below changes exactly what differs from the version now.
    commitMap(doc, fromY(doc), target, SERVER_ORIGIN)
    return saved
  })
  // The restore's update is durable before the answer, like a rename.
  await ctx.log.flush()
  return { restored: version, before }
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
  const content = mapOfVersion(version)
  const newTitle = title ?? `${content.meta.title || record.title} (to-be)`
  const fork = setTitle(content, newTitle)
  const created = await createSeeded(ctx, newTitle, mapState(fork), summariseContent(fork))
  await ctx.catalogue.setOrigin(created.id, { mapId, versionId, label: version.label })
  return created
}
