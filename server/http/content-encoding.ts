// Which compressed copy of a build file a request gets. The build writes a Brotli (`.br`) and a
// gzip (`.gz`) copy beside each script and style sheet (vite.config.ts); the browser says which it
// reads in Accept-Encoding (RFC 9110 §12.5.3). Brotli is smaller (the editor's scripts and styles:
// 2.0 MB raw, 0.65 MB gzip, 0.55 MB Brotli), but browsers offer it only over HTTPS (Chromium also
// to loopback addresses), so a server reached over plain HTTP mostly answers gzip.

/** The encodings the build writes, best first, with the suffix of their file. */
export const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const

export type Encoding = (typeof ENCODINGS)[number]

/**
 * The best of the encodings that `has` finds a copy for and the request accepts, or null for the
 * file as it is. A coding is accepted when named, or covered by `*`, with a weight above zero.
 */
export function pickEncoding(
  acceptEncoding: string | undefined,
  has: (encoding: Encoding) => boolean,
): Encoding | null {
  if (!acceptEncoding) return null
  const weights = new Map<string, number>()
  for (const part of acceptEncoding.split(',')) {
    const [coding, ...params] = part.split(';').map((piece) => piece.trim().toLowerCase())
    if (!coding) continue
    const q = params.find((param) => param.startsWith('q='))
    const weight = q === undefined ? 1 : Number(q.slice(2))
    weights.set(coding, Number.isFinite(weight) ? weight : 0)
  }
  const accepted = (name: string) => (weights.get(name) ?? weights.get('*') ?? 0) > 0
  return ENCODINGS.find((encoding) => accepted(encoding.name) && has(encoding)) ?? null
}
