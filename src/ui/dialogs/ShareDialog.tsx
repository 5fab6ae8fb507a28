import { useEffect, useId, useRef, useState } from 'react'
import { Check, Copy, Eye, MessageSquare, Pencil } from 'lucide-react'
import { shareLink, tokensFor } from '../../api/tokens'
import { useEditor, useEditorStore } from '../../state/context'
import { Modal } from './Modal'

type CopyStatus = 'idle' | 'copied' | 'manual'

/** The map's edit, comment and view links to pass on; open while `shareOpen`. */
export function ShareDialog() {
  const open = useEditor((s) => s.shareOpen)
  return open ? <ShareContent /> : null
}

function ShareContent() {
  const store = useEditorStore()
  const mapId = store.session.mapId
  const role = useEditor((s) => s.role)
  const [tokens] = useState(() => tokensFor(mapId))
  const canShareEdit =
    role !== 'view' &&
    role !== 'comment' &&
    (tokens.edit !== undefined || tokens.view === undefined)
  return (
    <Modal title="Share this map" onClose={() => store.setState({ shareOpen: false })}>
      <div className="dlg-share">
        {canShareEdit && (
          <LinkRow
            label="Edit link"
            icon="edit"
            url={shareLink(mapId, tokens.edit)}
            note="Anyone with this link can change the map."
            autoFocus
          />
        )}
        {tokens.comment && (
          <LinkRow
            label="Comment link"
            icon="comment"
            url={shareLink(mapId, tokens.comment)}
            note="For workshop participants: they comment and dot-vote, and see every edit live, but cannot change the map."
            autoFocus={!canShareEdit}
          />
        )}
        {tokens.view && (
          <LinkRow
            label="View link"
            icon="view"
            url={shareLink(mapId, tokens.view)}
            note="People with this link see the map and every edit live, but cannot change it — for clients and stakeholders."
            autoFocus={!canShareEdit && !tokens.comment}
          />
        )}
        {!tokens.edit && !tokens.view && (
          <p className="dlg-note">
            This browser holds no access token for this map; the link works while the server runs in
            open mode.
          </p>
        )}
      </div>
    </Modal>
  )
}

interface LinkRowProps {
  label: string
  icon: 'edit' | 'comment' | 'view'
  url: string
  note: string
  autoFocus?: boolean
}

function LinkRow({ label, icon, url, note, autoFocus }: LinkRowProps) {
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
  const Icon = icon === 'edit' ? Pencil : icon === 'comment' ? MessageSquare : Eye
  return (
    <div className="dlg-share__link">
      <label className="dlg-label" htmlFor={fieldId}>
        <Icon size={14} aria-hidden /> {label}
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
          {...(autoFocus ? { 'data-autofocus': true } : {})}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button
          type="button"
          className="dlg-button dlg-button--primary"
          aria-label={`Copy ${label.toLowerCase()}`}
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
      <p className="dlg-hint" id={noteId}>
        {note}
      </p>
    </div>
  )
}
