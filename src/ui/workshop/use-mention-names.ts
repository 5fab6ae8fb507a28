// Names people can @mention: everyone here now and everyone who has commented on this map.

import { useMemo } from 'react'
import { useEditor } from '../../state/context'
import { rosterKey, parseRoster } from '../presence/avatar'

export function useMentionNames(): string[] {
  const key = useEditor((s) => rosterKey(s.peers))
  const comments = useEditor((s) => s.workshop.comments)
  const me = useEditor((s) => s.me.name)
  return useMemo(() => {
    const names = new Set<string>()
    for (const peer of parseRoster(key)) names.add(peer.name)
    for (const comment of comments) names.add(comment.author.name)
    names.delete(me)
    return [...names].sort((a, b) => a.localeCompare(b))
  }, [key, comments, me])
}
