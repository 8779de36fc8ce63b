import type { ReactNode } from 'react'

/** A heading level of HTML (`<h1>`…`<h6>`). */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6

/**
 * The level of the builder's top headings (its groups and "Problems"), checked where it enters:
 * a level HTML has not (0, 7, "2") would give a screen reader a broken outline, so it is refused
 * with the prop named, as `validation` is.
 */
export function checkedHeadingLevel(owner: string, level: unknown): HeadingLevel {
  if (level === undefined) return 2
  if (typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 6) return level as HeadingLevel
  throw new TypeError(`${owner}: ${JSON.stringify(level)} is not a heading level; use a number from 1 to 6`)
}

/** How many items hold the group or item at `path` (a section's rows are inside one): its headings go two levels down per item. */
export const depthOf = (path: readonly (string | number)[]): number =>
  path.filter((key) => typeof key === 'number').length

/** Props of `BuilderHeading`. */
export interface BuilderHeadingProps {
  /** The level; past 6 (a row's heading under a host's `headingLevel` of 4 or more) an ARIA heading of that level. */
  level: number
  className: string
  id?: string | undefined
  /** The language of its words where it is not the builder's (`ownLang`). */
  lang?: string | undefined
  children: ReactNode
}

/**
 * One of the builder's headings, so a screen reader's heading keys (H, 1–6) walk a long list or
 * carousel by its groups and items. Styled as the text it wraps (the kit's own class), so it
 * changes nothing on screen.
 */
export function BuilderHeading({ level, className, id, lang, children }: BuilderHeadingProps): ReactNode {
  const name = `bi-builder-heading ${className}`
  if (level > 6) {
    return (
      // A <span>: an item's legend takes phrasing content (and headings), not a <div>.
      // biome-ignore lint/a11y/useSemanticElements: HTML has no heading past <h6>; ARIA's heading takes any level.
      <span role="heading" aria-level={level} className={name} id={id} lang={lang}>
        {children}
      </span>
    )
  }
  const Tag = `h${level}` as 'h1'
  return (
    <Tag className={name} id={id} lang={lang}>
      {children}
    </Tag>
  )
}
