/**
 * Saves `text` as a file named `name` from `document`'s page (a link to a blob, clicked), as the
 * browser downloads any file. Does nothing without a window (a server render).
 */
export function downloadFile(document: Document | undefined, text: string, name: string, type = 'application/json') {
  const view = document?.defaultView
  if (!document || !view) return
  const url = view.URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.click()
  view.setTimeout(() => view.URL.revokeObjectURL(url), 0)
}
