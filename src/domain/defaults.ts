// Defaults of a whole map, and one import point for each kind's factory and constants (which
// live with their kind in src/domain/kinds). Factories fill every field with a sensible default,
// so callers name only what they care about; they do not validate: operations do that.

import { emptyCollection } from './kinds/collections'
import { defaultRegistry, type KindRegistry } from './kinds/registry'
import { PHASE_COLORS, phaseColorAt } from './kinds/phase'
import type { JourneyMap, MapMeta } from './types'

export { createEdge } from './kinds/edge'
export { DEFAULT_NOTE_SIZE, MIN_NOTE_SIZE, NOTE_COLORS, createNote } from './kinds/note'
export {
  DEFAULT_PHASE_NAME,
  DEFAULT_PHASE_WIDTH,
  MIN_PHASE_WIDTH,
  PHASE_COLORS,
  createPhase,
  phaseColorAt,
} from './kinds/phase'
export {
  DEFAULT_CHANNEL,
  DEFAULT_TOUCHPOINT_POSITION,
  DEFAULT_TOUCHPOINT_TITLE,
  createTouchpoint,
} from './kinds/touchpoint'

// The stored title of a map made without a language (API, file import); the editor's templates
// name new maps in the creator's language (templates catalogue).
// i18n-exempt: a data default, not interface text
export const DEFAULT_MAP_TITLE = 'Untitled journey'

/** The first palette colour no phase uses yet, or the palette again in order once all are used. */
export function nextPhaseColor(map: JourneyMap): string {
  const used = new Set(map.phases.map((phase) => phase.color.toLowerCase()))
  return PHASE_COLORS.find((color) => !used.has(color)) ?? phaseColorAt(map.phases.length)
}

/** A map with this meta and an empty collection of every kind. */
export function emptyMapWith(meta: MapMeta, registry: KindRegistry = defaultRegistry): JourneyMap {
  const collections = registry.kinds.map((kind) => [kind.collection, emptyCollection(kind)])
  return { meta, ...Object.fromEntries(collections) } as JourneyMap
}

/** A map with a title and an empty collection of every kind. */
export function emptyMap(
  title: string = DEFAULT_MAP_TITLE,
  registry: KindRegistry = defaultRegistry,
): JourneyMap {
  return emptyMapWith({ title, description: '' }, registry)
}
