import type { ReactNode } from 'react'

/**
 * A label for screen readers only with the colon its language writes after it (`withColon`:
 * "Error: ", fr "Erreur : ", zh "错误："): the space after the colon, where the language writes
 * one, stays outside the hidden span (with `trailing`), as the words that follow are. `lang`: the
 * language it is worded in where that is not the builder's (the kit's English "Error" a host's
 * French catalogue left out), so a screen reader says it in that voice.
 */
export function SrLabel({
  said,
  lang,
  trailing = true,
}: {
  said: string
  lang?: string | undefined
  trailing?: boolean
}): ReactNode {
  const label = said.trimEnd()
  return (
    <>
      <span className="bi-builder-sr" lang={lang}>
        {label}
      </span>
      {trailing && label !== said ? ' ' : null}
    </>
  )
}
