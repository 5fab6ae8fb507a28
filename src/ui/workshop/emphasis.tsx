// A message with one value shown in bold ("New comment on **Checkout**") without cutting the
// sentence into pieces: the message is asked for its text around a marker, so its word order
// stays the translator's, and the value goes in where the marker was.

import type { ReactNode } from 'react'

const MARK = '\u0000'

export function withStrong(message: (value: string) => string, value: string): ReactNode {
  const [before = '', after = ''] = message(MARK).split(MARK)
  return (
    <>
      {before}
      <strong>{value}</strong>
      {after}
    </>
  )
}
