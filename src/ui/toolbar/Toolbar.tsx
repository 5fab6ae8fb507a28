import {
  Columns3,
  Copy,
  FlaskConical,
  Download,
  Flame,
  Keyboard,
  Magnet,
  Map as MapIcon,
  Maximize,
  Plus,
  Redo2,
  StickyNote,
  Trash2,
  Undo2,
  Upload,
  ZoomIn,
  ZoomOut,
  type LucideIcon,
} from 'lucide-react'
import { commands, type CommandContext } from '../../commands'
import { displayShortcut, isMacPlatform } from '../../commands/registry'
import { useEditor, useEditorStore } from '../../state/context'
import { canEdit } from '../../state/selectors'
import type { EditorState } from '../../state/editor-store'
import { PersonasMenu } from '../personas/PersonasMenu'
import { LaneMenu } from './LaneMenu'
import { WorkshopTools } from '../workshop/WorkshopTools'
import './toolbar.css'
import { useT } from '../../state/locale'
import type { Messages } from '../../domain/i18n'

interface ToolButton {
  command: string
  icon: LucideIcon
  /** Shown as text next to the icon for the main actions. */
  text?: (messages: Messages) => string
  pressed?: (state: EditorState) => boolean
}

const GROUPS: ToolButton[][] = [
  [
    { command: 'add-phase', icon: Columns3, text: (m) => m.toolbar.phase },
    { command: 'add-touchpoint', icon: Plus, text: (m) => m.toolbar.touchpoint },
    { command: 'add-note', icon: StickyNote, text: (m) => m.toolbar.note },
  ],
  [
    { command: 'undo', icon: Undo2 },
    { command: 'redo', icon: Redo2 },
    { command: 'duplicate', icon: Copy },
    { command: 'delete', icon: Trash2 },
  ],
  [
    { command: 'zoom-out', icon: ZoomOut },
    { command: 'zoom-in', icon: ZoomIn },
    { command: 'fit-view', icon: Maximize },
    { command: 'toggle-snap', icon: Magnet, pressed: (s) => s.snapToGrid },
    { command: 'toggle-minimap', icon: MapIcon, pressed: (s) => s.showMinimap },
    { command: 'toggle-assumptions', icon: FlaskConical, pressed: (s) => s.assumptionsOnly },
    { command: 'toggle-heat', icon: Flame, pressed: (s) => s.heat !== null },
  ],
  [
    { command: 'import', icon: Upload },
    { command: 'export', icon: Download },
    { command: 'help', icon: Keyboard },
  ],
]

export function Toolbar({ context }: { context: () => CommandContext }) {
  const t = useT()
  // Re-render when anything a button's enabled/pressed state reads changes.
  useEditor((s) => s.selection)
  useEditor((s) => s.canUndo)
  useEditor((s) => s.canRedo)
  useEditor((s) => s.snapToGrid)
  useEditor((s) => s.showMinimap)
  useEditor((s) => s.assumptionsOnly)
  useEditor((s) => s.heat)
  const editable = useEditor(canEdit)
  const state = useEditorStore().getState()
  const mac = isMacPlatform()
  const ctx = context()
  return (
    <div className="toolbar" role="toolbar" aria-label={t.toolbar.label}>
      {GROUPS.map((group, index) => (
        <div className="toolbar__group" key={index}>
          {group.map(({ command: id, icon: Icon, text, pressed }) => {
            const command = commands.get(id)
            const shortcut = command.shortcuts?.[0]
            const label = command.label(t)
            const tip = shortcut ? `${label} (${displayShortcut(shortcut, mac)})` : label
            // Edits stay visible but disabled on a view link, so the toolbar does not jump.
            const allowed = command.allowedIn === 'view' || editable
            const enabled = allowed && (command.enabled ? command.enabled(ctx, undefined) : true)
            const isPressed = pressed?.(state)
            return (
              <button
                key={id}
                type="button"
                className={`tool${text ? ' tool--text' : ''}`}
                aria-label={label}
                title={tip}
                disabled={!enabled}
                {...(isPressed !== undefined ? { 'aria-pressed': isPressed } : {})}
                onClick={() => commands.run(id, context())}
              >
                <Icon size={18} aria-hidden />
                {text && <span>{text(t)}</span>}
              </button>
            )
          })}
          {index === 0 && <LaneMenu disabled={!editable} />}
          {index === 0 && <PersonasMenu />}
        </div>
      ))}
      <div className="toolbar__group">
        <WorkshopTools />
      </div>
    </div>
  )
}
