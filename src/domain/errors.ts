// The one error type of the domain. Operations throw it when asked for something that would make
// the map invalid; callers (commands, collab) switch on `code`. `message` is English, for logs and
// tests; people read `refusalText`, the catalogue's sentence for the code in their language.

import type { Messages } from './i18n'

export type JourneyErrorCode =
  | 'unknown-phase'
  | 'unknown-touchpoint'
  | 'unknown-edge'
  | 'unknown-note'
  | 'unknown-lane'
  | 'unknown-persona'
  | 'unknown-metric'
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

const REFUSAL_KEYS = {
  'unknown-phase': 'unknownPhase',
  'unknown-touchpoint': 'unknownTouchpoint',
  'unknown-edge': 'unknownEdge',
  'unknown-note': 'unknownNote',
  'unknown-lane': 'unknownLane',
  'unknown-persona': 'unknownPersona',
  'unknown-metric': 'unknownMetric',
  'duplicate-id': 'duplicateId',
  'self-loop': 'selfLoop',
  'duplicate-edge': 'duplicateEdge',
  'last-phase': 'lastPhase',
  'read-only': 'readOnly',
} as const satisfies Record<Exclude<JourneyErrorCode, 'invalid-value'>, string>

/**
 * The notice for a refused edit, in the language of `messages`. An 'invalid-value' refusal is
 * shown as it was written: commands throw it with a sentence already in the reader's language
 * (a vote's rules), and an invalid field is refused in the inspector before it gets here.
 */
export function refusalText(messages: Messages, error: JourneyError): string {
  if (error.code === 'invalid-value') return error.message
  return messages.errors.refusal[REFUSAL_KEYS[error.code]]
}
