// Creating, copying and renaming maps. Each writes the document first and answers afterwards, so
// the first client to connect already finds the content (and a rename is already live).

import { fromY, readMapTitle, metaOf } from '../../src/collab/codec'
import { DEFAULT_MAP_TITLE, emptyMap } from '../../src/domain/defaults'
import { newId } from '../../src/domain/ids'
import { setTitle } from '../../src/domain/operations'
import type { MapSummary } from '../../src/domain/summary'
import type { JourneyTemplate } from '../../src/domain/templates'
import { HttpError } from '../http/respond'
import type { CreatedMap, MapRecord, Storage } from '../persistence/storage'
import type { Rooms } from '../sync/rooms'
import { SERVER_ORIGIN, withMapDoc } from './edit-doc'
import { copyTitle } from './requests'
import { mapState, titleOnlyState } from './seed'
import { summariseContent } from './summary'

export interface MapsContext extends Pick<Storage, 'catalogue' | 'tokens' | 'log'> {
  rooms: Rooms
}

export interface CreateInput {
  title?: string | undefined
  template?: JourneyTemplate | undefined
}

/**
 * A new map, seeded before its id is handed out. The default title is the template's own: its
 * name, or the usual "Untitled journey" for the blank map.
 */
export async function createMap(ctx: MapsContext, input: CreateInput): Promise<CreatedMap> {
  const title = input.title ?? input.template?.defaultTitle ?? DEFAULT_MAP_TITLE
  const content = input.template ? setTitle(input.template.build(), title) : emptyMap(title)
  const state = input.template ? mapState(content) : titleOnlyState(title)
  return createSeeded(ctx, title, state, summariseContent(content))
}

/**
 * Stores a new map with `state` as its snapshot (and the map list's summary of it). Nobody can
 * have it open before its id is handed out, so writing the snapshot directly (without a room) is
 * safe.
 */
export async function createSeeded(
  ctx: MapsContext,
  title: string,
  state: Uint8Array,
  summary: MapSummary | null,
): Promise<CreatedMap> {
  const id = newId()
  const record = await ctx.catalogue.create(id, title)
  try {
    const tokens = await ctx.tokens.issue(id)
    if (!tokens) throw new Error(`map "${id}" vanished while it was created`)
    await ctx.log.compact(id, 0, state)
    if (summary) await ctx.catalogue.setSummary(id, summary)
    return { ...record, summary: summary ?? record.summary, ...tokens }
  } catch (error) {
    // Half a map (a record without its content or tokens) must not appear in the list.
    await ctx.catalogue.delete(id).catch(() => undefined)
    throw error
  }
}

export async function requireMap(ctx: MapsContext, id: string): Promise<MapRecord> {
  const record = await ctx.catalogue.get(id)
  if (!record) throw new HttpError(404, `unknown map "${id}"`)
  return record
}

/** A new map with the current content of `sourceId` (live edits included when it is open). */
export async function duplicateMap(
  ctx: MapsContext,
  sourceId: string,
  title: string | undefined,
): Promise<CreatedMap> {
  const source = await requireMap(ctx, sourceId)
  const copy = await withMapDoc(ctx.rooms, sourceId, (doc) => {
    const newTitle = title ?? copyTitle(readMapTitle(doc) || source.title)
    // Rebuilt from the read map rather than copied update by update: the copy starts without the
    // original's edit history and tombstones, and shares no Yjs client ids with it.
    const content = setTitle(fromY(doc), newTitle)
    return { title: newTitle, state: mapState(content), summary: summariseContent(content) }
  })
  return createSeeded(ctx, copy.title, copy.state, copy.summary)
}

/** Renames in the document (connected editors see it live) and in the map list. */
export async function renameMap(ctx: MapsContext, id: string, title: string): Promise<MapRecord> {
  await requireMap(ctx, id)
  await withMapDoc(ctx.rooms, id, (doc) => {
    // Setting an equal value would still add an update (and a tombstone): skip it.
    if (readMapTitle(doc) !== title) {
      doc.transact(() => metaOf(doc).set('title', title), SERVER_ORIGIN)
    }
  })
  // Write the rename's update now rather than within the flush interval: its flush would mark the
  // map as edited again, after a copy made right after the rename, and reorder the list.
  await ctx.log.flush()
  // The room also copies the doc title into the store, but asynchronously: the reply (and the
  // next GET /api/maps) must already show the new title.
  await ctx.catalogue.setTitle(id, title)
  return requireMap(ctx, id)
}
