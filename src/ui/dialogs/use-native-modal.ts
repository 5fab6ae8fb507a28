// The lifecycle every modal shares, on the native <dialog> element: showModal() gives the top
// layer, an inert page behind it and a focus trap; focus starts at the element marked
// `data-autofocus` (React's autoFocus runs while the dialog is still closed) and returns to the
// opener afterwards; Escape and a press-and-release on the backdrop ask the parent to close.

import { useEffect, useRef, type MouseEvent, type PointerEvent, type SyntheticEvent } from 'react'

export function useNativeModal(onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null)
  const pressedOnBackdrop = useRef(false)

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!dialog.open) dialog.showModal()
    const start = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog
    start.focus()
    if (start instanceof HTMLInputElement) start.select()
    return () => {
      if (dialog.open) dialog.close()
      // A deleted card, say, cannot take the focus back.
      if (previous?.isConnected) previous.focus()
    }
  }, [])

  return {
    ref,
    onCancel(event: SyntheticEvent) {
      event.preventDefault()
      onClose()
    },
    onPointerDown(event: PointerEvent<HTMLDialogElement>) {
      pressedOnBackdrop.current = event.target === event.currentTarget
    },
    onClick(event: MouseEvent<HTMLDialogElement>) {
      // Only a press and release both outside the panel closes (not a text-selection drag).
      if (pressedOnBackdrop.current && event.target === event.currentTarget) onClose()
      pressedOnBackdrop.current = false
    },
  }
}
