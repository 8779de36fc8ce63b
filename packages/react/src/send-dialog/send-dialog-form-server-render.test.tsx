// @vitest-environment node
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { SendDialog } from './send-dialog.ts'

// HTML cannot hold a form inside a form: the browser's parser drops the inner <form> tag, so a
// server render of one would not be the tree React hydrates. Inside a host's form, the send
// parts' root is the host's element (`asChild`).
const sendInteractive = vi.fn()
const client = { sendInteractive } as never

/** Whether a `<form` opens before the last one opened has closed. */
function nestsForms(html: string): boolean {
  let depth = 0
  for (const [tag] of html.matchAll(/<\/?form\b/g)) {
    depth += tag === '<form' ? 1 : -1
    if (depth > 1) return true
  }
  return false
}

describe('SendDialog.Form on the server', () => {
  it('with asChild inside a host’s <form>, renders no form inside it, and the parts in the child', () => {
    const html = renderToString(
      <form action="/tickets/42">
        <SendDialog.Root client={client} interactive={FEEDBACK_INTERACTIVE} defaultTo={FIXTURE_PHONES.open}>
          <SendDialog.Form asChild>
            <section aria-label="Send">
              <SendDialog.Recipient />
              <SendDialog.Issues />
              <SendDialog.Status />
              <SendDialog.Preview />
              <SendDialog.Actions />
            </section>
          </SendDialog.Form>
        </SendDialog.Root>
      </form>,
    )
    expect(html.match(/<form\b/g)).toHaveLength(1)
    expect(nestsForms(html)).toBe(false)
    expect(html).toMatch(
      /^<form action="\/tickets\/42"><section aria-label="Send" [^>]*class="bi-root bi-send-form bi-send-dialog-form"/,
    )
    expect(html).not.toContain('novalidate')
    expect(html).toContain('data-send-state="idle"')
    // Before React hydrates, a click on Send must not submit the host's form (save the ticket).
    expect(html).toMatch(
      /<button type="button" class="bi-send-dialog-button" data-variant="primary"[^>]*>Send<\/button>/,
    )
    expect(sendInteractive).not.toHaveBeenCalled()
  })

  it('without asChild, the part is a form (the check above sees the nesting)', () => {
    const html = renderToString(
      <form>
        <SendDialog.Root client={client} interactive={FEEDBACK_INTERACTIVE}>
          <SendDialog.Form aria-label="Send">
            <SendDialog.Actions />
          </SendDialog.Form>
        </SendDialog.Root>
      </form>,
    )
    expect(nestsForms(html)).toBe(true)
    // In the kit's own form, Send is its submit button.
    expect(html).toMatch(/<button type="submit" class="bi-send-dialog-button"/)
  })

  it('the composer’s inline send step inside a host’s <form> nests no form, and its Send submits nothing', () => {
    const html = renderToString(
      <form action="/pages/7">
        <InteractiveComposer client={client} sendMode="inline" defaultValue={FEEDBACK_INTERACTIVE} />
      </form>,
    )
    expect(html.match(/<form\b/g)).toHaveLength(1)
    expect(nestsForms(html)).toBe(false)
    // Named by its heading, "Send message".
    const form = html.match(
      /<div role="form" aria-labelledby="([^"]+)" [^>]*class="bi-root bi-send-form bi-send-dialog-form bi-composer-send"/,
    )
    expect(html).toContain(`id="${form?.[1]}">Send message</`)
    expect(html).not.toMatch(/<button type="submit"/)
  })
})
