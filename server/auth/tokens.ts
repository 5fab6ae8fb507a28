// Capability tokens. Every map has three secrets: an edit token (read and write), a comment token
// (read the map; write comments and votes, which live in the map's separate workshop doc) and a
// view token (read only). Whoever holds a token holds that right; there are no accounts.
//
// - The edit token is 24 random bytes (192 bits), base64url: 32 characters.
// - The view and comment tokens are derived from the edit token (HMAC-SHA-256 keyed with it, with
//   a label each, first 24 bytes): whoever may edit can always produce both links to share, while
//   neither reveals anything about the edit token or the other. All look like uniformly random
//   192-bit strings.
// - Only SHA-256 digests are stored. With this much entropy a fast hash is enough (no password
//   stretching), and the lookup by digest gives an attacker no timing signal on the secret.
//
// Tokens are never logged: callers pass them here and to the store's digest lookups only.

import { createHash, createHmac, randomBytes } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { AccessRole } from '../../src/domain/access-role'

/** One name for the roles, shared with the page (src/domain/access-role.ts). */
export type Role = AccessRole

/** Stronger roles first: a request presenting several tokens gets the strongest. */
export const ROLE_RANK: Readonly<Record<Role, number>> = { edit: 3, comment: 2, view: 1 }

export interface MapTokens {
  editToken: string
  viewToken: string
  commentToken: string
}

const TOKEN_BYTES = 24
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/

export function mintTokens(): MapTokens {
  const editToken = randomBytes(TOKEN_BYTES).toString('base64url')
  return {
    editToken,
    viewToken: viewTokenFor(editToken),
    commentToken: commentTokenFor(editToken),
  }
}

const derive = (editToken: string, label: string) =>
  createHmac('sha256', editToken)
    .update(label)
    .digest()
    .subarray(0, TOKEN_BYTES)
    .toString('base64url')

export const viewTokenFor = (editToken: string): string =>
  derive(editToken, 'trailmap view token v1')

export const commentTokenFor = (editToken: string): string =>
  derive(editToken, 'trailmap comment token v1')

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest()
}

/** A string that could be a token (so obvious junk never reaches the database). */
export function isWellFormedToken(value: string): boolean {
  return TOKEN_PATTERN.test(value)
}

/**
 * Every token a request presents: `Authorization: Bearer <token>` and any number of `?token=`
 * parameters (websockets cannot set headers, and a map list asks about several maps at once).
 */
export function tokensFromRequest(req: IncomingMessage, url: URL): string[] {
  const tokens: string[] = []
  const header = req.headers.authorization
  const bearer = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null
  if (bearer?.[1]) tokens.push(bearer[1])
  for (const value of url.searchParams.getAll('token')) if (value) tokens.push(value)
  return tokens.filter(isWellFormedToken).slice(0, 100)
}
