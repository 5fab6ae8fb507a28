// Five faces for one emotion value. Clearable pickers (a persona's own emotion, a target) undo
// their choice when the pressed face is pressed again.

import { EMOTION_STYLES } from '../../canvas/channel-icons'
import { EMOTIONS, type Emotion } from '../../domain/vocabulary'
import { useT } from '../../state/locale'

interface Props {
  /** Names the group for assistive technology: "Busy parent today". */
  label: string
  value: Emotion | null
  onChange: (value: Emotion | null) => void
  clearable?: boolean
  /** The value is the card's, not chosen here: the pressed face is drawn dashed. */
  inherited?: boolean
}

export function EmotionPicker({ label, value, onChange, clearable = false, inherited }: Props) {
  const t = useT()
  const m = t.inspector.emotionPicker
  return (
    <div
      className={`insp-faces${inherited ? ' insp-faces--inherited' : ''}`}
      role="group"
      aria-label={inherited ? m.inherited(label) : label}
    >
      {EMOTIONS.map((emotion) => {
        const style = EMOTION_STYLES[emotion]
        const Icon = style.icon
        const name = t.vocabulary.emotions[emotion]
        const pressed = emotion === value
        return (
          <button
            key={emotion}
            type="button"
            className="insp-face"
            aria-pressed={pressed}
            aria-label={m.face(label, name)}
            title={name}
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
