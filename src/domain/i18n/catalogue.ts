// A catalogue is a plain object of messages: strings, or functions for messages with values
// (counts, names) so plural rules and word order stay the translator's, never concatenation.
// English is the source; every other language must have exactly its shape — `Messages` is the
// English catalogue with its literal types widened, so a missing or extra key, or a message
// taking different values, is a type error (and `i18n-catalogues.test.ts` checks it at run time).

import type { en } from './en'

export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> }

export type Messages = Widen<typeof en>
