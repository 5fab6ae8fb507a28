import type { Messages } from '../domain/i18n'
import type { Rect } from '../domain/geometry'
import type { Point } from '../domain/types'
import type { EditorStore } from '../state/editor-store'

/** What the canvas lends commands that act on the view (it exists only while the canvas is up). */
export interface ViewportApi {
  fitView(): void
  zoomIn(): void
  zoomOut(): void
  /** The canvas point at the middle of what this person currently sees. */
  center(): Point
  /** Pans (at the same zoom) so that this canvas rectangle is in view; nothing if it already is. */
  reveal(rect: Rect): void
}

export interface CommandContext {
  store: EditorStore
  viewport: ViewportApi | null
}

export type CommandGroup = 'Edit' | 'Insert' | 'Selection' | 'View' | 'Map' | 'Workshop' | 'Help'

/**
 * A user action, in the manner of Excalidraw's actions: the toolbar, the keyboard, the shortcuts
 * dialog, the inspector's fields, the canvas's drags and the import dialog all run commands, so
 * every edit passes the same guard (view-only links, a document from a newer Trailmap).
 * Shortcuts are written like "Mod+Shift+Z" (Mod is Ctrl, or Cmd on a Mac).
 */
export interface Command<Args = void, Result = void> {
  id: string
  /** The command's name in the interface language (from the message catalogues). */
  label: (messages: Messages) => string
  group: CommandGroup
  /**
   * 'edit': changes the map, refused on view and comment links; 'comment': writes the workshop
   * doc (comments, votes), refused on a view link; 'view': anyone may run it.
   */
  allowedIn: 'edit' | 'comment' | 'view'
  shortcuts?: readonly string[]
  /** Moves or resizes records: refused while the facilitator has locked positions. */
  moves?: boolean
  /** Runs while the map is locked (the facilitator's unlock). */
  ignoresFreeze?: boolean
  /** False for commands run only with a payload (inspector fields, drops): not in the dialogs. */
  listed?: boolean
  /** Commands with arguments are run by the UI with a payload, never by a key or the toolbar. */
  enabled?: (ctx: CommandContext, args: Args) => boolean
  run: (ctx: CommandContext, args: Args) => Result
}

// The registry holds commands of every payload type; `execute` restores the types at call sites.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = Command<any, any>
