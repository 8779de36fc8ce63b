/**
 * WCAG 2.2 1.4.12 (Text spacing): the spacing a reader's own style sheet may set, applied to
 * every element as the W3C's text-spacing bookmarklet does. Returns a function that removes it.
 * https://www.w3.org/WAI/WCAG22/Understanding/text-spacing.html
 */
export function textSpacing(): () => void {
  const style = document.createElement('style')
  style.textContent = `* {
  line-height: 1.5 !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important;
}
p { margin-bottom: 2em !important; }`
  document.head.append(style)
  return () => style.remove()
}
