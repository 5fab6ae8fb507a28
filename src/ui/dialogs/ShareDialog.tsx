import { useEffect, useId, useRef, useState } from 'react'
import { Check, Copy, Eye, MessageSquare, Pencil } from 'lucide-react'
import { shareLink, tokensFor } from '../../api/tokens'
import { useEditor, useEditorStore } from '../../state/context'
import { Modal } from './Modal'
import { useT } from '../../state/locale'

type CopyStatus = 'idle' | 'copied' | 'manual'

/** The map's edit, comment and view links to pass on; open while `shareOpen`. */
export function ShareDialog() {
  const open = useEditor((s) => s.shareOpen)
  return open ? <ShareContent /> : null
}

function ShareContent() {
  const t = useT()
  const store = useEditorStore()
  const mapId = store.session.mapId
  const role = useEditor((s) => s.role)
  const [tokens] = useState(() => tokensFor(mapId))
  const canShareEdit =
    role !== 'view' &&
    role !== 'comment' &&
    (tokens.edit !== undefined || tokens.view === undefined)
  return (
    <Modal title={t.dialogs.share.title} onClose={() => store.setState({ shareOpen: false })}>
      <div className="dlg-share">
        {canShareEdit && <LinkRow icon="edit" url={shareLink(mapId, tokens.edit)} autoFocus />}
        {tokens.comment && (
          <LinkRow
            icon="comment"
            url={shareLink(mapId, tokens.comment)}
            autoFocus={!canShareEdit}
          />
        )}
        {tokens.view && (
          <LinkRow
            icon="view"
            url={shareLink(mapId, tokens.view)}
            autoFocus={!canShareEdit && !tokens.comment}
          />
        )}
        {!tokens.edit && !tokens.view && <p className="dlg-note">{t.dialogs.share.noToken}</p>}
      </div>
    </Modal>
  )
}

interface LinkRowProps {
  icon: 'edit' | 'comment' | 'view'
  url: string
  autoFocus?: boolean
}

function LinkRow({ icon, url, autoFocus }: LinkRowProps) {
  const t = useT()
  const words = t.dialogs.share.links[icon]
  const [status, setCopyStatus] = useState<CopyStatus>('idle')
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
    setCopyStatus(next)
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => setCopyStatus('idle'), 2500)
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
        <Icon size={14} aria-hidden /> {words.label}
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
          aria-label={words.copy}
          onClick={() => void copy()}
        >
          {status === 'copied' ? <Check size={16} aria-hidden /> : <Copy size={16} aria-hidden />}
          {status === 'copied' ? t.dialogs.share.copied : t.dialogs.share.copy}
        </button>
      </div>
      <p className="dlg-status" role="status">
        {status === 'copied' && t.dialogs.share.copiedStatus}
        {status === 'manual' && t.dialogs.share.copyManually}
      </p>
      <p className="dlg-hint" id={noteId}>
        {words.note}
      </p>
    </div>
  )
}
