// The journey-map model: plain, immutable, serialisable records. Every record may also carry
// fields this version does not know (written by a newer Trailmap or another tool); operations
// spread records, so those fields survive every edit, and the Y.Doc layout stores them too.

import type { Channel, EdgeKind, Emotion, TouchpointKind } from './vocabulary'

export type Id = string

export interface Point {
  readonly x: number
  readonly y: number
}

export interface Size {
  readonly width: number
  readonly height: number
}

/** A column of the journey (Awareness, Consideration, …). Order is the order in `JourneyMap.phases`. */
export interface Phase {
  readonly id: Id
  readonly name: string
  /** CSS hex colour `#rrggbb`. */
  readonly color: string
  /** Column width in canvas pixels. */
  readonly width: number
}

/** Something the customer meets on the journey. */
export interface Touchpoint {
  readonly id: Id
  readonly title: string
  readonly description: string
  /** The phase column it sits in, or null while unassigned (e.g. after its phase was deleted). */
  readonly phaseId: Id | null
  readonly channel: Channel
  readonly kind: TouchpointKind
  readonly emotion: Emotion
  readonly painPoints: readonly string[]
  readonly opportunities: readonly string[]
  readonly owner: string
  readonly tags: readonly string[]
  /** Relative to the phase column's top-left corner, or absolute on the canvas when unassigned. */
  readonly position: Point
}

/** A step of the customer's path from one touchpoint to another. */
export interface Edge {
  readonly id: Id
  readonly source: Id
  readonly target: Id
  readonly label: string
  readonly kind: EdgeKind
}

/** A sticky note anywhere on the canvas (absolute position). */
export interface Note {
  readonly id: Id
  readonly text: string
  /** CSS hex colour `#rrggbb`. */
  readonly color: string
  readonly position: Point
  readonly size: Size
}

export interface MapMeta {
  readonly title: string
  readonly description: string
}

/**
 * A whole journey map. Phases are ordered; touchpoints, edges and notes are keyed by id so that an
 * edit replaces one record and every other record keeps its identity (cheap diffs, cheap renders).
 */
export interface JourneyMap {
  readonly meta: MapMeta
  readonly phases: readonly Phase[]
  readonly touchpoints: Readonly<Record<Id, Touchpoint>>
  readonly edges: Readonly<Record<Id, Edge>>
  readonly notes: Readonly<Record<Id, Note>>
}
