import { act } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { edgeFixtures, FIXTURE_TIME, validFixtures } from './fixtures.ts'
import { InteractivePreview, type InteractivePreviewProps } from './interactive-preview.tsx'

// Tells React this environment drives act(); without it React warns on every act() call.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const containers: HTMLElement[] = []
afterEach(() => {
  for (const c of containers.splice(0)) c.remove()
})

async function hydrate(props: InteractivePreviewProps) {
  const container = document.createElement('div')
  containers.push(container)
  document.body.append(container)
  container.innerHTML = renderToString(<InteractivePreview {...props} />)
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
  const recoverable: unknown[] = []
  let root: ReturnType<typeof hydrateRoot> | undefined
  await act(async () => {
    root = hydrateRoot(container, <InteractivePreview {...props} />, {
      onRecoverableError: (error) => recoverable.push(error),
    })
  })
  const logged = errors.mock.calls
  errors.mockRestore()
  const time = container.querySelector('time')?.textContent
  await act(async () => root?.unmount())
  return { logged, recoverable, time }
}

describe('InteractivePreview hydration', () => {
  it.each(Object.entries({ ...validFixtures, ...edgeFixtures }))(
    '%s hydrates without a mismatch',
    async (_name, value) => {
      const { logged, recoverable } = await hydrate({ value, time: FIXTURE_TIME, theme: 'system', locale: 'sw' })
      expect(recoverable).toEqual([])
      expect(logged).toEqual([])
    },
  )

  it('hydrates without a mismatch when no time is given, then shows the client clock', async () => {
    const { logged, recoverable, time } = await hydrate({ value: validFixtures.list })
    expect(recoverable).toEqual([])
    expect(logged).toEqual([])
    expect(time).toMatch(/^\d\d:\d\d$/)
  })
})
