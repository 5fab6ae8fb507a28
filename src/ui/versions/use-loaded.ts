// Something the page fetches: loading, failed (with the error, worded when shown: the server's
// sentence, or `versionsErrorText` in the page's language) or ready. Fetched again
// whenever `key` changes; an answer that arrives after the key moved on is dropped.

import { useEffect, useEffectEvent, useState } from 'react'

export type Loaded<T> =
  { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; value: T }

export function useLoaded<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' })
  const start = useEffectEvent(load)
  useEffect(() => {
    let current = true
    start().then(
      (value) => current && setState({ status: 'ready', value }),
      (error: unknown) => current && setState({ status: 'failed', error }),
    )
    return () => {
      current = false
    }
  }, [key])
  return state
}
