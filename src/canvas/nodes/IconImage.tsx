/**
 * One of the card's icons (icon-images.ts): a single element painting its text colour through
 * the icon, 16 px (13 px in badges); decorative, the surrounding label names it.
 */
export function IconImage({ image, small = false }: { image: string; small?: boolean }) {
  return (
    <span
      className={small ? 'icon-image icon-image--small' : 'icon-image'}
      style={{ maskImage: image }}
      aria-hidden
    />
  )
}
