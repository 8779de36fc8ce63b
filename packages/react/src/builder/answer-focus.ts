import { type FocusEvent, type FocusEventHandler, type MouseEvent, useRef } from 'react'
import { useBuilderControls } from './builder-context.ts'
import { focusKeyOf } from './focus-keeper.tsx'

/**
 * For a notice of the builder's that goes with the answer given in it (another tab's draft, an
 * earlier draft discarded): its focused button goes too, and focus would fall to the page. Note
 * where focus came from with `onFocus` on the notice; wrap each answer in `answer`, which sends
 * focus back there, else to the type picker, else to the summary, once the button has gone (the
 * next earlier draft keeps the notice, and focus stays on its button).
 */
export function useAnswerFocus(part: string, onFocus?: FocusEventHandler<HTMLDivElement>) {
  const { rootId, requestFocus } = useBuilderControls(part)
  const cameFrom = useRef<string | undefined>(undefined)
  return {
    onFocus(event: FocusEvent<HTMLDivElement>) {
      onFocus?.(event)
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) {
        cameFrom.current = focusKeyOf(event.relatedTarget)
      }
    },
    answer: (choose: () => void) => (event: MouseEvent<HTMLButtonElement>) => {
      requestFocus({
        ifRemoved: event.currentTarget,
        focusKeys: [cameFrom.current, 'root/type'].filter((key) => key !== undefined),
        elementId: `${rootId}-summary`,
      })
      choose()
    },
  }
}
