// My name and colour as colleagues see them. Changes go out live (presence) and are remembered
// on this device for the next map.

import { useEffect, useId, useRef, useState, type RefObject } from 'react'
import { Check } from 'lucide-react'
import type { PresenceUser } from '../../collab/presence'
import { USER_COLORS } from './user'
import { MAX_NAME_LENGTH, cleanName, readableTextColor } from './avatar'
import { useT } from '../../state/locale'

interface ProfilePopoverProps {
  user: PresenceUser
  onChange: (user: PresenceUser) => void
  /** `refocus`: give focus back to the avatar (closing by keyboard, not by clicking elsewhere). */
  onClose: (refocus: boolean) => void
  anchor: RefObject<HTMLElement | null>
}

export function ProfilePopover({ user, onChange, onClose, anchor }: ProfilePopoverProps) {
  const t = useT()
  const [name, setName] = useState(user.name)
  const panel = useRef<HTMLDivElement>(null)
  const nameId = useId()
  const titleId = useId()

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node | null
      if (panel.current?.contains(target) || anchor.current?.contains(target)) return
      onClose(false)
    }
    document.addEventListener('pointerdown', onPointerDown, true)
    return () => document.removeEventListener('pointerdown', onPointerDown, true)
  }, [anchor, onClose])

  const rename = (text: string) => {
    setName(text)
    const clean = cleanName(text)
    // An empty name is not shared: colleagues keep seeing the last real one.
    if (clean !== '' && clean !== user.name) onChange({ ...user, name: clean })
  }

  return (
    <div
      ref={panel}
      className="pres-popover"
      role="dialog"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        // Keys here are not editor shortcuts.
        event.stopPropagation()
        if (
          event.key === 'Escape' ||
          (event.key === 'Enter' && event.target instanceof HTMLInputElement)
        ) {
          event.preventDefault()
          onClose(true)
        }
      }}
    >
      <p className="pres-popover__title" id={titleId}>
        {t.presence.profileTitle}
      </p>
      <label className="pres-label" htmlFor={nameId}>
        {t.presence.yourName}
      </label>
      <input
        id={nameId}
        className="pres-input"
        type="text"
        value={name}
        maxLength={MAX_NAME_LENGTH}
        autoFocus
        onChange={(event) => rename(event.target.value)}
        onBlur={() => setName(user.name)}
      />
      <span className="pres-label" id={`${nameId}-colour`}>
        {t.presence.yourColour}
      </span>
      <div className="pres-swatches" role="group" aria-labelledby={`${nameId}-colour`}>
        {USER_COLORS.map((color, index) => {
          const label = t.presence.colours[index] ?? color
          const pressed = color.toLowerCase() === user.color.toLowerCase()
          return (
            <button
              key={color}
              type="button"
              className="pres-swatch"
              style={{ background: color, color: readableTextColor(color) }}
              aria-pressed={pressed}
              aria-label={label}
              title={label}
              onClick={() => onChange({ ...user, color })}
            >
              {pressed && <Check size={16} aria-hidden />}
            </button>
          )
        })}
      </div>
      <button type="button" className="pres-button" onClick={() => onClose(true)}>
        {t.common.done}
      </button>
    </div>
  )
}
