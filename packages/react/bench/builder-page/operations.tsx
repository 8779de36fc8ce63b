// The operator's other operations, beyond typing into the body: each done in the page the way a
// click, a choice or a file does it (a real DOM event the builder listens for), on the whole
// composer (form, JSON tab, history, preview and send button), and timed in the page from the
// event to the frame that shows its result.

import { flushSync } from 'react-dom'
import type { Root } from 'react-dom/client'
import { InteractiveComposer } from '../../src/index.ts'
import { listOfNineRows, listWithManyIssues, maximalCarousel, maximalList } from '../maximal-list.ts'

/** One operation's time, in milliseconds from its event. */
export interface OperationTime {
  /** Until the work the event started synchronously is done: handlers, React's render and commit, effects. */
  script: number
  /** Until the frame that shows the result has been painted (the idle wait for that frame included). */
  frame: number
}

/** The drafts the operations start from. */
export const OPERATION_DRAFTS = {
  list: maximalList,
  listOfNine: listOfNineRows,
  carousel: () => maximalCarousel(),
  carouselOfNine: () => maximalCarousel(9),
  manyIssues: listWithManyIssues,
} as const

export type OperationDraft = keyof typeof OPERATION_DRAFTS

let latest: unknown

/** The composer's draft as its last `onValueChange` gave it, to check an operation did its work. */
export const latestDraft = (): unknown => latest

/** Mounts the composer (builder, JSON tab, history, preview, send) on `draft`; its mount time. */
export function mountComposer(root: Root, container: HTMLElement, draft: OperationDraft): number {
  latest = OPERATION_DRAFTS[draft]()
  flushSync(() => root.render(null))
  container.replaceChildren()
  const start = performance.now()
  flushSync(() =>
    root.render(
      <InteractiveComposer
        key={`${draft}-${start}`}
        endpoint="/bench-api"
        defaultValue={latest}
        onValueChange={(value) => {
          latest = value
        }}
        theme="light"
        style={{ width: 1000 }}
      />,
    ),
  )
  void container.offsetHeight
  return performance.now() - start
}

const nextPaint = () =>
  new Promise<number>((done) =>
    requestAnimationFrame(() => {
      // A message posted in the frame's animation callbacks is handled after its paint.
      const channel = new MessageChannel()
      channel.port1.onmessage = () => done(performance.now())
      channel.port2.postMessage(undefined)
    }),
  )

/**
 * Times `act` (which dispatches one event) until the frame that satisfies `shown`: the frames
 * before it, if its result waits on a promise (a file read), are counted too.
 */
export async function timeOperation(act: () => void, shown: () => boolean): Promise<OperationTime> {
  // Start just after a frame, as a click between frames does.
  await nextPaint()
  let script = 0
  const start = performance.now()
  act()
  // React flushes a discrete event's update in a microtask queued during the event, before this one.
  await new Promise<void>((done) => queueMicrotask(done))
  script = performance.now() - start
  for (let frames = 0; frames < 600; frames++) {
    const painted = await nextPaint()
    if (shown()) return { script, frame: painted - start }
  }
  throw new Error('The operation showed no result within 600 frames')
}

/** The button named `name` (its text or aria-label), the `index`th of them (negative: from the end). */
export function button(container: ParentNode, name: string, index = 0): HTMLButtonElement {
  const all = [...container.querySelectorAll('button')].filter(
    (candidate) => (candidate.getAttribute('aria-label') ?? candidate.textContent?.trim()) === name,
  )
  const found = all.at(index)
  if (found === undefined) throw new Error(`No button "${name}" (${index}) among ${all.length}`)
  return found
}

/** Sets a select's value as a choice in its list does, and dispatches the change. */
export function choose(select: HTMLSelectElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set
  setter?.call(select, value)
  select.dispatchEvent(new Event('change', { bubbles: true }))
}

/** Puts `file` in the file input and dispatches the change, as the browser's file picker does. */
export function openFile(input: HTMLInputElement, file: File): void {
  const transfer = new DataTransfer()
  transfer.items.add(file)
  input.files = transfer.files
  input.dispatchEvent(new Event('change', { bubbles: true }))
}
