import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { InteractiveBuilder } from '../builder/interactive-builder.tsx'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { InteractivePreview } from '../preview/interactive-preview.tsx'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { SendInteractiveDialog } from '../send-dialog/send-interactive-dialog.tsx'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'

// An admin app mounts and unmounts the kit's parts on every route change, tab and modal: each
// must take back every listener it put on the window or the document, and every timer.

type Listening = Map<EventTarget, string[]>

/** Records the listeners added to and removed from the window and the document. */
function listenersOnPage(): Listening {
  const targets: EventTarget[] = [window, document]
  const live: Listening = new Map(targets.map((target) => [target, []]))
  for (const target of targets) {
    const add = target.addEventListener.bind(target)
    const remove = target.removeEventListener.bind(target)
    const keyOf = (type: string, options: unknown) =>
      `${type}${(typeof options === 'boolean' ? options : (options as { capture?: boolean })?.capture) ? ' capture' : ''}`
    const added = new Map<unknown, string[]>()
    vi.spyOn(target, 'addEventListener').mockImplementation((type, listener, options) => {
      const key = keyOf(type, options)
      if (listener && !(added.get(listener) ?? []).includes(key)) {
        added.set(listener, [...(added.get(listener) ?? []), key])
        live.get(target)?.push(key)
      }
      add(type, listener, options)
    })
    vi.spyOn(target, 'removeEventListener').mockImplementation((type, listener, options) => {
      const key = keyOf(type, options)
      const keys = added.get(listener) ?? []
      if (keys.includes(key)) {
        added.set(
          listener,
          keys.filter((k) => k !== key),
        )
        const list = live.get(target) ?? []
        list.splice(list.indexOf(key), 1)
      }
      remove(type, listener, options)
    })
  }
  return live
}

const snapshot = (live: Listening) => ({
  window: [...(live.get(window) ?? [])].sort(),
  document: [...(live.get(document) ?? [])].sort(),
})

function Everything({ client }: { client: ReturnType<typeof createMockClient>['client'] }) {
  return (
    <StrictMode>
      <BriqProvider client={client}>
        <InteractiveBuilder persistKey="mount-cycles" />
        <InteractiveBuilder persistKey="mount-cycles" />
        <InteractivePreview value={FEEDBACK_INTERACTIVE} />
        <InteractiveComposer sendMode="inline" defaultTo={FIXTURE_PHONES.open} />
        <SendInteractiveDialog
          interactive={FEEDBACK_INTERACTIVE}
          defaultOpen
          defaultTo={FIXTURE_PHONES.open}
          pollIntervalMs={20}
        />
      </BriqProvider>
    </StrictMode>
  )
}

/**
 * The suite: every part mounted in StrictMode (two builders sharing a `persistKey`, a preview,
 * an inline composer, an open send dialog with a send and its status polling under way),
 * unmounted, twice after a first mount.
 */
export function describeMountCycles(): void {
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
    localStorage.clear()
  })

  describe('mounting and unmounting every part, again and again', () => {
    it('leaves no listener on the window or the document, no timer and no request, once unmounted', async () => {
      vi.useFakeTimers()
      // React listens on the document once per page (selectionchange), for good: the first mount
      // sets the baseline.
      const live = listenersOnPage()
      render(<Everything client={createMockClient().client} />).unmount()
      await act(async () => vi.runOnlyPendingTimers())
      const baseline = snapshot(live)
      for (let round = 0; round < 2; round++) {
        const { client, sends, requests = [] } = createMockClient()
        const { unmount } = render(<Everything client={client} />)
        // Typing (a save waits for a pause), a send and its status polling under way (the open
        // dialog hides the rest of the page from the accessibility tree).
        fireEvent.change(screen.getAllByRole('textbox', { name: 'Body text', hidden: true })[0] as HTMLElement, {
          target: { value: `Round ${round}` },
        })
        const dialog = screen.getByRole('dialog')
        fireEvent.click(dialog.querySelector('button[type="submit"]') as HTMLElement)
        await act(async () => vi.advanceTimersByTimeAsync(100))
        expect(sends).toEqual(['/api/briq/v1/whatsapp/messages/interactive'])
        expect(requests.filter((request) => request.startsWith('GET /api/briq/v1/whatsapp/messages/'))).not.toEqual([])
        const asked = requests.length
        unmount()
        // Typed before the save's pause: unmounting saved it, nothing typed is lost.
        expect(localStorage.getItem('mount-cycles')).toContain(`Round ${round}`)
        expect(snapshot(live)).toEqual(baseline)
        // One-shot timers (a focus given back) may fire; none is set again.
        await act(async () => vi.runOnlyPendingTimers())
        await act(async () => vi.runOnlyPendingTimers())
        expect(vi.getTimerCount()).toBe(0)
        // Nothing polls a message's status, or asks anything else, once nothing shows it.
        expect(requests).toHaveLength(asked)
      }
    }, 20_000) // A budget for a loaded machine (every part mounts thrice), not a speed check.
  })
}
