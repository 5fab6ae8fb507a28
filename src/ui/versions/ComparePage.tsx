// Two maps or versions side by side — an as-is and its to-be, or a version and the map now: both
// emotion curves overlaid, then phase by phase the cards of each side, matched cards on one line
// with what changed, cards only on one side marked as new or gone.

import { ArrowLeft } from 'lucide-react'
import { useMemo } from 'react'
import { compareMaps, type ComparedCard, type CompareRow } from '../../domain/versions/compare'
import { fullDate } from '../map-list/relative-time'
import { navigate } from '../navigation'
import type { CompareSide } from './compare-link'
import { CompareCurves } from './CompareCurves'
import { useCompareSides, type LoadedSide } from './use-compare-sides'
import './compare.css'

function sideLabel(loaded: LoadedSide): string {
  const title = loaded.map.meta.title || 'Untitled journey'
  if (loaded.side.versionId === undefined) return `${title} · now`
  return loaded.version
    ? `${title} · “${loaded.version.label}”`
    : `${title} · version ${loaded.side.versionId}`
}

export function ComparePage({ a, b }: { a: CompareSide; b: CompareSide }) {
  const load = useCompareSides(a, b)
  const back = `/m/${encodeURIComponent(b.mapId)}`
  return (
    <div className="cmp">
      <header className="cmp__bar">
        <a
          href={back}
          className="cmp__back"
          aria-label="Back to the map"
          title="Back to the map"
          onClick={(event) => {
            event.preventDefault()
            navigate(back)
          }}
        >
          <ArrowLeft size={18} aria-hidden />
        </a>
        <h1 className="cmp__title">Compare</h1>
      </header>
      {load.status === 'loading' && <p className="cmp__message">Loading both maps…</p>}
      {load.status === 'failed' && (
        <p className="cmp__message cmp__message--error" role="alert">
          {load.error}
        </p>
      )}
      {load.status === 'ready' && <Comparison a={load.value[0]} b={load.value[1]} />}
    </div>
  )
}

function Comparison({ a, b }: { a: LoadedSide; b: LoadedSide }) {
  const comparison = useMemo(() => compareMaps(a.map, b.map), [a.map, b.map])
  const labels = { a: sideLabel(a), b: sideLabel(b) }
  const { counts } = comparison
  return (
    <main className="cmp__body" data-testid="compare">
      <section className="cmp-sides">
        <SideCard loaded={a} which="a" label={labels.a} />
        <SideCard loaded={b} which="b" label={labels.b} />
        <p className="cmp-summary" data-testid="compare-summary">
          <span className="cmp-count cmp-count--same">{counts.same} unchanged</span>
          <span className="cmp-count cmp-count--changed">{counts.changed} changed</span>
          <span className="cmp-count cmp-count--added">{counts.added} new</span>
          <span className="cmp-count cmp-count--removed">{counts.removed} gone</span>
        </p>
      </section>
      <section className="cmp-section">
        <h2 className="cmp-section__title">Emotion curves</h2>
        <CompareCurves
          phases={comparison.phases}
          curves={comparison.curves}
          maps={{ a: a.map, b: b.map }}
          labels={labels}
        />
      </section>
      <section className="cmp-section">
        <h2 className="cmp-section__title">Cards by phase</h2>
        <div className="cmp-grid" role="table" aria-label="Cards by phase">
          <div className="cmp-grid__head" role="row">
            <span role="columnheader">Phase</span>
            <span role="columnheader">{labels.a}</span>
            <span role="columnheader">{labels.b}</span>
          </div>
          {comparison.rows.map((row, index) => (
            <PhaseRow key={index} row={row} />
          ))}
          {comparison.unphased.length > 0 && (
            <PhaseRow
              row={{ phase: { a: null, b: null, name: 'In no phase' }, cards: comparison.unphased }}
            />
          )}
        </div>
      </section>
    </main>
  )
}

function SideCard({
  loaded,
  which,
  label,
}: {
  loaded: LoadedSide
  which: 'a' | 'b'
  label: string
}) {
  return (
    <div className={`cmp-side cmp-side--${which}`}>
      <span className="cmp-side__line" aria-hidden />
      <div>
        <p className="cmp-side__label">{label}</p>
        <p className="cmp-side__meta">
          {loaded.version
            ? `Saved ${fullDate(loaded.version.createdAt)}${loaded.version.author ? ` by ${loaded.version.author}` : ''}`
            : 'As it is now, live edits included'}
        </p>
      </div>
    </div>
  )
}

function PhaseRow({ row }: { row: CompareRow }) {
  const { phase, cards } = row
  const colour = phase.b?.color ?? phase.a?.color ?? '#94a3b8'
  const note =
    phase.a === null && phase.b !== null
      ? 'new phase'
      : phase.b === null && phase.a !== null
        ? 'phase gone'
        : null
  return (
    <div className="cmp-row" role="row" data-testid="compare-row">
      <div className="cmp-row__phase" role="rowheader" style={{ borderColor: colour }}>
        <span className="cmp-row__name">{phase.name}</span>
        {note && <span className="cmp-row__note">{note}</span>}
        {phase.a && phase.b && phase.a.name !== phase.b.name && (
          <span className="cmp-row__note">was “{phase.a.name}”</span>
        )}
      </div>
      <div className="cmp-row__cards" role="cell">
        {cards.length === 0 && <span className="cmp-empty">No cards</span>}
        {cards.map((card) => (
          <CardPair key={card.id} card={card} />
        ))}
      </div>
    </div>
  )
}

function CardPair({ card }: { card: ComparedCard }) {
  return (
    <div
      className={`cmp-pair cmp-pair--${card.status}`}
      data-testid="compare-pair"
      data-status={card.status}
    >
      <div className="cmp-card cmp-card--a">{card.a ? <CardFace card={card.a} /> : null}</div>
      <div className="cmp-card cmp-card--b">
        {card.b ? <CardFace card={card.b} /> : null}
        {card.status === 'changed' && (
          <span className="cmp-card__fields">{card.fields.join(', ')}</span>
        )}
        {card.status === 'added' && <span className="cmp-card__tag">new</span>}
        {card.status === 'removed' && (
          <span className="cmp-card__tag cmp-card__tag--gone">gone</span>
        )}
      </div>
    </div>
  )
}

const EMOJI: Record<number, string> = { [-2]: '😣', [-1]: '🙁', 0: '😐', 1: '🙂', 2: '😄' }

function CardFace({ card }: { card: NonNullable<ComparedCard['a']> }) {
  return (
    <span className="cmp-face">
      <span className="cmp-face__emotion" aria-label={`emotion ${card.emotion}`}>
        {EMOJI[card.emotion] ?? ''}
      </span>
      <span className="cmp-face__title">{card.title || 'Untitled touchpoint'}</span>
    </span>
  )
}
