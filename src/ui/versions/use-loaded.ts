// Something the page fetches: loading, failed (with the server's sentence) or ready. Fetched again
// whenever `key` changes; an answer that arrives after the key moved on is dropped.

import { useEffect, useEffectEvent, useState } from 'react'

export type Loaded<T> =
  { status: 'loading' } | { status: 'failed'; error: string } | { status: 'ready'; value: T }

export function useLoaded<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' })
  const start = useEffectEvent(load)
  useEffect(() => {
    let current = true
    start().then(
      (value) => current && setState({ status: 'ready', value }),
      (error: unknown) =>
        current &&
        setState({
          status: 'failed',
          error: error instanceof Error ? error.message : String(error),
        }),
    )
    return () => {
      current = false
    }
  }, [key])
  return state
}
