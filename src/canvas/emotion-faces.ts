import { EMOTIONS, type Emotion } from '../domain/vocabulary'
import { emotionFace } from '../export/vector/emotion-face'
import { shapeSvg } from '../export/vector/svg-writer'

const SIZE = 24

/**
 * Each emotion's face as SVG markup, the same face the deliverables draw; the cards paint it as
 * an image (card-images.ts). An image, not an inline <svg>: every inline SVG is a transform and a
 * clip of its own for the browser's compositor, and a thousand of them on a zoomed-out map made
 * each frame about 1.5× slower; an image is one draw call inside the card.
 */
export const FACE_SVGS: Readonly<Record<Emotion, string>> = Object.fromEntries(
  EMOTIONS.map((emotion) => {
    const shapes = emotionFace(SIZE / 2, SIZE / 2, SIZE / 2 - 1.5, emotion)
      .map(shapeSvg)
      .join('')
    return [
      emotion,
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}">${shapes}</svg>`,
    ]
  }),
) as Record<Emotion, string>
