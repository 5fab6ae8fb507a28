import { memo } from 'react'

/**
 * One of the card's icons: a single element painting its text colour through the icon named by
 * its class (card-images.ts), 16 px (13 px in badges); decorative, the surrounding label names it.
 */
export const IconImage = memo(function IconImage({
  icon,
  small = false,
}: {
  icon: string
  small?: boolean
}) {
  return <span className={`icon-image ${icon}${small ? ' icon-image--small' : ''}`} aria-hidden />
})
