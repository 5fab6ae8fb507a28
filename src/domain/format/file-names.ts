// File names of exports, from the map's title: "Customer Onboarding" → customer-onboarding.png.
// Letters lose their accents, everything that is not a letter or digit becomes one hyphen, and an
// empty or symbol-only title falls back to "journey-map", so a download always has a usable name.

export type ExportFormat = 'png' | 'svg' | 'pdf' | 'html' | 'json' | 'csv' | 'mermaid'

const EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  png: '.png',
  svg: '.svg',
  pdf: '.pdf',
  html: '.html',
  json: '.trailmap.json',
  csv: '.csv',
  mermaid: '.mmd',
}

export const FALLBACK_SLUG = 'journey-map'
const MAX_SLUG_LENGTH = 80

export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '')
  return slug === '' ? FALLBACK_SLUG : slug
}

export function exportFileName(title: string, format: ExportFormat): string {
  return `${slugify(title)}${EXTENSIONS[format]}`
}
