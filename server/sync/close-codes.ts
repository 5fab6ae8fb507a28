// Websocket close codes the server uses. 4400–4499 tell the y-websocket 3.x client to stop
// reconnecting (the problem will not go away by retrying); other codes make it retry with backoff.

export const CloseCode = {
  /** The server is restarting (graceful shutdown); clients reconnect. */
  serviceRestart: 1012,
  /** A frame larger than the configured limit (sent by `ws` itself through `maxPayload`). */
  messageTooBig: 1009,
  /** The room could not be loaded; retrying later may work. */
  internalError: 1011,
  /** Try again later: too many maps open, or the client did not read what it was sent. */
  tryAgainLater: 1013,
  /** A malformed or unknown message. */
  badMessage: 4400,
  /** No token, or one that does not open this map (auth on). */
  unauthorized: 4401,
  /** No map with that id (never created, or deleted while open). */
  unknownMap: 4404,
  /** An update would grow the map's document beyond the configured maximum. */
  tooLarge: 4413,
  /** The map's stored state cannot be decoded: it is kept untouched and not opened. */
  damaged: 4422,
  /** Too many messages or bytes from this connection, or connections from this address. */
  rateLimited: 4429,
} as const

export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode]

/** A client broke the protocol; the connection closes with `code`, everyone else carries on. */
export class ProtocolError extends Error {
  constructor(
    message: string,
    readonly code: CloseCodeValue = CloseCode.badMessage,
  ) {
    super(message)
  }
}
