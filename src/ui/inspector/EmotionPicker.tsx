// Five faces for one emotion value. Clearable pickers (a persona's own emotion, a target) undo
// their choice when the pressed face is pressed again.

import { EMOTION_STYLES } from '../../canvas/channel-icons'
import { EMOTIONS, type Emotion } from '../../domain/vocabulary'

interface Props {
  /** Names the group for assistive technology: "Busy parent today". */
  label: string
  value: Emotion | null
  onChange: (value: Emotion | null) => void
  clearable?: boolean
}

export function EmotionPicker({ label, value, onChange, clearable = false }: Props) {
  return (
    <div className="insp-faces" role="group" aria-label={label}>
      {EMOTIONS.map((emotion) => {
        const style = EMOTION_STYLES[emotion]
        const Icon = style.icon
        const pressed = emotion === value
        return (
          <button
            key={emotion}
            type="button"
            className="insp-face"
            aria-pressed={pressed}
            aria-label={`${label}: ${style.label}`}
            title={style.label}
            style={
              pressed
                ? { color: style.color, background: style.tint, borderColor: style.color }
                : { color: style.color }
            }
            onClick={() => onChange(pressed && clearable ? null : emotion)}
          >
            <Icon size={18} aria-hidden />
          </button>
        )
      })}
    </div>
  )
}
