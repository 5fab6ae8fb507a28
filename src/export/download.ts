// Saving a Blob as a file through the browser's download. The link is put inside `container`
// (the open <dialog>): a modal dialog makes the rest of the page inert.

export function downloadBlob(blob: Blob, fileName: string, container: HTMLElement = document.body) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  container.append(link)
  link.click()
  link.remove()
  // The download has started by now; keep the URL a little longer for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
