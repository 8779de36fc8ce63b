import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { FIXTURE_TIME } from './fixtures.ts'
import { InteractivePreview } from './interactive-preview.tsx'

const reply = (id: string, title: string) => ({ type: 'reply', reply: { id, title } })

// Text of only spaces or zero-width characters (pasted from WhatsApp Web or a document) shows
// nothing, as an empty title does: the preview names such a button, row, section or sheet as
// untitled, never with an empty accessible name (WCAG 4.1.2).
describe('titles of only spaces or invisible characters', () => {
  it('name reply buttons as having no text yet', () => {
    const value = {
      type: 'button',
      body: { text: 'Chagua' },
      action: { buttons: [reply('a', '\u200b'), reply('b', '   ')] },
    }
    render(<InteractivePreview value={value} time={FIXTURE_TIME} />)
    expect(screen.getAllByRole('button', { name: 'Button with no text yet' })).toHaveLength(2)
  })

  it('name the list button, its sheet, a section and a row as untitled', async () => {
    const value = {
      type: 'list',
      body: { text: 'Chagua wilaya' },
      action: {
        button: ' \u2060 ',
        sections: [
          { title: '\u00a0', rows: [{ id: 'a', title: '\u200b\u200b' }] },
          { title: 'Dar', rows: [{ id: 'b', title: 'Ilala' }] },
        ],
      },
    }
    render(<InteractivePreview value={value} time={FIXTURE_TIME} />)
    await userEvent.click(screen.getByRole('button', { name: 'Button with no text yet' }))
    expect(screen.getByRole('dialog', { name: 'Options' })).toBeInTheDocument()
    const section = screen.getByRole('group', { name: 'Section with no title yet' })
    expect(section).toContainElement(screen.getByRole('radio', { name: 'Row with no title yet' }))
  })
})
