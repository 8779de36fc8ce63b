import { fireEvent, render, screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { useDeferredValue, useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { InteractivePreview } from '../preview/interactive-preview.tsx'
import { InteractiveBuilder } from './interactive-builder.tsx'

// The README's advice for a host whose page is slow to render beside a controlled builder: the
// draft set at once, the costly part given `useDeferredValue(draft)`.
const start = {
  type: 'button',
  body: { text: 'Hi' },
  action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A' } }] },
}
const body = () => screen.getByRole('textbox', { name: 'Body text' })
const undo = () => screen.getByRole('button', { name: 'Undo' })

function Host() {
  const [draft, setDraft] = useState<unknown>(start)
  const deferred = useDeferredValue(draft)
  return (
    <>
      <InteractiveBuilder value={draft} onValueChange={setDraft} />
      <InteractivePreview value={deferred} />
    </>
  )
}

afterEach(() => vi.useRealTimers())

describe('a controlled builder beside a deferred preview', () => {
  it('types, follows in the preview, and undoes the typing as one step', async () => {
    // Undo steps follow the clock (a pause of a second starts one): held still, so a loaded
    // machine's slow keystrokes cannot split the typing into two.
    vi.useFakeTimers({ toFake: ['Date'] })
    render(<Host />)
    const user = userEvent.setup()
    await user.click(body())
    await user.keyboard('{End} there')
    expect(body()).toHaveValue('Hi there')
    expect(await screen.findByText('Hi there', { selector: '.bi-preview *' })).toBeInTheDocument()
    fireEvent.click(undo())
    expect(body()).toHaveValue('Hi')
    expect(undo()).toHaveAttribute('aria-disabled', 'true')
  })
})
