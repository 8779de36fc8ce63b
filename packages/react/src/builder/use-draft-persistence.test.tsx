import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { InteractiveBuilder } from './interactive-builder.tsx'
import { withFreshStorage } from './testing/fresh-storage.ts'
import { pageSessionCount } from './use-draft-persistence.ts'

withFreshStorage()

describe('the sessions a page keeps to tell its own builders’ drafts apart', () => {
  // An admin page mounts a builder on every visit to a record and unmounts it on the next route
  // change, all day: each mount saves under a session of its own.
  it('stay one per key, however often a builder is mounted, typed in and unmounted', () => {
    const before = pageSessionCount()
    for (let visit = 0; visit < 5; visit++) {
      for (const key of ['crm:record-1', 'crm:record-2']) {
        const { unmount } = render(<InteractiveBuilder persistKey={key} />)
        fireEvent.change(screen.getByRole('textbox', { name: 'Body text' }), { target: { value: `Visit ${visit}` } })
        // Unmounting saves what was typed before the typing pause.
        unmount()
        expect(localStorage.getItem(key)).toContain(`Visit ${visit}`)
      }
    }
    expect(pageSessionCount() - before).toBe(2)
  })
})
