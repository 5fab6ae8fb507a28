import { Eye, MessageSquare } from 'lucide-react'
import { useEditor } from '../../state/context'
import { useT } from '../../state/locale'

/** "View only" or "Can comment" beside the connection badge, once the server says so. */
export function RoleBadge() {
  const t = useT()
  const role = useEditor((s) => s.role)
  if (role === 'comment') {
    return (
      <span
        className="pres-pill pres-pill--idle"
        data-testid="role-badge"
        title={t.presence.canCommentTip}
      >
        <MessageSquare size={14} aria-hidden />
        {t.presence.canComment}
      </span>
    )
  }
  if (role !== 'view') return null
  return (
    <span
      className="pres-pill pres-pill--idle"
      data-testid="role-badge"
      title={t.presence.viewOnlyTip}
    >
      <Eye size={14} aria-hidden />
      {t.presence.viewOnly}
    </span>
  )
}
