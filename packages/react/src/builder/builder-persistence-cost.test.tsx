import { createDraft, type UnreadableDraft } from '@briq-interactive/core'
import { fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { InteractiveBuilder } from './interactive-builder.tsx'

const KEY = 'crm:draft'

// Counts how often the builder asks core whether a draft set aside can be opened (a JSON parse).
const calls = vi.hoisted(() => ({ toOpen: 0 }))
vi.mock('@briq-interactive/core', async (importOriginal) => {
  const real = await importOriginal<typeof import('@briq-interactive/core')>()
  return {
    ...real,
    createDraftPersistence: (options: Parameters<typeof real.createDraftPersistence>[0]) => {
      const store = real.createDraftPersistence(options)
      return {
        ...store,
        toOpen: (draft: UnreadableDraft) => {
          calls.toOpen++
          return store.toOpen(draft)
        },
      }
    },
  }
})

/** A host holding the draft in its state: every keystroke re-renders the builder's root. */
function Controlled() {
  const [value, setValue] = useState<unknown>(createDraft('button'))
  return <InteractiveBuilder persistKey={KEY} value={value} onValueChange={(draft) => setValue(draft)} />
}

beforeEach(() => localStorage.clear())

describe('persistKey render cost', () => {
  it('reads whether a draft set aside opens once per draft, not on every keystroke', () => {
    const aside = { ...createDraft('list'), body: { text: 'Aside' } }
    localStorage.setItem(
      `${KEY}:set-aside`,
      JSON.stringify({ version: 1, value: aside, revision: 1, savedAt: 1, session: 'closed-tab' }),
    )
    render(<Controlled />)
    expect(screen.getByRole('button', { name: 'Open the earlier draft' })).toBeInTheDocument()
    const before = calls.toOpen
    const body = screen.getByRole('textbox', { name: 'Body text' })
    for (const text of ['H', 'He', 'Hel', 'Hell', 'Hello']) fireEvent.change(body, { target: { value: text } })
    expect(body).toHaveValue('Hello')
    expect(calls.toOpen).toBe(before)
    expect(screen.getByRole('button', { name: 'Open the earlier draft' })).toBeInTheDocument()
  })
})
