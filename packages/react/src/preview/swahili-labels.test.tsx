import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { sw } from '../i18n/messages/sw.ts'
import { englishCatalogueFragments, englishWordIn, everything } from '../i18n/testing/english-leaks.ts'
import { edgeFixtures, FIXTURE_TIME, validFixtures } from './fixtures.ts'
import { InteractivePreview } from './interactive-preview.tsx'

// The preview words only preview.* keys; other parts' labels ("Bold") are common words of message text.
const englishOnly = englishCatalogueFragments(undefined, undefined, (key) => key.startsWith('preview.'))

describe('locale="sw": no English label anywhere', () => {
  it.each(Object.entries({ ...validFixtures, ...edgeFixtures }))('%s', async (_name, value) => {
    const { container } = render(<InteractivePreview value={value} locale="sw" time={FIXTURE_TIME} />)
    const list = container.querySelector<HTMLElement>('.bi-action[data-kind="list"]')
    if (list) {
      await userEvent.click(list)
      const radio = screen.queryAllByRole('radio')[0]
      if (radio) await userEvent.click(radio)
    }
    const reply = container.querySelector<HTMLElement>('.bi-action[data-kind="reply"]')
    if (reply) await act(async () => reply.click())
    const text = everything(container)
    for (const english of englishOnly) expect(text, english).not.toContain(english)
    // The chrome (labels, tooltips) carries no English word; the fixtures' own content is left out.
    const chrome = [...container.querySelectorAll('[aria-label], [title]')].flatMap((el) => [
      el.getAttribute('aria-label') ?? '',
      el.getAttribute('title') ?? '',
    ])
    for (const label of chrome) expect(englishWordIn(label), label).toBeUndefined()
  })

  it('says Imewasilishwa for a delivered reply, as WhatsApp does in Swahili', () => {
    expect(sw['preview.reply.delivered']).toBe('Imewasilishwa')
  })
})
