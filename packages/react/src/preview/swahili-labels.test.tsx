import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { en } from '../i18n/messages/en.ts'
import { sw } from '../i18n/messages/sw.ts'
import { edgeFixtures, FIXTURE_TIME, validFixtures } from './fixtures.ts'
import { InteractivePreview } from './interactive-preview.tsx'

/** Every English catalogue string that Swahili words differently, placeholders cut off. */
const englishOnly = (Object.keys(en) as (keyof typeof en)[])
  .filter((key) => en[key] !== sw[key])
  .map((key) =>
    en[key]
      .split(/\{\w+\}/)
      .reduce((a, b) => (b.length > a.length ? b : a), '')
      .trim(),
  )
  .filter((s) => s.length >= 4)

/** All the text a person or a screen reader meets: content, aria-labels and titles. */
const everything = (root: HTMLElement): string =>
  [
    root.textContent ?? '',
    ...[...root.querySelectorAll('[aria-label], [title], [alt]')].flatMap((el) =>
      ['aria-label', 'title', 'alt'].map((a) => el.getAttribute(a) ?? ''),
    ),
  ].join('\n')

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
  })

  it('says Imewasilishwa for a delivered reply, as WhatsApp does in Swahili', () => {
    expect(sw['preview.reply.delivered']).toBe('Imewasilishwa')
  })
})
