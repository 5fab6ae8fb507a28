// What a map's link lets the person holding it do, as the server names it: in the map's HTTP
// record and as the sync socket's first frame (server/sync/messages.ts, `encodeRole`).

export const ACCESS_ROLES = ['edit', 'comment', 'view'] as const

export type AccessRole = (typeof ACCESS_ROLES)[number]

/** True for a role the server can name; anything else from the wire is ignored, not trusted. */
export function isAccessRole(value: unknown): value is AccessRole {
  return typeof value === 'string' && (ACCESS_ROLES as readonly string[]).includes(value)
}
