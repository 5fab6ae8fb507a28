// What every kind of record (phase, touchpoint, edge, note, and the kinds still to come) tells the
// rest of Trailmap about itself, in the manner of tldraw's `tlschema` record types. The file
// format, the Y.Doc codec, undo, the store's selectors and the inspector iterate a registry of
// these instead of naming kinds, so adding a kind is one module here plus its node and panel.

import type { Rule } from '../rules'
import type { Rect } from '../geometry'
import type { Id, JourneyMap, Size } from '../types'

export interface BaseRecord {
  readonly id: Id
}

/** One validator per known field. Unknown fields are kept as they are, never checked. */
export type FieldRules<R> = { readonly [K in keyof R]-?: Rule }

/** How a record that points at something missing is shown: adjusted, or left out. */
export type Resolution<R> =
  | { readonly record: R; readonly repair?: string }
  | { readonly record: null; readonly repair: string }

/** One step of a kind's records from format version `to - 1` to `to` (plain JSON in and out). */
export interface RecordMigration {
  readonly to: number
  up(record: Readonly<Record<string, unknown>>): Record<string, unknown>
}

/**
 * One pass over a kind's list (a file being restored, a doc being read): the record's position in
 * it, and scratch space that lives for the pass (cards stacked down a column, edge pairs seen).
 */
export interface Pass {
  readonly index: number
  readonly scratch: Map<string, unknown>
}

export interface RecordKind<R extends BaseRecord = BaseRecord> {
  /** Singular, as in messages and command ids: 'touchpoint'. */
  readonly name: string
  /** How people call one and several of them: ['connection', 'connections']. */
  readonly nouns: readonly [one: string, many: string]
  /** The map field, the file's list and the Y.Doc map of this kind: 'touchpoints'. */
  readonly collection: string
  /** Ordered kinds (phases) are arrays in the map and carry a fractional order in the doc. */
  readonly ordered: boolean
  readonly fields: FieldRules<R>
  /** The file format: must the list be present, and which fields must each record have. */
  readonly file: { readonly listRequired: boolean; readonly requiredFields: readonly string[] }
  /** A complete record from some of its fields (unknown fields kept). Never validates. */
  create(partial: Partial<R> & { readonly id: Id }, pass?: Pass): R
  /**
   * Clamps values its rules accept but the layout cannot show (a 10-pixel column). Returns the
   * same object when nothing changed; `report` says what changed, for the import summary.
   */
  normalise?(record: R, report: (message: string) => void): R
  /**
   * Cross-record references, checked against the collections resolved before this one (see
   * `dependsOn`). Used by file restore and by the live-doc mirror alike, so a dangling edge or a
   * card in a vanished phase is handled the same way wherever it is met.
   */
  resolve?(record: R, map: JourneyMap, pass: Pass): Resolution<R>
  /** Collections `resolve` reads; they come earlier in the registry. */
  readonly dependsOn?: readonly string[]
  /**
   * `resolve` reads of the `dependsOn` collections only which ids they hold (does that card
   * exist?), never a record's fields: a card renamed or moved does not re-resolve this kind.
   */
  readonly readsDependencyIdsOnly?: true
  /**
   * `resolve` reads only its record and the `dependsOn` collections — not the pass, not the
   * kind's other records (as edges do to find a repeated pair): an edit of some records
   * re-resolves those records alone. The mirror relies on it on every keystroke.
   */
  readonly resolvesAlone?: true
  /**
   * Field edits (the inspector's): `patch` holds some fields, checked by the kind's rules; the id
   * never changes. Kinds without it are edited only through their own operations.
   */
  update?(map: JourneyMap, id: Id, patch: Readonly<Record<string, unknown>>): JourneyMap
  /** Where the record is drawn on the canvas (cards at `cardSize`); kinds not drawn omit it. */
  bounds?(record: R, map: JourneyMap, cardSize: Size): Rect | null
  /**
   * How the map list's thumbnail draws the record (src/domain/summary.ts), at its `bounds`: a
   * `column` spans the thumbnail's height, a `box` is drawn as it is. Kinds not shown omit it.
   */
  readonly thumbnail?: { readonly shape: 'column' | 'box'; colour(record: R): string }
  /** Counts a record adds to its map's summary beside the number of records (pain points). */
  tally?(record: R): Readonly<Record<string, number>>
  /**
   * False for records that are not canvas elements (personas): they are selected from panels, and
   * selecting something on the canvas replaces them rather than joining them.
   */
  readonly onCanvas?: boolean
  /**
   * The format version that introduced the kind (default 1). An older file's map field of the
   * same name was unknown data then: the file step to this version keeps it aside (`movedAside`).
   */
  readonly since?: number
  /**
   * Steps for this kind's records, ascending by `to`. A live doc's record may lack its
   * `sparseFields` (below): a step reads a missing one as the default of the version it starts
   * from.
   */
  readonly migrations: readonly RecordMigration[]
  /**
   * Fields the Y.Doc leaves out while they hold the value `create` gives them, which must not
   * depend on anything else the record holds nor on its place in a list (so not a card's `kind`,
   * which follows its channel, nor a persona's colour): reading fills them back in. Most cards
   * keep most of their fields at the default: with the ids left out too, a 2,000-card map's doc
   * is half the size to store, send and load (docs/yjs-layout.md). A version that changes one of
   * these defaults needs a migration step that writes the old value into every record lacking
   * the field.
   */
  readonly sparseFields?: readonly (keyof R & string)[]
}

export type AnyKind = RecordKind<BaseRecord>

/**
 * A migration's helper: fields an older version did not define were unknown data there (another
 * tool's), not ours; before a step gives those names a meaning, their old values are kept aside
 * under `x-v<from>-<name>` (as every unknown field is kept) instead of being misread.
 */
export function movedAside(
  record: Readonly<Record<string, unknown>>,
  names: readonly string[],
  fromVersion: number,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record }
  for (const name of names) {
    if (!Object.hasOwn(out, name)) continue
    Object.defineProperty(out, `x-v${fromVersion}-${name}`, {
      value: out[name],
      enumerable: true,
      writable: true,
      configurable: true,
    })
    delete out[name]
  }
  return out
}

/** Widens a concrete kind for the registry's lists (the type parameter is only ever read out). */
export function defineKind<R extends BaseRecord>(kind: RecordKind<R>): AnyKind {
  return kind as unknown as AnyKind
}
