import { describe, expect, it } from 'vitest'
import { accessibilityTree } from '../testing/spoken.ts'
import { validFixtures } from './fixtures.ts'
import { renderPreview } from './testing/browser-render.tsx'

/** What a screen reader is given for the header, from Chromium's accessibility tree. */
const headerTree = async (header: Element) => {
  header.setAttribute('data-header-tree', '')
  try {
    return (await accessibilityTree('[data-header-tree]')).map((line) => line.trim())
  } finally {
    header.removeAttribute('data-header-tree')
  }
}

describe('a video header, as a screen reader is given it (Chromium)', () => {
  it('is the video and its length, once each', async () => {
    // It read "Video", then an image "Play video" (the glyph over it, though nothing plays
    // here), then the length: the video said twice, once as a control it is not.
    const { root } = renderPreview(validFixtures.buttonVideoHeader)
    const header = root.querySelector('.bi-header[data-kind="video"]') as HTMLElement
    await expect.poll(() => header.querySelector('.bi-duration')?.textContent).toBe('0:03')
    expect(await headerTree(header)).toEqual(['Video "Video"', '"0:03"'])
  })

  it('with no video to show, says what is missing and that it is a video', async () => {
    const { root } = renderPreview({
      type: 'button',
      header: { type: 'video', video: { link: '' } },
      body: { text: 'Ziara ya nyumba' },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Tazama' } }] },
    })
    const header = root.querySelector('.bi-header[data-kind="video"]') as HTMLElement
    expect(await headerTree(header)).toEqual(['image "No media selected"', 'image "Video"'])
  })
})
