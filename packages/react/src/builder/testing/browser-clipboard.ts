import { userEvent } from 'vitest/browser'

/** Puts `text` on the browser's clipboard as a person would: selected in a page's own text and copied. */
export async function copyToClipboard(text: string): Promise<void> {
  const source = document.createElement('textarea')
  source.value = text
  document.body.append(source)
  try {
    source.select()
    await userEvent.copy()
  } finally {
    source.remove()
  }
}
