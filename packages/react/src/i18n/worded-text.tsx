import { Fragment, type ReactNode } from 'react'
import type { Worded } from './messages.ts'

/**
 * `words` as shown inside an element in `lang` (its own, or the language it inherits): each run
 * in another language marked with its own `lang`, so a screen reader reads each in its voice.
 */
export function wordedNode(words: Worded, lang: string): ReactNode {
  const parts = words.parts ?? [words]
  if (parts.every((part) => part.lang === lang)) return words.text
  return parts.map((part, index) =>
    part.lang === lang ? (
      // The runs of one note: their order is their identity.
      // biome-ignore lint/suspicious/noArrayIndexKey: see above
      <Fragment key={index}>{part.text}</Fragment>
    ) : (
      // A kit class: the host-isolation rule keeps a host's `* { line-height }` off it.
      // biome-ignore lint/suspicious/noArrayIndexKey: see above
      <span key={index} className="bi-worded" lang={part.lang}>
        {part.text}
      </span>
    ),
  )
}
