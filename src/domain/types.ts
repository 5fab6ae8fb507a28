// The journey-map model: plain, immutable, serialisable records. Every record may also carry
// fields this version does not know (written by a newer Trailmap or another tool); operations
// spread records, so those fields survive every edit, and the Y.Doc layout stores them too.

import type { Edge } from './kinds/edge'
import type { Lane } from './kinds/lane'
import type { Note } from './kinds/note'
import type { Persona } from './kinds/persona'
import type { Phase } from './kinds/phase'
import type { PersonaEmotion, Touchpoint } from './kinds/touchpoint'

export type { Edge, Lane, Note, Persona, PersonaEmotion, Phase, Touchpoint }

export type Id = string

export interface Point {
  readonly x: number
  readonly y: number
}

export interface Size {
  readonly width: number
  readonly height: number
}

export interface MapMeta {
  readonly title: string
  readonly description: string
}

/**
 * A whole journey map: its meta and one collection per kind of record (src/domain/kinds). Ordered
 * kinds (phases) are arrays; the others are keyed by id so that an edit replaces one record and
 * every other record keeps its identity (cheap diffs, cheap renders). The core kinds are typed
 * fields here; code that serves every kind reads collections through `kinds/collections.ts`, so a
 * map may hold further kinds' collections beside these.
 */
export interface JourneyMap {
  readonly meta: MapMeta
  readonly phases: readonly Phase[]
  /** Rows across the columns, top to bottom (version 2). */
  readonly lanes: readonly Lane[]
  /** Whose journey it is, in the order the persona panel lists them (version 2). */
  readonly personas: readonly Persona[]
  readonly touchpoints: Readonly<Record<Id, Touchpoint>>
  readonly edges: Readonly<Record<Id, Edge>>
  readonly notes: Readonly<Record<Id, Note>>
}
