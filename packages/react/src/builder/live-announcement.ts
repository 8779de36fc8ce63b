import { useCallback, useEffect, useRef, useState } from 'react'
import type { Worded } from '../i18n/messages.ts'

/**
 * One announcement in the builder's live region, with the language its words are in (`lang`: a
 * host's words its tag, the kit's English `en`); `count` makes a new node of each, so the same
 * words are said again.
 */
export interface Announcement {
  readonly text: string
  readonly lang: string | undefined
  /** Runs of its words in other languages than its first (`Worded.parts`). */
  readonly parts?: Worded['parts']
  readonly count: number
}

/**
 * The builder's polite announcements: `announce(words)` says `words.text` once, in `words.lang`, at once gone on
 * `quiet()`; rendered in `LeavingWords` keyed by `count`, the words leave once said (the kit's one
 * rule for a live region's words). One made while the builder mounts (a
 * restored draft) waits a frame: a region is read when its text changes, not when it is added
 * with its text. What else is said before it is (the form's note on JSON text it cannot use,
 * as the restored draft shows) joins it, by `join`, into one announcement: said back to back,
 * the second cut the first short or followed it as a separate notice.
 */
export function useLiveAnnouncement(join: (first: Worded, next: Worded) => Worded): {
  announcement: Announcement
  announce: (words: Worded) => void
  quiet: () => void
} {
  const [announcement, setAnnouncement] = useState<Announcement>({ text: '', lang: undefined, count: 0 })
  const mounting = useRef(true)
  const held = useRef<Worded | undefined>(undefined)
  const joinRef = useRef(join)
  joinRef.current = join
  const announce = useCallback(({ text, lang, parts }: Worded) => {
    if (mounting.current || held.current !== undefined) {
      const waiting = held.current
      // The same words twice (a strict mode's second effect) are said once.
      held.current =
        waiting === undefined || waiting.text === text
          ? { text, lang, parts }
          : joinRef.current(waiting, { text, lang, parts })
      return
    }
    setAnnouncement((last) => ({ text, lang, parts, count: last.count + 1 }))
  }, [])
  // What was said while mounting is said past the first frame that showed the empty region (a
  // task after it: a frame's own callbacks run before it is drawn).
  useEffect(() => {
    mounting.current = false
    if (held.current === undefined) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        const words = held.current
        held.current = undefined
        if (words !== undefined) announce(words)
      })
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [announce])
  const quiet = useCallback(
    () => setAnnouncement((last) => (last.text === '' ? last : { text: '', lang: undefined, count: last.count })),
    [],
  )
  return { announcement, announce, quiet }
}
