// The Export dialog's options for the chosen format: scale, background, padding and notes for
// pictures; paper, layout, cover and summary for the PDF; what the other formats hold.

import { useId } from 'react'
import { EXPORT_SCALES } from '../../export/export-frame'
import type { ExportBackground } from '../../export/image-export'
import { PAPER_IDS, type Paper } from '../../export/pdf/paper'
import { MAX_PADDING, clampPadding, type ExportSettings } from './export-settings'
import { EXPORT_TEXT as T } from './export-text'

const BACKGROUNDS: readonly { id: ExportBackground; name: string }[] = [
  { id: 'white', name: 'White' },
  { id: 'transparent', name: 'Transparent' },
  { id: 'theme', name: 'Canvas' },
]

const number = (n: number) => n.toLocaleString('en')
const paperName = (paper: Paper) => (paper === 'fit' ? T.fitPaper : paper.toUpperCase())

interface Props {
  settings: ExportSettings
  update(patch: Partial<ExportSettings>): void
  counts: { touchpoints: number; metrics: number; notes: number }
}

export function ExportOptions({ settings, update, counts }: Props) {
  const { format } = settings
  const paddingId = useId()
  const notes = (
    <label className="xp-check">
      <input
        type="checkbox"
        checked={settings.includeNotes}
        onChange={(event) => update({ includeNotes: event.currentTarget.checked })}
      />
      <span>
        Include sticky notes
        <span className="xp-check__hint">
          {counts.notes === 0 ? 'This map has no notes' : `${number(counts.notes)} on this map`}
        </span>
      </span>
    </label>
  )
  if (format === 'png' || format === 'svg') {
    return (
      <div className="xp-options">
        {format === 'png' && (
          <Segmented
            label="Scale"
            value={settings.scale}
            options={EXPORT_SCALES.map((scale) => ({ id: scale, name: `${scale}×` }))}
            onChange={(scale) => update({ scale })}
          />
        )}
        <Segmented
          label="Background"
          value={settings.background}
          options={BACKGROUNDS}
          onChange={(background) => update({ background })}
        />
        <div className="xp-field">
          <label className="dlg-label" htmlFor={paddingId}>
            Padding
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
            <span className="xp-number__unit">px</span>
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
                Embed map data so the picture can be re-imported
                <span className="xp-check__hint">Import the PNG later to edit the map again</span>
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
          options={papers.map((id) => ({ id, name: paperName(id) }))}
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
    return (
      <p className="xp-about">
        The complete map in Trailmap’s versioned JSON format: phases, {number(counts.touchpoints)}{' '}
        touchpoints, lanes, personas, steps, notes, metrics and any extra fields. Import it into
        Trailmap again, or keep it in git — the file is pretty-printed so changes diff well.
      </p>
    )
  }
  return (
    <>
      <div className="xp-options">
        <Segmented
          label="Rows"
          value={settings.sheet}
          options={[
            { id: 'touchpoints', name: 'Touchpoints' },
            { id: 'metrics', name: 'Metrics' },
          ]}
          onChange={(sheet) => update({ sheet })}
        />
      </div>
      {settings.sheet === 'touchpoints' ? (
        <p className="xp-about">
          One row per touchpoint ({number(counts.touchpoints)} rows): phase, title, channel, kind,
          emotion, pain points, opportunities, owner, tags and description. Edit it in a spreadsheet
          and import it to add touchpoints.
        </p>
      ) : (
        <p className="xp-about">
          One row per metric value ({number(counts.metrics)} rows): date, phase, touchpoint, metric,
          value, target, unit, source and which way is better. Add rows in a spreadsheet and import
          it to add metric values to this map.
        </p>
      )}
    </>
  )
}

/** What the summary line under the options says about a PDF. */
export function pdfSummary(settings: ExportSettings): string {
  return settings.paper === 'fit'
    ? T.fitSize
    : T.paperSize(paperName(settings.paper), settings.layout)
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
