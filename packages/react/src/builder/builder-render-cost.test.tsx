import { formattingToText, parseFormatting } from '@briq-interactive/core'
import { render, screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { Profiler, type ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { bodyOfLength, maximalList } from '../../bench/maximal-list.ts'
import { FIXTURE_TIME } from '../preview/fixtures.ts'
import { Builder } from './builder.ts'

// Counts core's validation and formatting parses: the form and the preview share them per draft.
const calls = vi.hoisted(() => ({ validate: 0, parse: 0 }))
vi.mock('@briq-interactive/core', async (importOriginal) => {
  const real = await importOriginal<typeof import('@briq-interactive/core')>()
  return {
    ...real,
    // The builder validates each change through core's step validator.
    createStepValidator: () => {
      const validate = real.createStepValidator()
      return (...args: Parameters<typeof validate>) => {
        calls.validate++
        return validate(...args)
      }
    },
    parseFormatting: (text: string) => {
      calls.parse++
      return real.parseFormatting(text)
    },
  }
})

// Counts the renders of a component, memoised or not, as the module exports it.
function counted<T>(component: T, renders: { count: number }): T {
  const count =
    <P,>(render: (props: P) => ReactNode) =>
    (props: P) => {
      renders.count++
      return render(props)
    }
  if (typeof component === 'function') return count(component as (props: unknown) => ReactNode) as T
  const memoised = component as { type: (props: unknown) => ReactNode }
  return { ...memoised, type: count(memoised.type) } as T
}
const issueMessageRenders = vi.hoisted(() => ({ count: 0 }))
const announcementRenders = vi.hoisted(() => ({ count: 0 }))
vi.mock('./issue-messages.tsx', async (importOriginal) => {
  const real = await importOriginal<typeof import('./issue-messages.tsx')>()
  return { ...real, IssueMessages: counted(real.IssueMessages, issueMessageRenders) }
})
vi.mock('../preview/reply-announcement.tsx', async (importOriginal) => {
  const real = await importOriginal<typeof import('../preview/reply-announcement.tsx')>()
  return { ...real, ReplyAnnouncement: counted(real.ReplyAnnouncement, announcementRenders) }
})

/** Each part of the builder bench's page in a Profiler that records the part's commits. */
function profiledBuilder(bodyLength: number) {
  const commits = {
    typePicker: vi.fn(),
    header: vi.fn(),
    body: vi.fn(),
    footer: vi.fn(),
    action: vi.fn(),
    summary: vi.fn(),
    preview: vi.fn(),
  }
  const part = (id: keyof typeof commits, children: ReactNode) => (
    <Profiler id={id} onRender={commits[id]}>
      {children}
    </Profiler>
  )
  render(
    <Builder.Root defaultValue={maximalList(bodyLength)}>
      {part('typePicker', <Builder.TypePicker />)}
      {part('header', <Builder.Header />)}
      {part('body', <Builder.Body />)}
      {part('footer', <Builder.Footer />)}
      {part('action', <Builder.Action />)}
      {part('summary', <Builder.IssueSummary />)}
      {part('preview', <Builder.Preview time={FIXTURE_TIME} />)}
    </Builder.Root>,
  )
  return commits
}

describe('Builder render cost while typing into Body text', () => {
  it('validates and parses once per keystroke, and re-renders the body field and the preview only', async () => {
    const start = 1000
    const commits = profiledBuilder(start)
    const body = screen.getByRole('textbox', { name: 'Body text' }) as HTMLTextAreaElement
    // A body this long shows its first 768 characters and Read more, as on WhatsApp: opened, the
    // preview shows what is typed at its end.
    await userEvent.click(screen.getByRole('button', { name: 'Read more' }))
    for (const commit of Object.values(commits)) commit.mockClear()
    calls.validate = 0
    calls.parse = 0
    issueMessageRenders.count = 0
    announcementRenders.count = 0

    const typed = bodyOfLength(start + 10).slice(start)
    await userEvent.type(body, typed, { initialSelectionStart: start, initialSelectionEnd: start })
    // One validation and one parse (the body's, for the preview) per keystroke.
    expect(calls).toEqual({ validate: typed.length, parse: typed.length })

    expect(body.value).toBe(bodyOfLength(start + 10))
    const preview = screen.getByRole('region', { name: 'WhatsApp message preview' })
    expect(preview.querySelector('.bi-body')?.textContent).toBe(
      formattingToText(parseFormatting(bodyOfLength(start + 10))),
    )
    expect(screen.getByText(`${start + 10} / 1024`)).toBeInTheDocument()
    // Every keystroke shows in the field's counter and the preview…
    expect(commits.body.mock.calls.length).toBeGreaterThanOrEqual(typed.length)
    expect(commits.preview.mock.calls.length).toBeGreaterThanOrEqual(typed.length)
    // …and renders nothing of the 10 rows' editor or the parts whose content did not change.
    expect(commits.action).not.toHaveBeenCalled()
    expect(commits.typePicker).not.toHaveBeenCalled()
    expect(commits.header).not.toHaveBeenCalled()
    expect(commits.footer).not.toHaveBeenCalled()
    expect(commits.summary).not.toHaveBeenCalled()
    // Nor, in the parts that do, what did not change: the body's issue messages (none), the
    // preview's reply announcement (no reply).
    expect(issueMessageRenders.count).toBe(0)
    expect(announcementRenders.count).toBe(0)
  })

  it('past the limit, the summary shows the issue and the list editor, type picker, header and footer still do not re-render', async () => {
    const commits = profiledBuilder(1024)
    const body = screen.getByRole('textbox', { name: 'Body text' }) as HTMLTextAreaElement
    for (const commit of Object.values(commits)) commit.mockClear()

    await userEvent.type(body, 'a', { initialSelectionStart: 1024, initialSelectionEnd: 1024 })
    expect(commits.summary).toHaveBeenCalled()
    expect(body).toHaveAttribute('aria-invalid', 'true')
    await userEvent.type(body, 'bc')
    expect(commits.action).not.toHaveBeenCalled()
    expect(commits.typePicker).not.toHaveBeenCalled()
    expect(commits.header).not.toHaveBeenCalled()
    expect(commits.footer).not.toHaveBeenCalled()
  })
})
