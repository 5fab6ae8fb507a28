// The shared workshop timer, pure: set a duration, start, pause, add a minute. While it runs it
// stores when it ends; paused, how much is left. Clients compute what to show from their clock,
// so a timer set on one laptop counts down on all of them (give or take their clock difference).

export interface WorkshopTimer {
  /** The duration it was last set to. */
  readonly durationMs: number
  /** When it reaches zero, while running; null while paused or stopped. */
  readonly endsAt: number | null
  /** What is left, while paused. */
  readonly remainingMs: number
}

export const MAX_TIMER_MS = 3 * 60 * 60_000

export const idleTimer = (durationMs = 5 * 60_000): WorkshopTimer => ({
  durationMs,
  endsAt: null,
  remainingMs: durationMs,
})

const clamp = (ms: number) => Math.max(0, Math.min(MAX_TIMER_MS, Math.round(ms)))

export function remaining(timer: WorkshopTimer, now: number): number {
  return timer.endsAt === null ? timer.remainingMs : Math.max(0, timer.endsAt - now)
}

export const isRunning = (timer: WorkshopTimer, now: number) =>
  timer.endsAt !== null && timer.endsAt > now

export const setTimer = (durationMs: number): WorkshopTimer => idleTimer(clamp(durationMs))

export function startTimer(timer: WorkshopTimer, now: number): WorkshopTimer {
  if (timer.endsAt !== null) return timer
  const left = timer.remainingMs > 0 ? timer.remainingMs : timer.durationMs
  return { ...timer, endsAt: now + left, remainingMs: left }
}

export function pauseTimer(timer: WorkshopTimer, now: number): WorkshopTimer {
  if (timer.endsAt === null) return timer
  return { ...timer, endsAt: null, remainingMs: remaining(timer, now) }
}

export function addMinute(timer: WorkshopTimer, now: number): WorkshopTimer {
  if (timer.endsAt === null) return { ...timer, remainingMs: clamp(timer.remainingMs + 60_000) }
  const left = clamp(remaining(timer, now) + 60_000)
  return { ...timer, endsAt: now + left, remainingMs: left }
}

/** "4:05", "1:02:00". */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const ss = String(s).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`
}
