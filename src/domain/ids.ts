// Record ids. New ids are random so that two people creating records at the same moment on
// different clients never collide without having to coordinate; ids read from files may be any
// reasonable string (another tool may use UUIDs or "tp-1"), so `isValidId` is deliberately loose.

import type { Id } from './types'

/** 64 URL-safe characters: a random byte masked to 6 bits picks one without bias. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'

/** Length of generated ids: 21 × 6 = 126 random bits, the same as nanoid's default. */
export const ID_LENGTH = 21

/** Longest id accepted anywhere, counted in Unicode code points (as JSON Schema's maxLength). */
export const MAX_ID_LENGTH = 256

/** A new random, URL-safe id (browser and Node ≥ 20 both provide `crypto.getRandomValues`). */
export function newId(): Id {
  const bytes = crypto.getRandomValues(new Uint8Array(ID_LENGTH))
  let id = ''
  for (const byte of bytes) id += ALPHABET[byte & 63]
  return id
}

/** Why a value cannot be an id, or null when it can. Shared by operations and the file validator. */
export function idProblem(value: unknown): string | null {
  if (typeof value !== 'string') return 'must be a string'
  if (value.length === 0) return 'must not be empty'
  let codePoints = 0
  for (const char of value) {
    codePoints += 1
    const code = char.codePointAt(0) ?? 0
    // Control characters would break log lines, CSS selectors and DOM ids.
    if (code < 0x20 || code === 0x7f) return 'must not contain control characters'
  }
  if (codePoints > MAX_ID_LENGTH) return `must be at most ${MAX_ID_LENGTH} characters`
  return null
}

/** A non-empty string of at most 256 characters without control characters. */
export function isValidId(value: unknown): value is Id {
  return idProblem(value) === null
}
