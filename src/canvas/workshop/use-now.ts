// The current time for countdowns and "5 minutes ago", re-read every `everyMs` (null: read once,
// when the component mounts). Render stays pure: the time comes from state, set by a timer.

import { useEffect, useState } from 'react'

export function useNow(everyMs: number | null): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (everyMs === null) return
    const timer = setInterval(() => setNow(Date.now()), everyMs)
    return () => clearInterval(timer)
  }, [everyMs])
  return now
}
