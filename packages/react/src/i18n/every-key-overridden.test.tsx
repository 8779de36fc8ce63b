import { DEFAULT_API_KEY } from '@briq-interactive/mock'
import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { validFixtures } from '../preview/fixtures.ts'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { startMockServer } from '../send-dialog/testing/mock-server.ts'
import { en, type Messages } from './messages/en.ts'
import { everything, forms } from './testing/english-leaks.ts'

startMockServer('react-every-key')

const keys = Object.keys(en) as (keyof Messages)[]
// Every key reworded by its number: a marker with no word of the key in it.
const marked = Object.fromEntries(
  keys.map((key, index) => [
    key,
    typeof en[key] === 'string' ? `«${index}»` : { one: `«${index}»`, other: `«${index}»` },
  ]),
) as Partial<Messages>
// The kit's English words, cut to their longest run between placeholders.
const kitWords = keys
  .flatMap((key) =>
    forms(en[key]).map((text) =>
      text.split(/\{\w+\}/).reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), ''),
    ),
  )
  .filter((text) => text.length >= 6)

describe('a host that rewords every key sees none of the kit’s own words', () => {
  it('in the composer: builder, preview, list sheet and send dialog', async () => {
    const user = userEvent.setup()
    render(
      <BriqProvider endpoint="http://localhost/api/briq" headers={{ 'X-API-Key': DEFAULT_API_KEY }}>
        <InteractiveComposer defaultValue={validFixtures.list} messages={marked} />
      </BriqProvider>,
    )
    // What the page shows and names, without what was typed (the JSON tab's text has "sections").
    const shown = () => {
      const page = document.body.cloneNode(true) as HTMLElement
      for (const typed of page.querySelectorAll('textarea')) typed.remove()
      return everything(page)
    }
    const label = (key: keyof Messages) => `«${keys.indexOf(key)}»`
    const seen = [shown()]
    // The list sheet, opened from the message's own button.
    const preview = screen.getByRole('region', { name: label('preview.region') })
    await user.click(within(preview).getByRole('button', { name: 'Chagua njia' }))
    seen.push(shown())
    await user.keyboard('{Escape}')
    // A reorder and its announcement, then the JSON tab.
    await user.click(screen.getAllByRole('button', { name: label('builder.item.moveDown') })[0] as HTMLElement)
    seen.push(shown())
    await user.click(screen.getByRole('tab', { name: label('builder.tab.json') }))
    seen.push(shown())
    // The send dialog once its pickers have loaded (the 24-hour windows' day words).
    await user.click(screen.getByRole('button', { name: label('sendDialog.send') }))
    const sendTo = screen.getByRole('combobox', { name: label('sendDialog.conversation.label') })
    await waitFor(() => expect(within(sendTo).getAllByRole('option').length).toBeGreaterThan(2))
    seen.push(
      shown(),
      ...within(sendTo)
        .getAllByRole('option')
        .map((option) => option.textContent),
    )
    const text = seen.join('\n')
    const leaks = kitWords.filter((words) => text.includes(words))
    expect(leaks).toEqual([])
  })
})
