// A modal dialog on the native <dialog> element: the browser supplies the focus trap, Escape,
// the inert background and the top layer. React state decides whether it is shown (the parent
// renders it or not), so Escape and backdrop clicks ask the parent to close it.

import { useId, useLayoutEffect, useRef, type ReactNode } from 'react'
import { X } from 'lucide-react'
import './map-list-dialogs.css'

interface ModalProps {
  title: string
  description?: ReactNode
  /** Wider layout for content with a grid (the template picker). */
  wide?: boolean
  onClose(): void
  children: ReactNode
}

export function Modal({ title, description, wide = false, onClose, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const descriptionId = useId()

  useLayoutEffect(() => {
    const dialog = ref.current
    const opener = document.activeElement
    if (dialog && !dialog.open) {
      dialog.showModal()
      // React's autoFocus runs while the dialog is still closed; mark the target instead.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus()
    }
    return () => {
      dialog?.close()
      // Give focus back to what opened the dialog, if it still exists (a deleted card does not).
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus()
    }
  }, [])

  return (
    <dialog
      ref={ref}
      className={wide ? 'ml-dialog ml-dialog--wide' : 'ml-dialog'}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      onMouseDown={(event) => {
        // The backdrop belongs to the <dialog> itself; the content sits in an inner element.
        if (event.target === event.currentTarget) onClose()
      }}
    >
      <div className="ml-dialog__body">
        <header className="ml-dialog__header">
          <h2 id={titleId} className="ml-dialog__title">
            {title}
          </h2>
          <button
            type="button"
            className="ml-icon-btn"
            aria-label="Close"
            title="Close (Esc)"
            onClick={onClose}
          >
            <X size={20} aria-hidden="true" />
          </button>
        </header>
        {description && (
          <div id={descriptionId} className="ml-dialog__description">
            {description}
          </div>
        )}
        {children}
      </div>
    </dialog>
  )
}
