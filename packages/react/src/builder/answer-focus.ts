import { type FocusEvent, type FocusEventHandler, type MouseEvent, useRef } from 'react'
import { activeElementOf } from '../focus/focused-element.ts'
import { useBuilderControls } from './builder-context.ts'
import { focusKeyOf } from './focus-keeper.tsx'

/**
 * For a notice of the builder's that goes with the answer given in it (another tab's draft, an
 * earlier draft discarded): its focused button goes too, and focus would fall to the page. Note
 * where focus came from with `onFocus` on the notice; wrap each answer in `answer`, which sends
 * focus back there, else to the type picker, else to the summary, else (a layout of parts without
 * them) to the first of the draft's controls shown, once the control that had focus has gone.
 * Focus that stays on the page stays put: on the notice's button when the next earlier draft
 * keeps the notice, in a field when a click focused no button (Safari).
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
      const focused = activeElementOf(event.currentTarget)
      if (focused !== null && focused !== event.currentTarget.ownerDocument.body) {
        requestFocus({
          ifRemoved: focused,
          focusKeys: [cameFrom.current, 'root/type'].filter((key) => key !== undefined),
          elementId: `${rootId}-summary`,
          orFirstControl: true,
        })
      }
      choose()
    },
  }
}
