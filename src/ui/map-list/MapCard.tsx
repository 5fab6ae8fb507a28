// One map in the list: a thumbnail of its layout, its title, what it holds ("5 phases · 23 cards
// · 7 pain points") and when it was edited. The whole card opens the map (a real link, so
// middle-click and "open in new tab" work); rename, duplicate and delete sit above the link's
// hit area.

import { memo, type CSSProperties, type ReactNode } from 'react'
import { Clock, Copy, Pencil, Trash2 } from 'lucide-react'
import type { MapSummary } from '../../api/maps'
import { navigate } from '../navigation'
import { PHASE_COLORS } from '../../domain/defaults'
import { MapThumbnail, countsText } from './MapThumbnail'
import { formatDate, formatRelative } from '../../domain/i18n'
import { useLocale, useT } from '../../state/locale'

export interface MapCardActions {
  onRename(map: MapSummary): void
  onDuplicate(map: MapSummary): void
  onDelete(map: MapSummary): void
}

interface MapCardProps extends MapCardActions {
  map: MapSummary
  now: number
  /** A duplicate of this map is being made: its button waits. */
  busy: boolean
}

/** A stable accent per map, so people recognise "the green one" between visits. */
function accentOf(id: string): string {
  let hash = 0
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  return PHASE_COLORS[hash % PHASE_COLORS.length] ?? PHASE_COLORS[0]
}

export const MapCard = memo(function MapCard(props: MapCardProps) {
  const { map, now, busy, onRename, onDuplicate, onDelete } = props
  const t = useT()
  const locale = useLocale()
  const title = map.title || t.mapList.card.untitled
  const edited = (
    <time
      dateTime={new Date(map.updatedAt).toISOString()}
      title={formatDate(locale, map.updatedAt, { dateStyle: 'long', timeStyle: 'short' })}
    >
      {t.mapList.card.edited(formatRelative(locale, map.updatedAt, now, t.common.justNow))}
    </time>
  )
  const href = `/m/${encodeURIComponent(map.id)}`
  return (
    <li className="ml-card" style={{ '--ml-accent': accentOf(map.id) } as CSSProperties}>
      <MapThumbnail thumbnail={map.summary?.thumbnail ?? null} />
      <h3 className="ml-card__title">
        <a
          className="ml-card__link"
          href={href}
          title={t.mapList.card.open(title)}
          onClick={(event) => {
            // Keep the browser's own handling of new-tab clicks.
            if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
            event.preventDefault()
            navigate(href)
          }}
        >
          {title}
        </a>
      </h3>
      {map.summary && (
        <p className="ml-card__counts" data-testid="map-counts">
          {countsText(t, map.summary.counts)}
        </p>
      )}
      <p className="ml-card__meta">
        <Clock size={16} aria-hidden="true" />
        {edited}
      </p>
      <div className="ml-card__actions">
        <CardButton
          label={t.mapList.card.rename(title)}
          tip={t.mapList.card.renameTip}
          onClick={() => onRename(map)}
        >
          <Pencil size={18} aria-hidden="true" />
        </CardButton>
        <CardButton
          label={t.mapList.card.duplicate(title)}
          tip={t.mapList.card.duplicateTip}
          disabled={busy}
          onClick={() => onDuplicate(map)}
        >
          <Copy size={18} aria-hidden="true" />
        </CardButton>
        <CardButton
          label={t.mapList.card.delete(title)}
          tip={t.mapList.card.deleteTip}
          danger
          onClick={() => onDelete(map)}
        >
          <Trash2 size={18} aria-hidden="true" />
        </CardButton>
      </div>
    </li>
  )
})

interface CardButtonProps {
  label: string
  tip: string
  danger?: boolean
  disabled?: boolean
  onClick(): void
  children: ReactNode
}

function CardButton({
  label,
  tip,
  danger = false,
  disabled = false,
  onClick,
  children,
}: CardButtonProps) {
  return (
    <button
      type="button"
      className={danger ? 'ml-icon-btn ml-icon-btn--danger' : 'ml-icon-btn'}
      aria-label={label}
      title={tip}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
    </button>
  )
}
