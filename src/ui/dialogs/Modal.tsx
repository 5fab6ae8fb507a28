// The editor's modal dialog (lifecycle in use-native-modal.ts). Key presses inside do not reach
// the editor's global shortcuts.

import { useId, type KeyboardEvent, type ReactNode } from 'react'
import { X } from 'lucide-react'
import './dialogs.css'
import { useNativeModal } from './use-native-modal'

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
  const { ref, onCancel, onPointerDown, onClick } = useNativeModal(onClose)
  const titleId = useId()

  return (
    <dialog
      ref={ref}
      className="dlg"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      tabIndex={-1}
      onCancel={onCancel}
      onKeyDown={(event) => {
        onKeyDown?.(event)
        event.stopPropagation()
      }}
      onPointerDown={onPointerDown}
      onClick={onClick}
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
