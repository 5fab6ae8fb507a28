import { Eye } from 'lucide-react'
import { useEditor } from '../../state/context'

/** "View only" beside the connection badge, from the moment the server says so. */
export function RoleBadge() {
  const role = useEditor((s) => s.role)
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
