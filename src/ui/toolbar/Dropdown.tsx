// A toolbar button that opens a small panel below it; Escape or a click outside closes it and
// gives focus back to the button.

import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import type { LucideIcon } from 'lucide-react'

interface Props {
  icon: LucideIcon
  /** Shown beside the icon; without it the button is the icon alone (named by `label`). */
  text?: string
  label: string
  disabled?: boolean
  children: (close: () => void) => ReactNode
}

export function Dropdown({ icon: Icon, text, label, disabled = false, children }: Props) {
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  const panelId = useId()
  const buttonId = useId()
  const close = () => {
    setOpen(false)
    document.getElementById(buttonId)?.focus()
  }
  useEffect(() => {
    if (!open) return
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', outside)
    return () => document.removeEventListener('pointerdown', outside)
  }, [open])
  return (
    <div
      className="dropdown"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation()
          close()
        }
      }}
    >
      <button
        id={buttonId}
        type="button"
        className={text ? 'tool tool--text' : 'tool'}
        aria-label={label}
        title={label}
        aria-expanded={open}
        aria-controls={panelId}
        disabled={disabled}
        onClick={() => setOpen((was) => !was)}
      >
        <Icon size={18} aria-hidden />
        {text && <span>{text}</span>}
      </button>
      {open && (
        <div className="dropdown__panel" id={panelId}>
          {children(close)}
        </div>
      )}
    </div>
  )
}
