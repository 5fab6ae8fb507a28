// The one modal dialog of the app, on the start page and in the editor (lifecycle in
// use-native-modal.ts). Key presses inside do not reach the editor's global shortcuts.

import { useId, type KeyboardEvent, type ReactNode } from 'react'
import { X } from 'lucide-react'
import './dialogs.css'
import { useNativeModal } from './use-native-modal'
import { useT } from '../../state/locale'

interface ModalProps {
  title: string
  /** A sentence or two under the title, read out with it. */
  description?: ReactNode
  /** Wider panel, for content laid out in a grid (the template picker, export settings). */
  wide?: boolean
  onClose: () => void
  children: ReactNode
  /** Extra class on the panel, e.g. for its width. */
  className?: string
  /** Key presses inside the dialog, before they are kept from the editor's shortcuts. */
  onKeyDown?: (event: KeyboardEvent<HTMLDialogElement>) => void
}

export function Modal(props: ModalProps) {
  const { title, description, wide = false, onClose, children, className, onKeyDown } = props
  const { ref, onCancel, onPointerDown, onClick } = useNativeModal(onClose)
  const t = useT()
  const titleId = useId()
  const descriptionId = useId()
  const panelClass = ['dlg__panel', wide ? 'dlg__panel--wide' : '', className ?? '']
    .filter(Boolean)
    .join(' ')

  return (
    <dialog
      ref={ref}
      className="dlg"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      tabIndex={-1}
      onCancel={onCancel}
      onKeyDown={(event) => {
        onKeyDown?.(event)
        event.stopPropagation()
      }}
      onPointerDown={onPointerDown}
      onClick={onClick}
    >
      <div className={panelClass}>
        <header className="dlg__header">
          <h2 className="dlg__title" id={titleId}>
            {title}
          </h2>
          <button
            type="button"
            className="dlg__close"
            aria-label={t.common.close}
            title={t.dialogs.closeTitle}
            onClick={onClose}
          >
            <X size={18} aria-hidden />
          </button>
        </header>
        <div className="dlg__body">
          {description && (
            <div id={descriptionId} className="dlg__description">
              {description}
            </div>
          )}
          {children}
        </div>
      </div>
    </dialog>
  )
}
