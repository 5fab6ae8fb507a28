// The progress bar of a long export (PNG, PDF of a big map) with its Cancel button. A step that
// cannot say how far it is shows a moving bar; the animation runs on the compositor, so it keeps
// moving while the browser is busy drawing.

import type { Progress } from '../../export/progress'
import { useT } from '../../state/locale'

interface Props {
  progress: Progress
  onCancel(): void
}

export function ExportProgress({ progress, onCancel }: Props) {
  const T = useT().exports.progress
  const percent = progress.fraction === null ? null : Math.round(progress.fraction * 100)
  return (
    <div className="xp-progress">
      <div className="xp-progress__text">
        <span>{progress.step}</span>
        {percent !== null && <span className="xp-progress__percent">{percent}%</span>}
      </div>
      <div
        className="xp-progress__track"
        role="progressbar"
        aria-label={T.label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuetext={progress.step}
        {...(percent === null ? {} : { 'aria-valuenow': percent })}
        data-indeterminate={percent === null || undefined}
      >
        <div
          className="xp-progress__bar"
          style={percent === null ? undefined : { transform: `scaleX(${percent / 100})` }}
        />
      </div>
      <button type="button" className="dlg-button xp-progress__cancel" onClick={onCancel}>
        {T.cancel}
      </button>
    </div>
  )
}
