// A modal dialog on the native <dialog> element: showModal() gives the top layer, an inert page
// behind it and a focus trap; Escape (the dialog's "cancel") and the close button call onClose.
// Key presses inside do not reach the editor's global shortcuts.

import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { X } from 'lucide-react'
import './dialogs.css'

interface ModalProps {
  title: string
  onClose: () => void
  children: ReactNode
  /** Extra class on the panel, e.g. for its width. */
  className?: string
  /** Key presses inside the dialog, before they are kept from the editor's shortcuts. */
  onKeyDown?: (event: KeyboardEvent<HTMLDialogElement>) => void
}

export function Modal({ title, onClose, children, className, onKeyDown }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const pressedOnBackdrop = useRef(false)

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!dialog.open) dialog.showModal()
    // Focus what the dialog marks as its starting point, else the dialog itself.
    const start = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog
    start.focus()
    if (start instanceof HTMLInputElement) start.select()
    return () => {
      if (dialog.open) dialog.close()
      if (previous?.isConnected) previous.focus()
    }
  }, [])

  return (
    <dialog
      ref={ref}
      className="dlg"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      tabIndex={-1}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      onKeyDown={(event) => {
        onKeyDown?.(event)
        event.stopPropagation()
      }}
      onPointerDown={(event) => {
        pressedOnBackdrop.current = event.target === event.currentTarget
      }}
      onClick={(event) => {
        // Only a press and release both outside the panel closes (not a text selection drag).
        if (pressedOnBackdrop.current && event.target === event.currentTarget) onClose()
        pressedOnBackdrop.current = false
      }}
    >
      <div className={`dlg__panel${className ? ` ${className}` : ''}`}>
        <header className="dlg__header">
          <h2 className="dlg__title" id={titleId}>
            {title}
          </h2>
          <button
            type="button"
            className="dlg__close"
            aria-label="Close"
            title="Close (Esc)"
            onClick={onClose}
          >
            <X size={18} aria-hidden />
          </button>
        </header>
        <div className="dlg__body">{children}</div>
      </div>
    </dialog>
  )
}
