import { Eye, MessageSquare } from 'lucide-react'
import { useEditor } from '../../state/context'

/** "View only" or "Can comment" beside the connection badge, once the server says so. */
export function RoleBadge() {
  const role = useEditor((s) => s.role)
  if (role === 'comment') {
    return (
      <span
        className="pres-pill pres-pill--idle"
        data-testid="role-badge"
        title="This link lets you comment and vote, not change the map. Ask for the edit link to change it."
      >
        <MessageSquare size={14} aria-hidden />
        Can comment
      </span>
    )
  }
  if (role !== 'view') return null
  return (
    <span
      className="pres-pill pres-pill--idle"
      data-testid="role-badge"
      title="This link shows the map live but does not allow changes. Ask for the edit link to change it."
    >
      <Eye size={14} aria-hidden />
      View only
    </span>
  )
}
