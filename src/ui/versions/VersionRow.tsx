// One saved version in the history: its label, who saved it and when, what it held, and what can
// be done with it. Restoring asks once more in place (it changes the map for everyone).

import { useState } from 'react'
import { Eye, GitCompareArrows, GitFork, ListChecks, RotateCcw } from 'lucide-react'
import { bestToken } from '../../api/tokens'
import {
  forkVersionCommand,
  previewVersionCommand,
  restoreVersionCommand,
  showChangesCommand,
} from '../../commands/version-commands'
import { useRunCommand } from '../../commands/use-command'
import type { VersionInfo } from '../../domain/versions/version'
import { useT } from '../../state/locale'
import { navigate } from '../navigation'
import { loadUser } from '../presence/user'
import { useDates } from '../workshop/use-dates'
import { compareHref } from './compare-link'

export function VersionRow({
  mapId,
  version,
  canEdit,
  previewing,
  now,
}: {
  mapId: string
  version: VersionInfo
  canEdit: boolean
  previewing: boolean
  /** The time "2 hours ago" counts from (ticks once a minute). */
  now: number
}) {
  const run = useRunCommand()
  const t = useT()
  const words = t.versions.row
  const dates = useDates()
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const kind = version.kind === 'named' ? null : words.kinds[version.kind]
  const counts = version.counts as Readonly<Record<string, number>>
  const [phases = 0, cards = 0, painPoints = 0] = [
    counts['phases'],
    counts['touchpoints'],
    counts['painPoints'],
  ]
  const busyWhile = (work: Promise<unknown> | undefined) => {
    setBusy(true)
    void Promise.resolve(work).finally(() => setBusy(false))
  }
  const token = bestToken(mapId)
  return (
    <li
      className={`vh-version${previewing ? ' vh-version--previewing' : ''}`}
      data-testid="version"
      aria-current={previewing ? 'true' : undefined}
    >
      <div className="vh-version__head">
        <span className="vh-version__label">{version.label}</span>
        {kind && <span className={`vh-chip vh-chip--${version.kind}`}>{kind}</span>}
      </div>
      <p className="vh-version__meta" title={dates.full(version.createdAt)}>
        {version.author
          ? words.byAt(version.author, dates.relative(version.createdAt, now))
          : dates.relative(version.createdAt, now)}
      </p>
      <p className="vh-version__counts">
        {phases === 0 && cards === 0 ? words.countsEmpty : words.counts(phases, cards, painPoints)}
      </p>
      {confirming ? (
        <div className="vh-confirm" role="group" aria-label={words.confirm}>
          <p>{words.confirmText}</p>
          <div className="vh-actions">
            <button
              type="button"
              className="button button--primary vh-small"
              disabled={busy}
              onClick={() => {
                busyWhile(run(restoreVersionCommand, { version, author: loadUser().name }))
                setConfirming(false)
              }}
            >
              {words.restoreForEveryone}
            </button>
            <button type="button" className="button vh-small" onClick={() => setConfirming(false)}>
              {t.common.cancel}
            </button>
          </div>
        </div>
      ) : (
        <div className="vh-actions">
          <button
            type="button"
            className="vh-action"
            disabled={busy}
            onClick={() => busyWhile(run(previewVersionCommand, { version }))}
          >
            <Eye size={14} aria-hidden /> {words.preview}
          </button>
          <button
            type="button"
            className="vh-action"
            disabled={busy}
            onClick={() => busyWhile(run(showChangesCommand, { version }))}
          >
            <ListChecks size={14} aria-hidden /> {words.changesSince}
          </button>
          {canEdit && (
            <button
              type="button"
              className="vh-action"
              disabled={busy}
              onClick={() => setConfirming(true)}
            >
              <RotateCcw size={14} aria-hidden /> {words.restore}
            </button>
          )}
          <a
            className="vh-action"
            href={compareHref({ mapId, versionId: version.id }, { mapId })}
            onClick={(event) => {
              event.preventDefault()
              navigate(event.currentTarget.getAttribute('href') ?? '/')
            }}
          >
            <GitCompareArrows size={14} aria-hidden /> {words.compareWithNow}
          </a>
          {canEdit && (
            <button
              type="button"
              className="vh-action"
              disabled={busy}
              onClick={() => {
                setBusy(true)
                void Promise.resolve(run(forkVersionCommand, { version })).then((created) => {
                  setBusy(false)
                  if (created) navigate(`/m/${encodeURIComponent(created.id)}`)
                })
              }}
            >
              <GitFork size={14} aria-hidden /> {words.fork}
            </button>
          )}
          <a
            className="vh-action vh-action--quiet"
            href={`/api/maps/${encodeURIComponent(mapId)}/versions/${version.id}.json${
              token ? `?token=${encodeURIComponent(token)}` : ''
            }`}
            download
          >
            {words.json}
          </a>
        </div>
      )}
    </li>
  )
}
