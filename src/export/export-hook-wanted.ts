// Whether this page was opened for a headless export (`/m/<id>?export`): only then is the export
// hook (export-hook.ts, loaded on demand) installed on the page.

export function exportHookWanted(search: string = window.location.search): boolean {
  return new URLSearchParams(search).has('export')
}
