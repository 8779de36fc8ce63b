import { LIMITS } from '@briq-interactive/core'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { InteractivePreview } from '../preview/interactive-preview.tsx'
import { SendInteractiveDialog } from '../send-dialog/send-interactive-dialog.tsx'
import { BriqProvider } from './briq-provider.tsx'

// A list body between the reference's 1024 and the list guide's 4096: valid only with extendedListBody.
const longListBody = {
  type: 'list',
  body: { text: 'a'.repeat(LIMITS.body.text.max + 500) },
  action: { button: 'Choose', sections: [{ rows: [{ id: 'one', title: 'One' }] }] },
}
const extended = { extendedListBody: true }

const preview = () => screen.getByRole('region', { name: 'WhatsApp message preview' })
const dialogErrors = () => screen.queryByRole('region', { name: /errors? to fix before sending/ })

describe("BriqProvider's validation reaches the preview and the send dialog", () => {
  it('the preview marks the long list body by default and not under extendedListBody', () => {
    const { unmount } = render(<InteractivePreview value={longListBody} />)
    expect(preview()).toHaveAttribute('data-invalid')
    unmount()
    render(
      <BriqProvider endpoint="/api/briq" validation={extended}>
        <InteractivePreview value={longListBody} />
      </BriqProvider>,
    )
    expect(preview()).not.toHaveAttribute('data-invalid')
  })

  it("a preview's own validation prop wins over the provider's", () => {
    render(
      <BriqProvider endpoint="/api/briq" validation={extended}>
        <InteractivePreview value={longListBody} validation={{}} />
      </BriqProvider>,
    )
    expect(preview()).toHaveAttribute('data-invalid')
  })

  it('the dialog blocks the long list body by default and lets it through under extendedListBody', () => {
    const { unmount } = render(
      <BriqProvider endpoint="/api/briq">
        <SendInteractiveDialog interactive={longListBody} defaultOpen defaultTo="255712345678" />
      </BriqProvider>,
    )
    expect(dialogErrors()).toHaveTextContent(`${LIMITS.body.text.max}`)
    expect(preview()).toHaveAttribute('data-invalid')
    unmount()
    render(
      <BriqProvider endpoint="/api/briq" validation={extended}>
        <SendInteractiveDialog interactive={longListBody} defaultOpen defaultTo="255712345678" />
      </BriqProvider>,
    )
    expect(dialogErrors()).toBeNull()
    expect(preview()).not.toHaveAttribute('data-invalid')
  })

  it('works with a client given as a prop too', () => {
    render(
      <BriqProvider client={{} as never} validation={extended}>
        <SendInteractiveDialog interactive={longListBody} defaultOpen defaultTo="255712345678" />
      </BriqProvider>,
    )
    expect(dialogErrors()).toBeNull()
  })
})
