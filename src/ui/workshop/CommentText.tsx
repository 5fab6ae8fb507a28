// A comment's text as React text nodes: line breaks, http(s) links and @mentions. Nothing is
// ever parsed as HTML, so "<script>" in a comment is shown as those characters.

import { Fragment } from 'react'
import { parseCommentText } from '../../domain/workshop/comments'

export function CommentText({
  text,
  names,
  me,
}: {
  text: string
  names: readonly string[]
  me: string
}) {
  const segments = parseCommentText(text, names)
  return (
    <p className="ws-text">
      {segments.map((segment, index) => {
        switch (segment.type) {
          case 'break':
            return <br key={index} />
          case 'link':
            return (
              <a key={index} href={segment.href} target="_blank" rel="noopener noreferrer nofollow">
                {segment.text}
              </a>
            )
          case 'mention':
            return (
              <span
                key={index}
                className={`ws-mention${segment.name.toLowerCase() === me.toLowerCase() ? ' ws-mention--me' : ''}`}
              >
                @{segment.name}
              </span>
            )
          default:
            return <Fragment key={index}>{segment.text}</Fragment>
        }
      })}
    </p>
  )
}
