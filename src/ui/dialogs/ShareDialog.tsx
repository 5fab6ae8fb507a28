import { useEffect, useId, useRef, useState } from 'react'
import { Check, Copy, Users } from 'lucide-react'
import { useEditor, useEditorStore } from '../../state/context'
import { Modal } from './Modal'

type CopyStatus = 'idle' | 'copied' | 'manual'

/** The map's link to pass on; open while `shareOpen`. */
export function ShareDialog() {
  const open = useEditor((s) => s.shareOpen)
  return open ? <ShareContent /> : null
}

function ShareContent() {
  const store = useEditorStore()
  const [url] = useState(() => window.location.href)
  const [status, setStatus] = useState<CopyStatus>('idle')
  const field = useRef<HTMLInputElement>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const fieldId = useId()
  const noteId = useId()

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current)
    },
    [],
  )

  const show = (next: CopyStatus) => {
    setStatus(next)
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => setStatus('idle'), 2500)
  }

  const copy = async () => {
    try {
      // Missing outside secure contexts (plain http on a LAN address): fall back below.
      if (!navigator.clipboard) throw new Error('no clipboard')
      await navigator.clipboard.writeText(url)
      show('copied')
    } catch {
      field.current?.focus()
      field.current?.select()
      show('manual')
    }
  }

  return (
    <Modal title="Share this map" onClose={() => store.setState({ shareOpen: false })}>
      <div className="dlg-share">
        <label className="dlg-label" htmlFor={fieldId}>
          Link
        </label>
        <div className="dlg-share__row">
          <input
            ref={field}
            id={fieldId}
            className="dlg-input"
            type="text"
            readOnly
            value={url}
            aria-describedby={noteId}
            data-autofocus
            onFocus={(event) => event.currentTarget.select()}
          />
          <button
            type="button"
            className="dlg-button dlg-button--primary"
            onClick={() => void copy()}
          >
            {status === 'copied' ? <Check size={16} aria-hidden /> : <Copy size={16} aria-hidden />}
            {status === 'copied' ? 'Copied' : 'Copy'}
          </button>
        </div>
        <p className="dlg-status" role="status">
          {status === 'copied' && 'Link copied to the clipboard.'}
          {status === 'manual' && 'Press Ctrl+C (⌘C on a Mac) to copy the selected link.'}
        </p>
        <p className="dlg-note" id={noteId}>
          <Users size={18} aria-hidden />
          <span>
            Anyone with this link can open and edit the map. Links with view-only or limited access
            will come later.
          </span>
        </p>
      </div>
    </Modal>
  )
}
