// Two maps or versions side by side — an as-is and its to-be, or a version and the map now: both
// emotion curves overlaid, then phase by phase the cards of each side, matched cards on one line
// with what changed, cards only on one side marked as new or gone.

import { ArrowLeft } from 'lucide-react'
import { useMemo } from 'react'
import { compareMaps, type ComparedCard, type CompareRow } from '../../domain/versions/compare'
import { versionsErrorText } from '../../api/versions'
import type { Messages } from '../../domain/i18n'
import { useT } from '../../state/locale'
import { useDates } from '../workshop/use-dates'
import { navigate } from '../navigation'
import type { CompareSide } from './compare-link'
import { CompareCurves } from './CompareCurves'
import { useCompareSides, type LoadedSide } from './use-compare-sides'
import './compare.css'

function sideLabel(loaded: LoadedSide, t: Messages): string {
  const words = t.versions.compare
  const title = loaded.map.meta.title || words.untitledJourney
  if (loaded.side.versionId === undefined) return words.sideNow(title)
  return loaded.version
    ? words.sideVersion(title, loaded.version.label)
    : words.sideVersionId(title, loaded.side.versionId)
}

export function ComparePage({ a, b }: { a: CompareSide; b: CompareSide }) {
  const load = useCompareSides(a, b)
  const t = useT()
  const words = t.versions.compare
  const back = `/m/${encodeURIComponent(b.mapId)}`
  return (
    <div className="cmp">
      <header className="cmp__bar">
        <a
          href={back}
          className="cmp__back"
          aria-label={words.back}
          title={words.back}
          onClick={(event) => {
            event.preventDefault()
            navigate(back)
          }}
        >
          <ArrowLeft size={18} aria-hidden />
        </a>
        <h1 className="cmp__title">{words.title}</h1>
      </header>
      {load.status === 'loading' && <p className="cmp__message">{words.loading}</p>}
      {load.status === 'failed' && (
        <p className="cmp__message cmp__message--error" role="alert">
          {versionsErrorText(load.error, t)}
        </p>
      )}
      {load.status === 'ready' && <Comparison a={load.value[0]} b={load.value[1]} />}
    </div>
  )
}

function Comparison({ a, b }: { a: LoadedSide; b: LoadedSide }) {
  const t = useT()
  const words = t.versions.compare
  const comparison = useMemo(() => compareMaps(a.map, b.map, t), [a.map, b.map, t])
  const labels = { a: sideLabel(a, t), b: sideLabel(b, t) }
  const { counts } = comparison
  return (
    <main className="cmp__body" data-testid="compare">
      <section className="cmp-sides">
        <SideCard loaded={a} which="a" label={labels.a} />
        <SideCard loaded={b} which="b" label={labels.b} />
        <p className="cmp-summary" data-testid="compare-summary">
          <span className="cmp-count cmp-count--same">{words.unchanged(counts.same)}</span>
          <span className="cmp-count cmp-count--changed">{words.changed(counts.changed)}</span>
          <span className="cmp-count cmp-count--added">{words.added(counts.added)}</span>
          <span className="cmp-count cmp-count--removed">{words.removed(counts.removed)}</span>
        </p>
      </section>
      <section className="cmp-section">
        <h2 className="cmp-section__title">{words.emotionCurves}</h2>
        <CompareCurves
          phases={comparison.phases}
          curves={comparison.curves}
          maps={{ a: a.map, b: b.map }}
          labels={labels}
        />
      </section>
      <section className="cmp-section">
        <h2 className="cmp-section__title">{words.cardsByPhase}</h2>
        <div className="cmp-grid" role="table" aria-label={words.cardsByPhase}>
          <div className="cmp-grid__head" role="row">
            <span role="columnheader">{words.phase}</span>
            <span role="columnheader">{labels.a}</span>
            <span role="columnheader">{labels.b}</span>
          </div>
          {comparison.rows.map((row, index) => (
            <PhaseRow key={index} row={row} />
          ))}
          {comparison.unphased.length > 0 && (
            <PhaseRow
              row={{
                phase: { a: null, b: null, name: words.inNoPhase },
                cards: comparison.unphased,
              }}
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
  const words = useT().versions.compare
  const dates = useDates()
  const version = loaded.version
  return (
    <div className={`cmp-side cmp-side--${which}`}>
      <span className="cmp-side__line" aria-hidden />
      <div>
        <p className="cmp-side__label">{label}</p>
        <p className="cmp-side__meta">
          {version
            ? version.author
              ? words.savedBy(dates.full(version.createdAt), version.author)
              : words.saved(dates.full(version.createdAt))
            : words.live}
        </p>
      </div>
    </div>
  )
}

function PhaseRow({ row }: { row: CompareRow }) {
  const { phase, cards } = row
  const words = useT().versions.compare
  const colour = phase.b?.color ?? phase.a?.color ?? '#94a3b8'
  const note =
    phase.a === null && phase.b !== null
      ? words.newPhase
      : phase.b === null && phase.a !== null
        ? words.phaseGone
        : null
  return (
    <div className="cmp-row" role="row" data-testid="compare-row">
      <div className="cmp-row__phase" role="rowheader" style={{ borderColor: colour }}>
        <span className="cmp-row__name">{phase.name}</span>
        {note && <span className="cmp-row__note">{note}</span>}
        {phase.a && phase.b && phase.a.name !== phase.b.name && (
          <span className="cmp-row__note">{words.was(phase.a.name)}</span>
        )}
      </div>
      <div className="cmp-row__cards" role="cell">
        {cards.length === 0 && <span className="cmp-empty">{words.noCards}</span>}
        {cards.map((card) => (
          <CardPair key={card.id} card={card} />
        ))}
      </div>
    </div>
  )
}

function CardPair({ card }: { card: ComparedCard }) {
  const words = useT().versions.compare
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
        {card.status === 'added' && <span className="cmp-card__tag">{words.tagNew}</span>}
        {card.status === 'removed' && (
          <span className="cmp-card__tag cmp-card__tag--gone">{words.tagGone}</span>
        )}
      </div>
    </div>
  )
}

const EMOJI: Record<number, string> = { [-2]: '😣', [-1]: '🙁', 0: '😐', 1: '🙂', 2: '😄' }

function CardFace({ card }: { card: NonNullable<ComparedCard['a']> }) {
  const words = useT().versions.compare
  return (
    <span className="cmp-face">
      <span className="cmp-face__emotion" aria-label={words.emotion(String(card.emotion))}>
        {EMOJI[card.emotion] ?? ''}
      </span>
      <span className="cmp-face__title">{card.title || words.untitledTouchpoint}</span>
    </span>
  )
}
