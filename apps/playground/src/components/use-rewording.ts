import { useEffect, useState } from 'react'

/**
 * Whether this render words the page's notices again in the language just chosen (`language`:
 * the locale, or its translator), until that render has been drawn. A notice shown follows the
 * language, and a live region that sees new words says them: a switch said every notice still
 * on the page again (the mock reset minutes ago, the code copied), as news. Its region is
 * `aria-live="off"` meanwhile.
 */
export function useRewording(language: unknown): boolean {
  // Given as functions: a translator is a function, which useState would call.
  const [settled, setSettled] = useState(() => language)
  useEffect(() => {
    if (Object.is(settled, language)) return
    // A task after the next frame: the frame's own callbacks run before it is drawn, and the
    // accessibility tree takes the new words as it is drawn.
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setSettled(() => language))
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [language, settled])
  return !Object.is(settled, language)
}
