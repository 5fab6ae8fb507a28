// The two small dialogs of a map card: rename (a title field) and delete (a confirmation that
// names the map, because deleting disconnects everyone who has it open and cannot be undone).

import { useState, type FormEvent } from 'react'
import type { MapSummary } from '../../api/maps'
import { MAX_TITLE_LENGTH } from '../../domain/title'
import { Modal } from '../dialogs/Modal'
import './map-list-dialogs.css'
import { useT } from '../../state/locale'

interface ActionDialogProps {
  map: MapSummary
  onClose(): void
}

/** Runs an action, keeps the dialog open with the server's message when it fails. */
function useAction() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  async function run(action: () => Promise<void>, failure: (reason: string) => string) {
    if (busy) return
    setBusy(true)
    setError(null)
    try {
      await action()
    } catch (e) {
      setError(failure((e as Error).message))
      setBusy(false)
    }
  }
  return { busy, error, run }
}

function Alert({ message }: { message: string | null }) {
  if (!message) return null
  return (
    <p role="alert" className="ml-alert">
      {message}
    </p>
  )
}

export function RenameDialog({
  map,
  onRename,
  onClose,
}: ActionDialogProps & { onRename(title: string): Promise<void> }) {
  const t = useT()
  const [title, setTitle] = useState(map.title)
  const { busy, error, run } = useAction()
  const blank = title.trim() === ''

  function submit(event: FormEvent) {
    event.preventDefault()
    if (blank) return
    void run(() => onRename(title.trim()), t.mapList.rename.failed)
  }

  return (
    <Modal title={t.mapList.rename.title} onClose={onClose}>
      <form className="ml-form" onSubmit={submit}>
        <div className="ml-field">
          <label className="ml-label" htmlFor="rename-map-title">
            {t.mapList.rename.field}
          </label>
          <input
            id="rename-map-title"
            className="ml-input"
            value={title}
            maxLength={MAX_TITLE_LENGTH}
            autoComplete="off"
            data-autofocus
            onFocus={(event) => event.target.select()}
            onChange={(event) => setTitle(event.target.value)}
          />
          <p className="ml-hint">{t.mapList.rename.hint}</p>
        </div>
        <Alert message={error} />
        <footer className="ml-dialog__footer">
          <button
            type="button"
            className="ml-btn"
            onClick={onClose}
            title={t.mapList.rename.cancelTitle}
          >
            {t.common.cancel}
          </button>
          <button
            type="submit"
            className="ml-btn ml-btn--primary"
            disabled={busy || blank}
            aria-busy={busy}
            title={t.mapList.rename.saveTitle}
          >
            {t.common.save}
          </button>
        </footer>
      </form>
    </Modal>
  )
}

export function DeleteDialog({
  map,
  onDelete,
  onClose,
}: ActionDialogProps & { onDelete(): Promise<void> }) {
  const t = useT()
  const { busy, error, run } = useAction()
  const title = map.title || t.mapList.card.untitled
  return (
    <Modal
      title={t.mapList.delete.title(title)}
      description={<p>{t.mapList.delete.text}</p>}
      onClose={onClose}
    >
      <Alert message={error} />
      <footer className="ml-dialog__footer">
        <button
          type="button"
          className="ml-btn"
          onClick={onClose}
          title={t.mapList.delete.cancelTitle}
          data-autofocus
        >
          {t.common.cancel}
        </button>
        <button
          type="button"
          className="ml-btn ml-btn--danger"
          disabled={busy}
          aria-busy={busy}
          title={t.mapList.delete.confirmTitle(title)}
          onClick={() => void run(onDelete, t.mapList.delete.failed)}
        >
          {t.mapList.delete.confirm}
        </button>
      </footer>
    </Modal>
  )
}
