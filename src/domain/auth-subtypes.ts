// The subtypes of the sync socket's auth message (y-protocols' message type 2: varUint subtype,
// varString text), one table for the server that writes them (server/sync/messages.ts) and the
// page that reads them (src/collab/websocket-transport.ts). y-protocols defines only 0; an
// unmodified y-websocket client ignores the others.

export const AuthSubtype = {
  /** y-protocols' own: the text is the reason. */
  permissionDenied: 0,
  /** Whether the server can save: `ok` or `failing`. */
  saveStatus: 1,
  /** What the connection's token grants: `edit`, `comment` or `view`. */
  role: 2,
} as const
