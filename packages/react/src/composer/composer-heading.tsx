import type { ReactNode } from 'react'
import { useBuilderControls } from '../builder/builder-context.ts'
import { BuilderHeading } from '../builder/builder-heading.tsx'

/**
 * A heading of the composer's own (the builder, the preview, the send form) at the root's
 * `headingLevel`, the builder's own headings ("Buttons", "Problems") one level below the builder's
 * (`ComposerBuilder`), so a screen reader's heading keys reach every
 * part of the composer, not only the form's groups. Its words are the part's name: hidden but to
 * assistive tech, it changes nothing on the page.
 */
export function ComposerHeading({ id, children }: { id?: string | undefined; children: ReactNode }): ReactNode {
  const { headingLevel } = useBuilderControls('InteractiveComposer')
  return (
    <BuilderHeading level={headingLevel} className="bi-builder-sr bi-composer-heading" id={id}>
      {children}
    </BuilderHeading>
  )
}
