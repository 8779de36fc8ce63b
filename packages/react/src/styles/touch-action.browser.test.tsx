import '../styles.css'
import { INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { InteractiveBuilder } from '../builder/interactive-builder.tsx'
import { InteractivePreview } from '../preview/interactive-preview.tsx'
import { SendInteractiveDialog } from '../send-dialog/send-interactive-dialog.tsx'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'

afterEach(cleanup)

/** What a finger taps: every control the kit draws. */
const CONTROLS =
  '.bi-builder-drag, button, [role="tab"], [role="radio"], [role="option"], summary, label:has(input), select, a[href], input:not([type="text"], [type="tel"], [type="search"])'

function touchActions(root: ParentNode): string[] {
  return [...root.querySelectorAll<HTMLElement>(CONTROLS)].map(
    (control) => `${control.outerHTML.slice(0, 70)} ${getComputedStyle(control).touchAction}`,
  )
}

describe('the kit’s controls and a tap (Chromium)', () => {
  // Without `<meta name="viewport" content="width=device-width">` on the host page, Chrome on
  // Android holds a tap's click ~300 ms to see whether a second tap (zoom) follows, unless the
  // element's touch-action is `manipulation` (panning and pinch zoom still work):
  // https://developer.chrome.com/blog/300ms-tap-delay-gone-away
  it('take a tap at once (touch-action: manipulation), and the drag handle keeps the finger (none)', async () => {
    const { client } = createMockClient()
    render(
      <>
        <InteractiveBuilder defaultValue={INTERACTIVE_EXAMPLES.list} />
        <InteractivePreview value={INTERACTIVE_EXAMPLES.button} />
        <SendInteractiveDialog client={client} interactive={INTERACTIVE_EXAMPLES.list} defaultOpen />
      </>,
    )
    // The dialog's preview opens its list sheet, with its rows.
    await userEvent.click(
      page.getByRole('dialog').getByRole('button', { name: INTERACTIVE_EXAMPLES.list.action.button }),
    )
    const actions = [...touchActions(document.body)]
    expect(actions.length).toBeGreaterThan(20)
    expect(actions.some((line) => line.includes('bi-sheet-row'))).toBe(true)
    const handles = actions.filter((line) => line.includes('bi-builder-drag'))
    expect(handles.length).toBeGreaterThan(0)
    for (const line of handles) expect(line).toMatch(/ none$/)
    expect(actions.filter((line) => !line.includes('bi-builder-drag') && !line.endsWith(' manipulation'))).toEqual([])
  })

  // `manipulation` also turns off double-tap zoom, which someone reading what they typed may
  // want; a text field takes no click worth hurrying, so it and its label keep the browser's own.
  it('text fields, text areas and their labels keep double-tap zoom (touch-action: auto)', () => {
    const { client } = createMockClient()
    render(
      <>
        <InteractiveBuilder defaultValue={INTERACTIVE_EXAMPLES.list} />
        <SendInteractiveDialog client={client} interactive={INTERACTIVE_EXAMPLES.list} defaultOpen />
      </>,
    )
    const typed = [
      ...document.querySelectorAll<HTMLElement>(
        'input:is([type="text"], [type="url"], [type="tel"]), textarea, label:not(:has(input))',
      ),
    ]
    expect(typed.filter((element) => element.matches('textarea')).length).toBeGreaterThan(0)
    expect(typed.filter((element) => element.matches('[type="tel"]'))).toHaveLength(1)
    expect(typed.filter((element) => element.matches('label')).length).toBeGreaterThan(3)
    expect(
      typed
        .map((element) => `${element.outerHTML.slice(0, 70)} ${getComputedStyle(element).touchAction}`)
        .filter((line) => !line.endsWith(' auto')),
    ).toEqual([])
  })
})
