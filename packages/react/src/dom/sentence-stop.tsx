import type { ReactNode } from 'react'
import { endsSentence } from './sentence-end.ts'

/**
 * A full stop for screen readers only, after a part of a control's description that has none.
 * `aria-describedby` joins the parts it names (issues, hint, counter) with a space, which read
 * "WhatsApp allows 1024 1030 of 1024 characters" as one run of numbers. Drawn as CSS generated
 * content with an empty picture and "." as its alternative text: inline, so no space comes
 * before it (a visually hidden element is set apart, and a lone " . " is read "dot").
 */
export function SentenceStop({ after }: { after: string }): ReactNode {
  return endsSentence(after) ? null : <span className="bi-sentence-stop" />
}
