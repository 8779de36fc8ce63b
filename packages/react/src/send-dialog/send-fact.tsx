import type { ComponentPropsWithoutRef, ReactNode } from 'react'
import { withClassName } from '../dom/with-class-name.ts'

/** Props of {@link SendFact}: its term, and the `<dd>`'s own props (its value as `children`, or `code`). */
export interface SendFactProps extends ComponentPropsWithoutRef<'dd'> {
  term: string
  /** The language of `term` where it is not the dialog's (the kit's English a host's catalogue left out). */
  termLang?: string | undefined
  /** An id or a code, shown in the dialog's monospace as the value. */
  code?: string | undefined
}

/** One term and its value in the sent message's or the refusal's facts (`.bi-send-dialog-facts`). */
export function SendFact({ term, termLang, code, className, children, ...value }: SendFactProps): ReactNode {
  return (
    <div className="bi-send-dialog-fact">
      <dt className="bi-send-dialog-fact-term" lang={termLang}>
        {term}
      </dt>
      <dd {...value} className={withClassName('bi-send-dialog-fact-value', className)}>
        {code === undefined ? children : <code className="bi-send-dialog-fact-code">{code}</code>}
      </dd>
    </div>
  )
}
