import { BriqError, validateSendRequest } from '@briq-interactive/core'
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { getCoreMessages, getTranslator, type SendTranslate } from '../i18n/messages.ts'
import { coreLangOf } from '../provider/use-core-messages.ts'
import { SendFailure } from './send-failure.tsx'

describe('a refused send lists every issue of the request', () => {
  it('two counts passed at one path (11 sections holding 22 rows) are two lines, no key twice', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const sections = Array.from({ length: 11 }, (_, s) => ({
      title: `Day ${s + 1}`,
      rows: [0, 1].map((r) => ({ id: `s${s}r${r}`, title: `Slot ${r + 1}` })),
    }))
    const result = validateSendRequest({
      to: '255712345678',
      interactive: { type: 'list', body: { text: 'Pick' }, action: { button: 'Open', sections } },
    })
    const issues = result.ok ? [] : result.issues
    const error = new BriqError({ kind: 'validation', message: 'invalid', issues })
    render(
      <SendFailure
        error={error}
        maybeSent={false}
        onSendAgain={() => {}}
        t={getTranslator('en') as SendTranslate}
        core={getCoreMessages('en')}
        languages={{ lang: 'en', coreLangOf: coreLangOf(getCoreMessages('en'), getCoreMessages, 'en', 'en') }}
      />,
    )
    const lines = within(screen.getByRole('list'))
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect(lines).toEqual([
      'The list has 11 sections; WhatsApp allows at most 10',
      'The list has 22 rows; WhatsApp allows at most 10',
    ])
    expect(errors).not.toHaveBeenCalled()
    errors.mockRestore()
  })
})
