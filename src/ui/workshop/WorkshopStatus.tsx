// What everyone sees at the top of the canvas during a workshop: the shared timer (with the
// facilitator's controls), "Following Ann · Stop", and a soft chime when the timer ends (muted by
// default; this browser's choice).

import { useEffect, useRef, useState } from 'react'
import { Bell, BellOff, Lock, Pause, Play, Plus, X } from 'lucide-react'
import { freezeOf } from '../../domain/workshop/freeze'
import { clearTimer, follow } from '../../commands/facilitator-commands'
import { commands } from '../../commands'
import { useRunCommand } from '../../commands/use-command'
import { useCommandContext } from './use-command-context'
import { formatClock, remaining } from '../../domain/workshop/timer'
import { useEditor, useEditorStore } from '../../state/context'
import { canFacilitate } from '../../state/selectors'
import { useNow } from '../../canvas/workshop/use-now'
import { useT } from '../../state/locale'
import { withStrong } from './emphasis'
import './workshop.css'

export function WorkshopStatus() {
  return (
    <div className="ws-status">
      <LockChip />
      <TimerChip />
      <FollowChip />
    </div>
  )
}

function TimerChip() {
  const timer = useEditor((s) => s.workshop.timer)
  const words = useT().workshop.timer
  const editable = useEditor(canFacilitate)
  const run = useRunCommand()
  const context = useCommandContext()
  const now = useNow(timer ? 250 : null)
  const [sound, setSound] = useState(false)
  const left = timer ? remaining(timer, now) : 0
  const running = timer?.endsAt !== null && timer !== null && left > 0
  const wasRunning = useRef(false)
  useEffect(() => {
    if (wasRunning.current && !running && timer?.endsAt !== null && sound) chime()
    wasRunning.current = running
  }, [running, sound, timer])
  if (!timer) return null
  return (
    <div
      className={`ws-timer${left === 0 ? ' ws-timer--done' : ''}`}
      role="timer"
      aria-label={words.label}
      data-testid="workshop-timer"
    >
      <span className="ws-timer__clock">{formatClock(left)}</span>
      {editable && (
        <>
          <button
            type="button"
            className="ws-icon-button"
            aria-label={running ? words.pause : words.start}
            onClick={() => commands.run(running ? 'timer.pause' : 'timer.start', context())}
          >
            {running ? <Pause size={14} aria-hidden /> : <Play size={14} aria-hidden />}
          </button>
          <button
            type="button"
            className="ws-icon-button"
            aria-label={words.addMinute}
            onClick={() => commands.run('timer.add-minute', context())}
          >
            <Plus size={14} aria-hidden />
          </button>
          <button
            type="button"
            className="ws-icon-button"
            aria-label={words.remove}
            onClick={() => run(clearTimer, undefined)}
          >
            <X size={14} aria-hidden />
          </button>
        </>
      )}
      <button
        type="button"
        className="ws-icon-button"
        aria-label={sound ? words.mute : words.sound}
        aria-pressed={sound}
        onClick={() => setSound((on) => !on)}
      >
        {sound ? <Bell size={14} aria-hidden /> : <BellOff size={14} aria-hidden />}
      </button>
    </div>
  )
}

function LockChip() {
  const freeze = useEditor((s) => freezeOf(s.map))
  const words = useT().workshop.freeze
  if (freeze === 'none') return null
  return (
    <div className="ws-lock" data-testid="layout-lock" role="status">
      <Lock size={14} aria-hidden />
      {freeze === 'all' ? words.lockedAll : words.lockedPositions}
    </div>
  )
}

/**
 * "Following Fay · Stop · Stay put": Stop ends this follow; Stay put also ignores the
 * facilitator's next "bring everyone to me" (until "Follow again").
 */
function FollowChip() {
  const following = useEditor((s) => s.following)
  const name = useEditor((s) => s.peers.find((p) => p.clientId === s.following)?.user.name)
  const optOut = useEditor((s) => s.followOptOut)
  const words = useT().workshop.follow
  const store = useEditorStore()
  const run = useRunCommand()
  if (optOut && following === null) {
    return (
      <div className="ws-follow">
        <span>{words.notFollowing}</span>
        <button
          type="button"
          className="ws-button ws-button--small"
          onClick={() => store.setState({ followOptOut: false })}
        >
          {words.followAgain}
        </button>
      </div>
    )
  }
  if (following === null || !name) return null
  return (
    <div className="ws-follow" data-testid="following">
      <span>{withStrong(words.following, name)}</span>
      <button
        type="button"
        className="ws-button ws-button--small"
        onClick={() => run(follow, null)}
      >
        {words.stop}
      </button>
      <button
        type="button"
        className="ws-button ws-button--small"
        title={words.stayPutTitle}
        onClick={() => store.setState({ following: null, followOptOut: true })}
      >
        {words.stayPut}
      </button>
    </div>
  )
}

/** A soft two-note chime (Web Audio; nothing to download). */
function chime() {
  try {
    const audio = new AudioContext()
    const at = audio.currentTime
    for (const [i, frequency] of [660, 880].entries()) {
      const osc = audio.createOscillator()
      const gain = audio.createGain()
      osc.frequency.value = frequency
      gain.gain.setValueAtTime(0.0001, at + i * 0.25)
      gain.gain.exponentialRampToValueAtTime(0.15, at + i * 0.25 + 0.02)
      gain.gain.exponentialRampToValueAtTime(0.0001, at + i * 0.25 + 0.6)
      osc.connect(gain).connect(audio.destination)
      osc.start(at + i * 0.25)
      osc.stop(at + i * 0.25 + 0.65)
    }
    setTimeout(() => void audio.close(), 1500)
  } catch {
    // No audio here: the red clock says it.
  }
}
