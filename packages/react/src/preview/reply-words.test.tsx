import type { InteractiveReply } from '@briq-interactive/core'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { getTranslator } from '../i18n/messages.ts'
import { FIXTURE_TIME, validFixtures } from './fixtures.ts'
import { InteractivePreview } from './interactive-preview.tsx'
import { replyWords } from './reply-words.ts'

const en = getTranslator('en')
const sw = getTranslator('sw')
const location = (place: { name?: string; address?: string }): InteractiveReply => ({
  type: 'location',
  location: { latitude: -6.8163, longitude: 39.2733, ...place },
})

describe('replyWords', () => {
  it('names a shared location by its name, else its address, else its coordinates', () => {
    expect(replyWords(location({ name: 'Kariakoo Market', address: 'Kariakoo' }), en)).toEqual({
      text: 'Shared a location: Kariakoo Market',
    })
    expect(replyWords(location({ address: 'Mkunguni St' }), sw).text).toBe('Ametuma mahali: Mkunguni St')
    expect(replyWords(location({ name: '' }), en).text).toBe('Shared a location: -6.8163, 39.2733')
  })

  it('an address without a body is still an address; any other nfm_reply is a flow', () => {
    const nfm = (name: string, body?: string): InteractiveReply => ({
      type: 'nfm_reply',
      nfm_reply: { name, response_json: '{}', ...(body === undefined ? {} : { body }) },
    })
    expect(replyWords(nfm('address_message'), en).text).toBe('Sent an address')
    expect(replyWords(nfm('address_message', ''), sw).text).toBe('Ametuma anwani')
    expect(replyWords(nfm('flow', 'Sent'), sw).text).toBe('Amekamilisha flow')
    expect(replyWords(nfm('booking_form', 'Sent'), en).text).toBe('Completed the flow')
  })

  it("names a submitted address on one line, its lines (as the customer's chat words it) joined", () => {
    const address: InteractiveReply = {
      type: 'nfm_reply',
      nfm_reply: { name: 'address_message', response_json: '{}', body: 'Asha\n 255712345678\n 411001, Dodoma' },
    }
    expect(replyWords(address, en).text).toBe('Sent an address: Asha, 255712345678, 411001, Dodoma')
    expect(replyWords(address, sw).text).toBe('Ametuma anwani: Asha, 255712345678, 411001, Dodoma')
  })

  it('a tap keeps its title, description and id', () => {
    expect(replyWords({ type: 'list_reply', list_reply: { id: 'r1', title: 'Row', description: 'More' } }, en)).toEqual(
      { text: 'Row', description: 'More', id: 'r1' },
    )
  })
})

describe('InteractivePreview: an answer that is not a tap', () => {
  it('shows the customer’s bubble in words, in the preview’s language', () => {
    const { rerender } = render(
      <InteractivePreview
        value={validFixtures.buttonTextHeader}
        time={FIXTURE_TIME}
        reply={{ type: 'call_permission_reply', call_permission_reply: { response: 'accept' } }}
      />,
    )
    const title = () => screen.getByRole('region').querySelector('.bi-bubble[data-direction="out"] .bi-reply-title')
    expect(title()).toHaveTextContent('Allowed calls')
    rerender(
      <InteractivePreview
        value={validFixtures.buttonTextHeader}
        time={FIXTURE_TIME}
        locale="sw"
        reply={location({})}
      />,
    )
    expect(title()).toHaveTextContent('Ametuma mahali: -6.8163, 39.2733')
  })
})
