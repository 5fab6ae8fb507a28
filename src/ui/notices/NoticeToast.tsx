// The editor's one-line messages ("Phase deleted…", a refused edit) at the bottom centre. They go
// after AUTO_HIDE_MS, but not while the pointer or focus is on them, so they can be read.

import { useEffect, useState } from 'react'
import { CircleAlert, Info, X } from 'lucide-react'
import { useEditor, useEditorStore } from '../../state/context'
import type { EditorStore, Notice } from '../../state/editor-store'
import './notices.css'
import { useT } from '../../state/locale'

const AUTO_HIDE_MS = 4000

/** Clears the notice only if it is still `id`: a newer one keeps its own time. */
function dismiss(store: EditorStore, id: number) {
  if (store.getState().notice?.id === id) store.setState({ notice: null })
}

export function NoticeToast() {
  const notice = useEditor((s) => s.notice)
  // Keyed by id: each notice starts its own timer with nothing paused.
  return notice ? <Toast key={notice.id} notice={notice} /> : null
}

function Toast({ notice }: { notice: Notice }) {
  const t = useT()
  const store = useEditorStore()
  const [hovered, setHovered] = useState(false)
  const [focused, setFocused] = useState(false)
  const paused = hovered || focused

  useEffect(() => {
    if (paused) return
    const timer = setTimeout(() => dismiss(store, notice.id), AUTO_HIDE_MS)
    return () => clearTimeout(timer)
  }, [paused, store, notice.id])

  const error = notice.kind === 'error'
  const Icon = error ? CircleAlert : Info
  return (
    <div className="notice-region">
      <div
        className={`notice notice--${notice.kind}`}
        role={error ? 'alert' : 'status'}
        data-testid="notice"
        onPointerEnter={() => setHovered(true)}
        onPointerLeave={() => setHovered(false)}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      >
        <Icon className="notice__icon" size={18} aria-hidden />
        <span className="notice__text">{notice.text}</span>
        <button
          type="button"
          className="notice__close"
          aria-label={t.app.dismiss}
          title={t.app.dismiss}
          onClick={() => dismiss(store, notice.id)}
        >
          <X size={16} aria-hidden />
        </button>
      </div>
    </div>
  )
}
