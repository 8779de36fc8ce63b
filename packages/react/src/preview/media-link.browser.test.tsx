import '../styles.css'
import { createDraft } from '@briq-interactive/core'
import { act, cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { TYPING_PAUSE_MS } from '../dom/typing-pause.ts'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'

afterEach(() => {
  vi.useRealTimers()
  cleanup()
})

/** Each link an image or video of the page was given to load, in order: one request each. */
function watchMediaRequests(): { links: string[]; stop: () => void } {
  const links: string[] = []
  // An element added inside one added just before is seen in both records: counted once.
  const seen = new WeakMap<Element, string>()
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const added = record.type === 'childList' ? [...record.addedNodes] : [record.target]
      for (const node of added) {
        if (!(node instanceof Element)) continue
        for (const media of [node, ...node.querySelectorAll('img, video')]) {
          const src = media.matches('img, video') ? media.getAttribute('src') : null
          if (src && seen.get(media) !== src) {
            seen.set(media, src)
            links.push(src)
          }
        }
      }
    }
  })
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['src'] })
  return { links, stop: () => observer.disconnect() }
}

describe('a carousel card media link typed beside the preview (Chromium)', () => {
  it('requests one image, the whole link, once typing pauses: none per key', async () => {
    const { client } = createMockClient()
    render(<InteractiveComposer client={client} defaultValue={createDraft('carousel')} />)
    const field = page.getByRole('group', { name: 'Card 1', exact: true }).getByRole('textbox', {
      name: 'Card 1 media link',
      exact: true,
    })
    await expect.element(field).toBeVisible()
    await userEvent.click(field)
    const requests = watchMediaRequests()
    // The pause's timer is held still, so however slowly the keys arrive none of them is a pause.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    await userEvent.keyboard('https://example.com/p.jpg')
    expect((field.element() as HTMLInputElement).value).toBe('https://example.com/p.jpg')
    expect(requests.links).toEqual([])
    await act(async () => {
      vi.advanceTimersByTime(TYPING_PAUSE_MS)
    })
    vi.useRealTimers()
    await expect.poll(() => requests.links).toEqual(['https://example.com/p.jpg'])
    const image = document.querySelector('.bi-preview .bi-media-el') as HTMLImageElement
    expect(image.referrerPolicy).toBe('no-referrer')
    requests.stop()
  })
})
