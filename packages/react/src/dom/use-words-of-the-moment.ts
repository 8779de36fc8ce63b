import { useState } from 'react'

interface Held<W> {
  moment: readonly unknown[]
  words: W
}

/**
 * A live region's words, worked out when what they tell of happens (`moment`: its parts compared
 * with `Object.is`) and kept as they are until it next changes. A change of language or of a
 * host's catalogue alone leaves them as they were: the region would see changed words and say
 * them again, as news, long after the event (or bring back words that had left). `make` returns
 * the words with the language they are in, so the region keeps its `lang` with them.
 */
export function useWordsOfTheMoment<W>(moment: readonly unknown[], make: () => W): W {
  // The first words are the state's first value, not set in render: React 18 numbers the `useId`
  // ids after a part that sets its state while it hydrates differently from the server's HTML.
  const [held, setHeld] = useState<Held<W>>(() => ({ moment, words: make() }))
  if (sameMoment(held.moment, moment)) return held.words
  const next = { moment, words: make() }
  // Set in render, as React allows for a component's own state: no frame shows other words.
  setHeld(next)
  return next.words
}

function sameMoment(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((part, index) => Object.is(part, b[index]))
}
