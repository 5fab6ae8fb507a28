// `npm run bench:canvas -- --profile`: where a drag frame's main-thread time goes. Wraps one drag
// in a Chrome trace (devtools.timeline: script, style, layout, paint, commit, GC, each as self
// time) and a V8 CPU profile (JavaScript functions by self time), and prints the top costs per
// frame. Used to decide what to optimise next; the figures go into closing notes.

import fs from 'node:fs'
import type { Browser, CDPSession, Page } from 'playwright-core'

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: { name?: string }
}

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
}
interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

export interface FrameProfile {
  /** Main-thread self time per trace event name, ms per frame, biggest first. */
  phases: [string, number][]
  /** JavaScript self time per function (name and file:line), ms per frame, biggest first. */
  functions: [string, number][]
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink']

/** Runs `work` (returning how many frames it drew) under a trace and a CPU profile. */
export async function profileFrames(
  browser: Browser,
  page: Page,
  cdp: CDPSession,
  work: () => Promise<number>,
  saveAs?: string,
): Promise<FrameProfile> {
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await browser.startTracing(page, { categories: CATEGORIES })
  await cdp.send('Profiler.start')
  const frames = Math.max(1, await work())
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile }
  const traceFile = await browser.stopTracing()
  const trace = JSON.parse(traceFile.toString('utf8')) as { traceEvents: TraceEvent[] }
  // Both open in Chrome DevTools' Performance panel (trace) and JavaScript profiler (profile).
  if (saveAs) {
    fs.writeFileSync(`${saveAs}.trace.json`, traceFile)
    fs.writeFileSync(`${saveAs}.cpuprofile`, JSON.stringify(profile))
  }
  return {
    phases: mainThreadSelfTimes(trace.traceEvents, frames),
    functions: functionSelfTimes(profile, frames),
  }
}

/**
 * Traces opening a page (`open` navigates and waits until the page is ready) and returns the
 * renderer main thread's self time per event name for the whole open, so the open's cost can be
 * split into script, style, layout and paint; saves the trace beside the frame profiles.
 */
export async function profileOpen(
  browser: Browser,
  page: Page,
  open: () => Promise<void>,
  saveAs: string,
): Promise<[string, number][]> {
  await browser.startTracing(page, { categories: CATEGORIES })
  await open()
  const traceFile = await browser.stopTracing()
  fs.writeFileSync(`${saveAs}.trace.json`, traceFile)
  const trace = JSON.parse(traceFile.toString('utf8')) as { traceEvents: TraceEvent[] }
  return mainThreadSelfTimes(trace.traceEvents, 1)
}

/** Self time of each complete event on the renderer's main thread (children subtracted). */
function mainThreadSelfTimes(events: readonly TraceEvent[], frames: number): [string, number][] {
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  )
  if (!main) return []
  const spans = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  const self = new Map<string, number>()
  const stack: { end: number; name: string }[] = []
  for (const span of spans) {
    while (stack.length && stack[stack.length - 1]!.end <= span.ts) stack.pop()
    const dur = span.dur ?? 0
    const parent = stack[stack.length - 1]
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - dur)
    self.set(span.name, (self.get(span.name) ?? 0) + dur)
    stack.push({ end: span.ts + dur, name: span.name })
  }
  return [...self]
    .map(([name, us]): [string, number] => [name, us / 1000 / frames])
    .filter(([, ms]) => ms >= 0.05)
    .sort((a, b) => b[1] - a[1])
}

function functionSelfTimes(profile: CpuProfile, frames: number): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<string, number>()
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame
    if (!frame) return
    const file = frame.url.split('/').pop() ?? ''
    const key = `${frame.functionName || '(anonymous)'} ${file}${file ? `:${frame.lineNumber + 1}` : ''}`
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0))
  })
  return [...self]
    .map(([name, us]): [string, number] => [name, us / 1000 / frames])
    .sort((a, b) => b[1] - a[1])
}

export function printProfile(title: string, profile: FrameProfile, top = 14) {
  const fmt = (rows: [string, number][]) =>
    rows
      .slice(0, top)
      .map(([name, ms]) => `    ${ms.toFixed(2).padStart(7)}  ${name}`)
      .join('\n')
  console.log(`\n${title}: main thread, self ms per frame\n${fmt(profile.phases)}`)
  console.log(`  JavaScript, self ms per frame\n${fmt(profile.functions)}`)
}
