import type { ReactNode } from 'react'
import { useBuilderControls } from '../builder/builder-context.ts'
import { BuilderHeading } from '../builder/builder-heading.tsx'
import { langIfOther } from '../i18n/own-lang.tsx'

/**
 * A heading of the composer's own (the builder, the preview, the send form) at the root's
 * `headingLevel`, the builder's own headings ("Buttons", "Problems") one level below the builder's
 * (`ComposerBuilder`), so a screen reader's heading keys reach every
 * part of the composer, not only the form's groups. Its words are the part's name: hidden but to
 * assistive tech, it changes nothing on the page.
 */
export function ComposerHeading({
  id,
  wordedIn,
  around,
  children,
}: {
  id?: string | undefined
  /** The language its words are in (`Translate.langOf`), marked where it is not the builder's around it. */
  wordedIn: string
  /** The language of the element it is in, where that is not the builder's (the inline send form's). */
  around?: string | undefined
  children: ReactNode
}): ReactNode {
  const { headingLevel, lang } = useBuilderControls('InteractiveComposer')
  return (
    <BuilderHeading
      level={headingLevel}
      className="bi-builder-sr bi-composer-heading"
      id={id}
      lang={langIfOther(wordedIn, around ?? lang)}
    >
      {children}
    </BuilderHeading>
  )
}
