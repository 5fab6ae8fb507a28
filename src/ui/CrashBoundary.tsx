import { Component, type ErrorInfo, type ReactNode } from 'react'
import { useT } from '../state/locale'
import './crash.css'

interface State {
  error: Error | null
}

/**
 * What the page shows instead of going blank when drawing it fails: React unmounts everything
 * below a render error, and a lazily loaded part (the export and import dialogs) fails to load
 * when a newer build replaced its file. Edits are already in the doc (and its offline copy), so a
 * reload loses nothing.
 */
export class CrashBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Trailmap could not draw the page', info.componentStack)
    // Still reported as the page's error, as it was without this boundary: error trackers and the
    // end-to-end tests (which fail on any page error) keep seeing it.
    reportError(error)
  }

  override render() {
    return this.state.error ? <CrashNotice error={this.state.error} /> : this.props.children
  }
}

function CrashNotice({ error }: { error: Error }) {
  const t = useT().errors.crash
  return (
    <main className="crash" role="alert">
      <h1 className="crash__title">{t.title}</h1>
      <p className="crash__text">{isLoadFailure(error) ? t.newVersion : t.body}</p>
      <button type="button" className="crash__reload" onClick={() => window.location.reload()}>
        {t.reload}
      </button>
    </main>
  )
}

/** Chromium, Firefox and Safari's words for a module that could not be fetched. */
function isLoadFailure(error: Error): boolean {
  return /dynamically imported module|importing a module script failed|error loading dynamically imported/i.test(
    error.message,
  )
}
