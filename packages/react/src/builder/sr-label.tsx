import type { ReactNode } from 'react'

/**
 * A label for screen readers only with the colon its language writes after it (`withColon`:
 * "Error: ", fr "Erreur : ", zh "错误："): the space after the colon, where the language writes
 * one, stays outside the hidden span (with `trailing`), as the words that follow are.
 */
export function SrLabel({ said, trailing = true }: { said: string; trailing?: boolean }): ReactNode {
  const label = said.trimEnd()
  return (
    <>
      <span className="bi-builder-sr">{label}</span>
      {trailing && label !== said ? ' ' : null}
    </>
  )
}
