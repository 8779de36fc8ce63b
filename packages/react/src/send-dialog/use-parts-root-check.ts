import { useContext, useEffect } from 'react'
import { useSaidOnce } from '../state/use-said-once.ts'
import { InPartsRootContext } from './send-dialog-context.ts'

/**
 * Says once, in development, that `part` is laid out outside `SendDialog.Form`: `SendDialog.Root`
 * renders no element, so the form is the parts' themed root, and a part outside it is drawn in the
 * page's own look (a transparent Send, the page's font) however the host sets the tokens.
 */
export function usePartsRootCheck(part: string): void {
  const inRoot = useContext(InPartsRootContext)
  const firstTime = useSaidOnce()
  useEffect(() => {
    if (process.env.NODE_ENV === 'production' || inRoot || !firstTime('outside')) return
    console.error(
      `<${part}> is outside <SendDialog.Form>: the form is the parts' themed root, so the kit's ` +
        'styles and your --bi-* values do not reach it. Put the parts in <SendDialog.Form> (with ' +
        'asChild, your own element is that root, e.g. a <section> inside your own form), or in ' +
        '<SendDialog.Content> for a dialog.',
    )
  }, [inRoot, part, firstTime])
}
