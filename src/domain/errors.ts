// The one error type of the domain. Operations throw it when asked for something that would make
// the map invalid; callers (commands, collab) switch on `code`, people read `message`.

export type JourneyErrorCode =
  | 'unknown-phase'
  | 'unknown-touchpoint'
  | 'unknown-edge'
  | 'unknown-note'
  | 'unknown-lane'
  | 'unknown-persona'
  | 'duplicate-id'
  | 'self-loop'
  | 'duplicate-edge'
  | 'last-phase'
  | 'invalid-value'
  | 'read-only'

export class JourneyError extends Error {
  readonly code: JourneyErrorCode

  constructor(code: JourneyErrorCode, message: string) {
    super(message)
    this.name = 'JourneyError'
    this.code = code
  }
}

export function isJourneyError(value: unknown, code?: JourneyErrorCode): value is JourneyError {
  return value instanceof JourneyError && (code === undefined || value.code === code)
}
