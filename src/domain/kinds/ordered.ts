// Helpers for the ordered kinds (phases, lanes, personas): arrays whose order people choose. Each
// returns the same map when nothing changes, so an edit that moves nothing writes nothing.

import { JourneyError, type JourneyErrorCode } from '../errors'
import { unknownRecord } from '../records'
import type { Id } from '../types'

/** An index clamped to 0…length; a fractional index is a caller's bug, refused. */
export function clampIndex(what: string, index: number, length: number): number {
  if (!Number.isInteger(index)) {
    throw new JourneyError('invalid-value', `${what} index must be an integer, got ${index}`)
  }
  return Math.min(Math.max(index, 0), length)
}

export function insertAt<T>(list: readonly T[], item: T, index: number | undefined, what: string) {
  return list.toSpliced(clampIndex(what, index ?? list.length, list.length), 0, item)
}

/** The list with the item `id` moved to `toIndex` (clamped), or the same list. */
export function moveTo<T extends { readonly id: Id }>(
  list: readonly T[],
  from: number,
  toIndex: number,
  what: string,
): readonly T[] {
  const to = clampIndex(what, toIndex, list.length - 1)
  if (from === to) return list
  return list.toSpliced(from, 1).toSpliced(to, 0, list[from] as T)
}

/** The index of the record `id`, or the kind's 'unknown-…' error. */
export function indexIn<T extends { readonly id: Id }>(
  list: readonly T[],
  id: Id,
  code: JourneyErrorCode,
  noun: string,
): number {
  const index = list.findIndex((record) => record.id === id)
  if (index < 0) throw unknownRecord(code, noun, id)
  return index
}

export function replaceIn<T>(list: readonly T[], before: T, after: T): readonly T[] {
  if (before === after) return list
  return list.map((item) => (item === before ? after : item))
}
