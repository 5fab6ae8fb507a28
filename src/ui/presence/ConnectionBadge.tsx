import { CircleCheck, CloudOff, LoaderCircle, Unplug, type LucideIcon } from 'lucide-react'
import { useEditor } from '../../state/context'
import { connectionView, type ConnectionTone } from './connection-view'
import './presence.css'
import { useT } from '../../state/locale'

const ICONS: Record<ConnectionTone, LucideIcon> = {
  ok: CircleCheck,
  busy: LoaderCircle,
  idle: CloudOff,
  error: Unplug,
}

/** Whether this map is live: a coloured pill, with a reason when it is not. */
export function ConnectionBadge() {
  const t = useT()
  const connection = useEditor((s) => s.connection)
  const view = connectionView(connection, t)
  const Icon = ICONS[view.tone]
  return (
    <div className="pres-connection" role="status">
      <span
        className={`pres-pill pres-pill--${view.tone}`}
        data-testid="connection"
        data-state={connection.state}
        title={view.tooltip}
      >
        <Icon className={view.tone === 'busy' ? 'pres-spin' : undefined} size={14} aria-hidden />
        {view.label}
      </span>
      {view.detail !== null && (
        <span className="pres-connection__detail" title={view.detail}>
          {view.detail}
        </span>
      )}
    </div>
  )
}
