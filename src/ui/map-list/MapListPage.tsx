// The start page: every journey map of this server, newest edit first, and the way to start a
// new one from a template. It is what a workshop sees on the projector before the first map
// opens, so it favours large type, clear actions and few surprises.

import { useCallback, useMemo, useState } from 'react'
import { Map as MapIcon, Plus } from 'lucide-react'
import type { MapSummary } from '../../api/maps'
import { navigate } from '../navigation'
import { MapCard } from './MapCard'
import { DeleteDialog, RenameDialog } from './MapDialogs'
import { NewMapDialog } from './NewMapDialog'
import { useMapList, useNow } from './use-map-list'
import { MAP_SORTS, visibleMaps, type MapSort } from './visible-maps'
import './map-list-dialogs.css'
import './map-list.css'
import { LanguageSwitch } from '../locale/LanguageSwitch'
import { useT } from '../../state/locale'

type OpenDialog =
  { kind: 'new' } | { kind: 'rename'; map: MapSummary } | { kind: 'delete'; map: MapSummary } | null

export function MapListPage() {
  const t = useT()
  const list = useMapList()
  const now = useNow()
  const [dialog, setDialog] = useState<OpenDialog>(null)
  const [copying, setCopying] = useState<string | null>(null)
  const [actionError, setActionError] = useState<string | null>(null)
  // Announced politely to screen readers; also a visible confirmation under the heading.
  const [status, setStatus] = useState('')
  const close = useCallback(() => setDialog(null), [])
  const { duplicate } = list

  const onDuplicate = useCallback(
    async (map: MapSummary) => {
      setCopying(map.id)
      setActionError(null)
      try {
        const copy = await duplicate(map.id)
        setStatus(t.mapList.created(copy.title))
      } catch (e) {
        setActionError(t.mapList.duplicateFailed(map.title, (e as Error).message))
      } finally {
        setCopying(null)
      }
    },
    [duplicate, t],
  )
  const actions = {
    onRename: useCallback((map: MapSummary) => setDialog({ kind: 'rename', map }), []),
    onDelete: useCallback((map: MapSummary) => setDialog({ kind: 'delete', map }), []),
    onDuplicate: useCallback((map: MapSummary) => void onDuplicate(map), [onDuplicate]),
  }
  const openNew = () => setDialog({ kind: 'new' })
  const [query, setQuery] = useState('')
  const [sort, setSort] = useState<MapSort>('recent')
  const shown = useMemo(
    () => (list.maps ? visibleMaps(list.maps, query, sort) : []),
    [list.maps, query, sort],
  )

  return (
    <div className="ml-page">
      <header className="ml-topbar">
        <div className="ml-topbar__inner">
          <Brand />
          <div className="ml-topbar__actions">
            <LanguageSwitch />
            <button
              type="button"
              className="ml-btn ml-btn--primary ml-btn--large"
              title={t.mapList.newMapTitle}
              onClick={openNew}
            >
              <Plus size={20} aria-hidden="true" />
              {t.mapList.newMap}
            </button>
          </div>
        </div>
      </header>
      <main className="ml-main">
        <div className="ml-section-head">
          <h2 className="ml-section-title">{t.mapList.heading}</h2>
          {list.maps && list.maps.length > 0 && (
            <span className="ml-count">{t.mapList.mapCount(list.maps.length)}</span>
          )}
        </div>
        <p role="status" className="ml-status">
          {status}
        </p>
        {list.loadError && (
          <p role="alert" className="ml-alert">
            {t.mapList.loadFailed(list.loadError)}{' '}
            <button type="button" className="ml-link-btn" onClick={() => void list.reload()}>
              {t.mapList.tryAgain}
            </button>
          </p>
        )}
        {actionError && (
          <p role="alert" className="ml-alert">
            {actionError}
          </p>
        )}
        {list.maps !== null && list.maps.length > 1 && (
          <div className="ml-filters">
            <input
              type="search"
              className="ml-input ml-filters__search"
              placeholder={t.mapList.search}
              aria-label={t.mapList.search}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
            <select
              className="ml-input ml-filters__sort"
              aria-label={t.mapList.sort}
              value={sort}
              onChange={(event) => setSort(event.target.value as MapSort)}
            >
              {MAP_SORTS.map((option) => (
                <option key={option} value={option}>
                  {t.mapList.sorts[option]}
                </option>
              ))}
            </select>
          </div>
        )}
        {list.maps === null ? (
          <p className="ml-loading">{t.mapList.loading}</p>
        ) : list.maps.length === 0 ? (
          <EmptyState onCreate={openNew} />
        ) : shown.length === 0 ? (
          <p className="ml-loading">{t.mapList.noMatch(query.trim())}</p>
        ) : (
          <ul className="ml-grid" aria-label={t.mapList.heading}>
            {shown.map((map) => (
              <MapCard key={map.id} map={map} now={now} busy={copying === map.id} {...actions} />
            ))}
          </ul>
        )}
      </main>
      {dialog?.kind === 'new' && (
        <NewMapDialog
          onClose={close}
          onCreate={async (template, title) => {
            const map = await list.create(template, title)
            navigate(`/m/${encodeURIComponent(map.id)}`)
          }}
        />
      )}
      {dialog?.kind === 'rename' && (
        <RenameDialog
          map={dialog.map}
          onClose={close}
          onRename={async (title) => {
            await list.rename(dialog.map.id, title)
            setStatus(t.mapList.renamed(title))
            close()
          }}
        />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteDialog
          map={dialog.map}
          onClose={close}
          onDelete={async () => {
            await list.remove(dialog.map.id)
            setStatus(t.mapList.deleted(dialog.map.title))
            close()
          }}
        />
      )}
    </div>
  )
}

function Brand() {
  const t = useT()
  return (
    <div className="ml-brand">
      <svg className="ml-brand__logo" viewBox="0 0 40 40" aria-hidden="true">
        <rect width="40" height="40" rx="10" fill="#4338ca" />
        <path
          d="M10 28c4 0 5-7 10-7s6-9 10-9"
          fill="none"
          stroke="white"
          strokeWidth="3"
          strokeLinecap="round"
        />
        <circle cx="10" cy="28" r="3.5" fill="#fbbf24" />
        <circle cx="30" cy="12" r="3.5" fill="#34d399" />
      </svg>
      <div>
        <h1 className="ml-brand__name">{t.common.appName}</h1>
        <p className="ml-brand__tagline">{t.mapList.tagline}</p>
      </div>
    </div>
  )
}

function EmptyState({ onCreate }: { onCreate(): void }) {
  const t = useT()
  return (
    <section className="ml-empty" aria-labelledby="ml-empty-title">
      <span className="ml-empty__icon" aria-hidden="true">
        <MapIcon size={40} />
      </span>
      <h3 id="ml-empty-title" className="ml-empty__title">
        {t.mapList.empty.title}
      </h3>
      <p className="ml-empty__text">{t.mapList.empty.text}</p>
      <button
        type="button"
        className="ml-btn ml-btn--primary ml-btn--large"
        title={t.mapList.empty.createTitle}
        onClick={onCreate}
      >
        <Plus size={20} aria-hidden="true" />
        {t.mapList.empty.create}
      </button>
    </section>
  )
}
