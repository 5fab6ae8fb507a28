// Who is on this map: my avatar first (click it to change my name and colour), then colleagues,
// at most MAX_AVATARS with a "+N" for the rest.

import { useMemo, useRef, useState } from 'react'
import type { PresenceUser } from '../../collab/presence'
import { loadUser, saveUser } from './user'
import { useEditor, useEditorStore } from '../../state/context'
import {
  initials,
  parseRoster,
  readableTextColor,
  rosterKey,
  safeColor,
  withOverflow,
} from './avatar'
import { ProfilePopover } from './ProfilePopover'
import { follow } from '../../commands/facilitator-commands'
import { useRunCommand } from '../../commands/use-command'
import './presence.css'
import { useT } from '../../state/locale'

const MAX_AVATARS = 6

export function PresenceBar() {
  const t = useT()
  const store = useEditorStore()
  const run = useRunCommand()
  const following = useEditor((s) => s.following)
  // The session was opened with the remembered user; the store does not hold it (yet).
  const [me, setMe] = useState<PresenceUser>(loadUser)
  const [editing, setEditing] = useState(false)
  const meButton = useRef<HTMLButtonElement>(null)
  // A string: the peers array is replaced on every cursor move, the roster rarely changes.
  const key = useEditor((s) => rosterKey(s.peers))
  const peers = useMemo(() => parseRoster(key), [key])
  const { shown, hidden } = withOverflow(peers, MAX_AVATARS - 1)

  const changeMe = (user: PresenceUser) => {
    setMe(user)
    store.session.presence.update({ user })
    saveUser(user)
    if (user.id) store.setState({ me: { id: user.id, name: user.name, color: user.color } })
  }

  const closePopover = (refocus: boolean) => {
    setEditing(false)
    if (refocus) meButton.current?.focus()
  }

  // The accessible name starts with the initials shown, so voice control finds the button by them.
  const myLabel = t.presence.me(initials(me.name), me.name)
  const myColor = safeColor(me.color)
  return (
    <div className="pres-bar">
      <ul className="pres-avatars" aria-label={t.presence.people}>
        <li className="pres-avatars__me">
          <button
            ref={meButton}
            type="button"
            className="pres-avatar pres-avatar--me"
            style={{ background: myColor, color: readableTextColor(myColor) }}
            aria-label={myLabel}
            title={t.presence.meTip(myLabel)}
            aria-haspopup="dialog"
            aria-expanded={editing}
            onClick={() => setEditing((open) => !open)}
          >
            {initials(me.name)}
          </button>
          {editing && (
            <ProfilePopover
              user={me}
              onChange={changeMe}
              onClose={closePopover}
              anchor={meButton}
            />
          )}
        </li>
        {shown.map((peer) => {
          const color = safeColor(peer.color)
          const followed = following === peer.clientId
          return (
            <li key={peer.clientId}>
              {/* Click to follow their view (FigJam's "spotlight me" from the other side). */}
              <button
                type="button"
                className={`pres-avatar pres-avatar--peer${followed ? ' pres-avatar--followed' : ''}`}
                style={{ background: color, color: readableTextColor(color) }}
                aria-label={
                  followed ? t.presence.stopFollowing(peer.name) : t.presence.follow(peer.name)
                }
                aria-pressed={followed}
                title={peer.name}
                onClick={() => run(follow, followed ? null : peer.clientId)}
              >
                {initials(peer.name)}
              </button>
            </li>
          )
        })}
        {hidden.length > 0 && (
          <li>
            <span
              className="pres-avatar pres-avatar--more"
              role="img"
              aria-label={t.presence.more(hidden.length, hidden.map((p) => p.name).join(', '))}
              title={hidden.map((p) => p.name).join('\n')}
            >
              +{hidden.length}
            </span>
          </li>
        )}
      </ul>
    </div>
  )
}
