// The two small dialogs of a map card: rename (a title field) and delete (a confirmation that
// names the map, because deleting disconnects everyone who has it open and cannot be undone).

import { useState, type FormEvent } from 'react'
import type { MapSummary } from '../../api/maps'
import { MAX_TITLE_LENGTH } from '../../domain/title'
import { Modal } from '../dialogs/Modal'
import './map-list-dialogs.css'

interface ActionDialogProps {
  map: MapSummary
  onClose(): void
}

/** Runs an action, keeps the dialog open with the server's message when it fails. */
function useAction() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  async function run(action: () => Promise<void>, failure: string) {
    if (busy) return
    setBusy(true)
    setError(null)
    try {
      await action()
    } catch (e) {
      setError(`${failure}: ${(e as Error).message}`)
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
  const [title, setTitle] = useState(map.title)
  const { busy, error, run } = useAction()
  const blank = title.trim() === ''

  function submit(event: FormEvent) {
    event.preventDefault()
    if (blank) return
    void run(() => onRename(title.trim()), 'The map could not be renamed')
  }

  return (
    <Modal title="Rename map" onClose={onClose}>
      <form className="ml-form" onSubmit={submit}>
        <div className="ml-field">
          <label className="ml-label" htmlFor="rename-map-title">
            Title
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
          <p className="ml-hint">Everyone who has the map open sees the new title at once.</p>
        </div>
        <Alert message={error} />
        <footer className="ml-dialog__footer">
          <button type="button" className="ml-btn" onClick={onClose} title="Keep the old title">
            Cancel
          </button>
          <button
            type="submit"
            className="ml-btn ml-btn--primary"
            disabled={busy || blank}
            aria-busy={busy}
            title="Save the new title"
          >
            Save
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
  const { busy, error, run } = useAction()
  const title = map.title || 'Untitled journey'
  return (
    <Modal
      title={`Delete “${title}”?`}
      description={
        <p>
          The map and all its phases, touchpoints and notes are removed for everyone. People who
          have it open are disconnected. This cannot be undone.
        </p>
      }
      onClose={onClose}
    >
      <Alert message={error} />
      <footer className="ml-dialog__footer">
        <button
          type="button"
          className="ml-btn"
          onClick={onClose}
          title="Keep the map"
          data-autofocus
        >
          Cancel
        </button>
        <button
          type="button"
          className="ml-btn ml-btn--danger"
          disabled={busy}
          aria-busy={busy}
          title={`Delete “${title}” permanently`}
          onClick={() => void run(onDelete, 'The map could not be deleted')}
        >
          Delete map
        </button>
      </footer>
    </Modal>
  )
}
