import { MESSAGE_STATUS_ORDER, type SendResult } from '@briq-interactive/core'
import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { getCoreMessages, getTranslator } from '../i18n/messages.ts'
import { SendSuccess } from './send-success.tsx'

const data = { message_id: 'd7c1e0a2-4b5f-4c3d-9e8f-1a2b3c4d5e6f', status: 'pending' } as SendResult
const ticksOf = (status: string) => {
  const { container, unmount } = render(
    <SendSuccess
      data={data}
      delivery={{ status, polling: false }}
      t={getTranslator('en')}
      lang="en"
      core={getCoreMessages('en')}
    />,
  )
  const state = container.querySelector('.bi-ticks')?.getAttribute('data-state') ?? null
  unmount()
  return state
}

// WhatsApp draws ticks from `sent` on: each step of core's status order after `pending` has its
// own, and a status outside the order (pending, failed, one Briq adds later) has none.
describe("the sent message's ticks", () => {
  it('follow core’s status order after pending', () => {
    expect(MESSAGE_STATUS_ORDER.map(ticksOf)).toEqual([null, 'sent', 'delivered', 'read'])
  })

  it('are not drawn for a failed message or an unknown status', () => {
    expect(ticksOf('failed')).toBeNull()
    expect(ticksOf('queued')).toBeNull()
  })
})
