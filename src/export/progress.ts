// Long exports report how far they are and can be cancelled: the caller passes an AbortSignal and
// a progress callback; between steps the exporter yields to the browser (so the page repaints and
// the Cancel button is heard) and stops with ExportCancelled once the signal is aborted.

import { messagesFor } from '../domain/i18n'

/** Caught by the Export dialog, which says so in the interface's language; English for logs. */
export class ExportCancelled extends Error {
  constructor() {
    super(messagesFor('en').exports.result.cancelled)
    this.name = 'ExportCancelled'
  }
}

export interface Progress {
  /** 0…1, or null while the current step cannot say. */
  readonly fraction: number | null
  /** What is happening now, as a short phrase for the progress bar. */
  readonly step: string
}

export interface ProgressHooks {
  readonly signal?: AbortSignal | undefined
  readonly onProgress?: ((progress: Progress) => void) | undefined
}

export function throwIfCancelled(signal: AbortSignal | undefined) {
  if (signal?.aborted) throw new ExportCancelled()
}

/** Lets the browser paint and handle input, then checks for a cancel. */
export async function breathe(signal: AbortSignal | undefined): Promise<void> {
  await new Promise<void>((resolve) => setTimeout(resolve, 0))
  throwIfCancelled(signal)
}

/** Resolves like `work`, or rejects with ExportCancelled as soon as the signal aborts. */
export function cancellable<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work
  throwIfCancelled(signal)
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(new ExportCancelled())
    signal.addEventListener('abort', abort, { once: true })
    work.then(
      (value) => {
        signal.removeEventListener('abort', abort)
        resolve(value)
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort)
        reject(error instanceof Error ? error : new Error(String(error)))
      },
    )
  })
}
