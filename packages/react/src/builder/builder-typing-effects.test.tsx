import { render, screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { bodyOfLength, maximalList } from '../../bench/maximal-list.ts'
import { FIXTURE_TIME } from '../preview/fixtures.ts'
import { Builder } from './builder.ts'

// What React runs after a keystroke's commit: store reads (React reads a store after the commit
// when its reader or its value changed in that render) and passive effects. Either has React post
// a task after the keystroke's commit to run it.
const after = vi.hoisted(() => ({ reads: 0, effects: 0 }))
vi.mock('react', async (importOriginal) => {
  const real = await importOriginal<typeof import('react')>()
  // Reads as a part renders, and as a store tells React it changed, are not after the commit.
  let reading = 0
  const within = <T,>(run: () => T): T => {
    reading++
    try {
      return run()
    } finally {
      reading--
    }
  }
  // The same counted function for the same function: React sees the identities it was given.
  const wrapped = new WeakMap<object, unknown>()
  const once = <F extends object>(original: F, wrap: (original: F) => F): F => {
    if (!wrapped.has(original)) wrapped.set(original, wrap(original))
    return wrapped.get(original) as F
  }
  const countedRead = (read: () => unknown) => () => {
    if (reading === 0) after.reads++
    return read()
  }
  const heardChange = (subscribe: (change: () => void) => () => void) => (change: () => void) =>
    subscribe(() => within(change))
  return {
    ...real,
    useSyncExternalStore: <T,>(subscribe: (change: () => void) => () => void, read: () => T, server?: () => T) =>
      within(() => real.useSyncExternalStore(once(subscribe, heardChange), once(read, countedRead) as () => T, server)),
    useEffect: (effect: () => undefined | (() => void), deps?: readonly unknown[]) =>
      real.useEffect(() => {
        after.effects++
        return effect()
      }, deps),
  }
})

const parts = (
  <>
    <Builder.Body />
    <Builder.Action />
    <Builder.Preview time={FIXTURE_TIME} />
  </>
)

function Controlled({ start }: { start: number }) {
  const [value, setValue] = useState<unknown>(() => maximalList(start))
  return (
    <Builder.Root value={value} onValueChange={(draft) => setValue(draft)}>
      {parts}
    </Builder.Root>
  )
}

async function typeIntoBody(start: number): Promise<void> {
  const body = screen.getByRole('textbox', { name: 'Body text' }) as HTMLTextAreaElement
  after.reads = 0
  after.effects = 0
  const typed = bodyOfLength(start + 6).slice(start)
  await userEvent.type(body, typed, { initialSelectionStart: start, initialSelectionEnd: start })
  expect(body.value).toBe(bodyOfLength(start + 6))
}

describe('typing into Body text', () => {
  it('leaves React nothing to run after each commit (uncontrolled)', async () => {
    render(<Builder.Root defaultValue={maximalList(1000)}>{parts}</Builder.Root>)
    await typeIntoBody(1000)
    expect(after).toEqual({ reads: 0, effects: 0 })
  })

  it('leaves React nothing to run after each commit (controlled by a host)', async () => {
    render(<Controlled start={1000} />)
    await typeIntoBody(1000)
    expect(after).toEqual({ reads: 0, effects: 0 })
  })
})
