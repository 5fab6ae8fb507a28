// Websocket close codes the server uses. 4400–4499 tell the y-websocket 3.x client to stop
// reconnecting (the problem will not go away by retrying); other codes make it retry with backoff.

export const CloseCode = {
  /** The server is restarting (graceful shutdown); clients reconnect. */
  serviceRestart: 1012,
  /** A frame larger than the configured limit (sent by `ws` itself through `maxPayload`). */
  messageTooBig: 1009,
  /** The room could not be loaded; retrying later may work. */
  internalError: 1011,
  /** A malformed or unknown message. */
  badMessage: 4400,
  /** No map with that id (never created, or deleted while open). */
  unknownMap: 4404,
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
