// The start page's modal dialog: its own look, the shared lifecycle (use-native-modal.ts).

import { useId, type ReactNode } from 'react'
import { X } from 'lucide-react'
import { useNativeModal } from '../dialogs/use-native-modal'
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
  const { ref, onCancel, onPointerDown, onClick } = useNativeModal(onClose)
  const titleId = useId()
  const descriptionId = useId()

  return (
    <dialog
      ref={ref}
      className={wide ? 'ml-dialog ml-dialog--wide' : 'ml-dialog'}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={onCancel}
      onPointerDown={onPointerDown}
      onClick={onClick}
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
