// The one-file HTML viewer as text: everything inline (no URL to fetch, a policy that forbids
// any), the map's JSON inside it loads back as the same map, text from the map cannot close the
// script elements it sits in, and the details the script shows are there (hidden personas not).

import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseMapFile } from '../../../src/domain/format'
import { templateById } from '../../../src/domain/templates'
import type { JourneyMap } from '../../../src/domain/types'
import { buildViewerHtml } from '../../../src/export/viewer/viewer-html'
import type { ViewerData } from '../../../src/export/viewer/viewer-data'
import { expectSameData } from '../../support/equal'

const script = fs.readFileSync(path.resolve('src/export/viewer/viewer-runtime.js'), 'utf8')
const between = (html: string, id: string) =>
  new RegExp(`<script type="application/json" id="${id}">([^<]*)</script>`).exec(html)?.[1] ?? ''

describe('HTML viewer file', () => {
  const base = templateById('classic-5')!.build()
  const card = Object.values(base.touchpoints).find((c) => c.painPoints.length > 0)!
  const map: JourneyMap = {
    ...base,
    personas: [
      ...base.personas,
      { ...base.personas[0]!, id: 'hidden-one', name: 'Secret persona', visible: false },
    ],
    touchpoints: {
      ...base.touchpoints,
      [card.id]: { ...card, title: 'Pays </script><script>alert(1)</script>' },
    },
  }
  const html = buildViewerHtml(map, {
    script,
    includeNotes: true,
    date: new Date(Date.UTC(2026, 0, 5)),
    locale: 'en',
  })

  it('holds everything inline and forbids every request', () => {
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).toContain(
      `content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data: blob:"`,
    )
    expect(html).not.toMatch(/\s(src|href|action)=/)
    expect(html).not.toMatch(/url\(/)
    expect(html).not.toContain('foreignObject')
    // The only script elements are the two data blocks and the viewer.
    expect(html.match(/<script/g)).toHaveLength(3)
  })

  it('carries the map, loadable again, and the details the viewer shows', () => {
    const loaded = parseMapFile(between(html, 'tm-map'))
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems))
    expectSameData(loaded.map, map)
    const data = JSON.parse(between(html, 'tm-data')) as ViewerData
    const shown = data.cards.find((c) => c.id === card.id)!
    expect(shown.title).toBe('Pays </script><script>alert(1)</script>')
    expect(shown.painPoints).toEqual(card.painPoints)
    expect(shown.personas.map((p) => p.name)).toEqual([base.personas[0]!.name])
    expect(data.personas.map((p) => p.name)).not.toContain('Secret persona')
    expect(data.exported).toBe('Exported 5 January 2026')
    expect(html).toContain(`<g id="card-${card.id}" class="tm-card" data-id="${card.id}">`)
  })
})
