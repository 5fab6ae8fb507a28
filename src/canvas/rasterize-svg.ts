// Drawing an SVG into a bitmap in the browser, for images that are painted many times over.

/**
 * The SVG `markup` (square) drawn into a `pixels`-square PNG, as a data URL. The SVG is given
 * that size itself before it is drawn: one with only a viewBox has no size of its own, and what a
 * browser makes of that when scaling it is left to the browser.
 */
export async function rasterizeSvg(doc: Document, markup: string, pixels: number): Promise<string> {
  const sized = markup.replace(/^<svg /, `<svg width="${pixels}" height="${pixels}" `)
  const image = doc.createElement('img')
  image.src = `data:image/svg+xml,${encodeURIComponent(sized)}`
  await image.decode()
  const canvas = doc.createElement('canvas')
  canvas.width = pixels
  canvas.height = pixels
  const context = canvas.getContext('2d')
  if (!context) throw new Error('no 2D canvas to draw the image in')
  context.drawImage(image, 0, 0, pixels, pixels)
  return canvas.toDataURL('image/png')
}
