import { render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { FIXTURE_TIME, validFixtures } from './fixtures.ts'
import { InteractivePreview } from './interactive-preview.tsx'

const region = () => screen.getByRole('region', { name: 'WhatsApp message preview' })
const replyBubble = () => region().querySelector('.bi-bubble[data-direction="out"]')

describe('InteractivePreview with a controlled reply', () => {
  it('shows the reply it is given, whatever was tapped', async () => {
    const onReply = vi.fn()
    const { rerender } = render(
      <InteractivePreview value={validFixtures.buttonTextHeader} time={FIXTURE_TIME} reply={null} onReply={onReply} />,
    )
    await userEvent.setup().click(within(region()).getByRole('button', { name: 'Kesho asubuhi' }))
    expect(onReply).toHaveBeenCalledOnce()
    expect(replyBubble()).toBeNull()
    rerender(
      <InteractivePreview
        value={validFixtures.buttonTextHeader}
        time={FIXTURE_TIME}
        reply={{ type: 'button_reply', button_reply: { id: 'x', title: 'Leo jioni' } }}
        onReply={onReply}
      />,
    )
    expect(replyBubble()).toHaveTextContent('Leo jioni')
  })

  it('uncontrolled, a tap shows the reply itself', async () => {
    render(<InteractivePreview value={validFixtures.buttonTextHeader} time={FIXTURE_TIME} />)
    await userEvent.setup().click(within(region()).getByRole('button', { name: 'Kesho asubuhi' }))
    expect(replyBubble()).toHaveTextContent('Kesho asubuhi')
  })
})
