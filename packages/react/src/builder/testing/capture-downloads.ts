import { vi } from 'vitest'

/** A file the page downloaded: the link's `download` name and the blob it pointed at. */
export interface CapturedDownload {
  name: string
  blob: Blob
}

/**
 * Catches what the page downloads (jsdom has no downloads): every blob URL created and the name
 * of the link clicked for it, in order. Undone by `vi.restoreAllMocks()`.
 */
export function captureDownloads(): CapturedDownload[] {
  const downloads: CapturedDownload[] = []
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    downloads.push({ name: '', blob: blob as Blob })
    return `blob:download-${downloads.length}`
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const last = downloads.at(-1)
    if (last) last.name = this.download
  })
  return downloads
}
