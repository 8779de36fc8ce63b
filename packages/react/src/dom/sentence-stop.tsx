import type { ReactNode } from 'react'
import { endsSentence } from './sentence-end.ts'

/**
 * A full stop for screen readers only, after a part of a control's description that has none.
 * `aria-describedby` joins the parts it names (issues, hint, counter) with a space, which read
 * "WhatsApp allows 1024 1030 of 1024 characters" as one run of numbers. Drawn as CSS generated
 * content with an empty picture and `stop` as its alternative text: inline, so no space comes
 * before it (a visually hidden element is set apart, and a lone " . " is read "dot"). `stop` is
 * the full stop of the language of the words it ends (`markIn(t, lang, 'punctuation.stop')`:
 * "." in English and Swahili, a host's Chinese "。"), so a reader voices it as that language does.
 */
export function SentenceStop({ after, stop }: { after: string; stop: string }): ReactNode {
  return endsSentence(after) ? null : <span className="bi-sentence-stop" data-stop={stop} />
}
