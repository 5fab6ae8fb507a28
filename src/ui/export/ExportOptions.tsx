// The Export dialog's options for the chosen format: scale, background, padding and notes for
// pictures; paper, layout, cover and summary for the PDF; what the other formats hold.

import { useId } from 'react'
import { EXPORT_SCALES } from '../../export/export-frame'
import type { ExportBackground } from '../../export/image-export'
import { PAPER_IDS, type Paper } from '../../export/pdf/paper'
import { MAX_PADDING, clampPadding, type ExportSettings } from './export-settings'
import type { Messages } from '../../domain/i18n'
import { useT } from '../../state/locale'

const BACKGROUNDS: readonly ExportBackground[] = ['white', 'transparent', 'theme']

type OptionWords = Messages['exports']['options']

const paperName = (T: OptionWords, paper: Paper) =>
  paper === 'fit' ? T.fitPaper : paper.toUpperCase()

interface Props {
  settings: ExportSettings
  update(patch: Partial<ExportSettings>): void
  counts: { touchpoints: number; metrics: number; notes: number }
}

export function ExportOptions({ settings, update, counts }: Props) {
  const { format } = settings
  const T = useT().exports.options
  const paddingId = useId()
  const notes = (
    <label className="xp-check">
      <input
        type="checkbox"
        checked={settings.includeNotes}
        onChange={(event) => update({ includeNotes: event.currentTarget.checked })}
      />
      <span>
        {T.includeNotes}
        <span className="xp-check__hint">
          {counts.notes === 0 ? T.noNotes : T.notesOnMap(counts.notes)}
        </span>
      </span>
    </label>
  )
  if (format === 'png' || format === 'svg') {
    return (
      <div className="xp-options">
        {format === 'png' && (
          <Segmented
            label={T.scale}
            value={settings.scale}
            options={EXPORT_SCALES.map((scale) => ({ id: scale, name: `${scale}×` }))}
            onChange={(scale) => update({ scale })}
          />
        )}
        <Segmented
          label={T.background}
          value={settings.background}
          options={BACKGROUNDS.map((id) => ({ id, name: T.backgrounds[id] }))}
          onChange={(background) => update({ background })}
        />
        <div className="xp-field">
          <label className="dlg-label" htmlFor={paddingId}>
            {T.padding}
          </label>
          <div className="xp-number">
            <input
              id={paddingId}
              className="dlg-input xp-number__input"
              type="number"
              min={0}
              max={MAX_PADDING}
              step={8}
              value={settings.padding}
              onChange={(event) =>
                update({ padding: clampPadding(event.currentTarget.valueAsNumber) })
              }
            />
            <span className="xp-number__unit">{T.pixels}</span>
          </div>
        </div>
        <div className="xp-checks">
          {notes}
          {format === 'png' && (
            <label className="xp-check">
              <input
                type="checkbox"
                checked={settings.embed}
                onChange={(event) => update({ embed: event.currentTarget.checked })}
              />
              <span>
                {T.embed}
                <span className="xp-check__hint">{T.embedHint}</span>
              </span>
            </label>
          )}
        </div>
        {format === 'svg' && <p className="xp-about xp-options__wide">{T.aboutSvg}</p>}
      </div>
    )
  }
  if (format === 'pdf') {
    const papers = settings.layout === 'tiled' ? PAPER_IDS.filter((p) => p !== 'fit') : PAPER_IDS
    return (
      <div className="xp-options">
        <Segmented
          label={T.layout}
          value={settings.layout}
          options={[
            { id: 'poster', name: T.poster },
            { id: 'tiled', name: T.tiled },
          ]}
          onChange={(layout) =>
            update(
              layout === 'tiled' && settings.paper === 'fit' ? { layout, paper: 'a3' } : { layout },
            )
          }
        />
        <Segmented
          label={T.paper}
          value={settings.paper}
          options={papers.map((id) => ({ id, name: paperName(T, id) }))}
          onChange={(paper) => update({ paper })}
        />
        <div className="xp-checks xp-options__wide">
          <label className="xp-check">
            <input
              type="checkbox"
              checked={settings.cover}
              onChange={(event) => update({ cover: event.currentTarget.checked })}
            />
            <span>
              {T.cover}
              <span className="xp-check__hint">{T.coverHint}</span>
            </span>
          </label>
          <label className="xp-check">
            <input
              type="checkbox"
              checked={settings.summary}
              onChange={(event) => update({ summary: event.currentTarget.checked })}
            />
            <span>
              {T.summary}
              <span className="xp-check__hint">{T.summaryHint}</span>
            </span>
          </label>
          {notes}
        </div>
        {settings.layout === 'tiled' && <p className="xp-about xp-options__wide">{T.tiledHint}</p>}
      </div>
    )
  }
  if (format === 'html') {
    return (
      <div className="xp-options">
        <p className="xp-about xp-options__wide">{T.aboutHtml}</p>
        <div className="xp-checks xp-options__wide">{notes}</div>
      </div>
    )
  }
  if (format === 'mermaid') return <p className="xp-about">{T.aboutMermaid}</p>
  if (format === 'json') {
    return <p className="xp-about">{T.aboutJson(counts.touchpoints)}</p>
  }
  return (
    <>
      <div className="xp-options">
        <Segmented
          label={T.rows}
          value={settings.sheet}
          options={[
            { id: 'touchpoints', name: T.sheets.touchpoints },
            { id: 'metrics', name: T.sheets.metrics },
          ]}
          onChange={(sheet) => update({ sheet })}
        />
      </div>
      {settings.sheet === 'touchpoints' ? (
        <p className="xp-about">{T.aboutTouchpointSheet(counts.touchpoints)}</p>
      ) : (
        <p className="xp-about">{T.aboutMetricSheet(counts.metrics)}</p>
      )}
    </>
  )
}

/** What the summary line under the options says about a PDF. */
export function pdfSummary(settings: ExportSettings, messages: Messages): string {
  const T = messages.exports.options
  if (settings.paper === 'fit') return T.fitSize
  const paper = paperName(T, settings.paper)
  return settings.layout === 'poster' ? T.posterSize(paper) : T.tiledSize(paper)
}

interface SegmentedProps<T extends string | number> {
  label: string
  value: T
  options: readonly { id: T; name: string }[]
  onChange(value: T): void
}

/** A row of radio buttons drawn as one control. */
function Segmented<T extends string | number>({
  label,
  value,
  options,
  onChange,
}: SegmentedProps<T>) {
  const name = useId()
  return (
    <fieldset className="xp-field xp-segmented">
      <legend className="dlg-label">{label}</legend>
      <div className="xp-segmented__row">
        {options.map((option) => (
          <label
            key={option.id}
            className="xp-segmented__item"
            data-checked={value === option.id || undefined}
          >
            <input
              type="radio"
              name={name}
              checked={value === option.id}
              onChange={() => onChange(option.id)}
            />
            {option.name}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
