import { execFile } from 'node:child_process'
import { FIXTURE_IDS } from '@briq-interactive/mock'
import { type MockHttpServer, startMockHttpServer } from '@briq-interactive/mock/node'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { http } from 'msw'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { App } from '../app.tsx'
import { APP_TEST_TIMEOUT_MS, renderApp, sendForm, startTestMock } from '../test-support/render-app.tsx'
import { STANDALONE_MOCK_ORIGIN } from './playground-snippet.ts'

// "Copy as curl" / "Copy as fetch" must be the request the page's Send posts, whatever is
// chosen in "Send to" and "Send from": the body the page sends (seen by msw) is compared with
// the body the copied code sends (the curl run under sh, the fetch snippet run with a fetch
// that records), and the curl is run for real against the standalone mock.
const { server, mock } = startTestMock()
let standalone: MockHttpServer
const sent: { body: unknown; status: number }[] = []
beforeAll(async () => {
  server.listen({ onUnhandledFrame: 'error' })
  standalone = await startMockHttpServer({ port: 0, seed: 'playground-copied-request' })
})
afterAll(async () => {
  server.close()
  await standalone.close()
})
beforeEach(() => {
  localStorage.clear()
  sent.length = 0
  standalone.mock.reset()
  server.use(
    http.post('*/v1/whatsapp/messages/interactive', async ({ request }) => {
      const body: unknown = await request.clone().json()
      const response = await mock.handle(request)
      sent.push({ body, status: response.status })
      return response
    }),
  )
})
afterEach(() => {
  server.resetHandlers()
  mock.reset()
})

function sh(command: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('sh', ['-c', command], (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
    })
  })
}

/** The body the copied curl command sends, as sh hands it to curl (a shell function stands in for curl). */
async function curlBody(command: string): Promise<unknown> {
  const printBody = 'curl() { while [ $# -gt 0 ]; do [ "$1" = --data-raw ] && printf %s "$2"; shift; done; }'
  const run = await sh(`${printBody}\n${command}`)
  expect(run.stderr).toBe('')
  return JSON.parse(run.stdout)
}

/** The body the copied fetch snippet sends, run with a fetch that records instead of sending. */
async function fetchBody(snippet: string): Promise<unknown> {
  let body: unknown
  const recordingFetch = async (_url: string, init: RequestInit) => {
    body = JSON.parse(String(init.body))
    return new Response('{}', { status: 202 })
  }
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<void>
  await new AsyncFunction('fetch', 'console', snippet)(recordingFetch, { log() {} })
  return body
}

// The code shown is replaced only once the clipboard took it: wait for this copy's own code,
// never read the one shown before.
const SHAPE = { curl: /^(# .*\n)*curl -X POST /, fetch: /^(\/\/ .*\n)*const response = await fetch\(/ }

async function copied(user: UserEvent, kind: 'curl' | 'fetch'): Promise<string> {
  await user.click(screen.getByRole('button', { name: `Copy as ${kind}` }))
  await screen.findByText(`Copied the ${kind} code.`)
  const code = screen.getByRole('textbox', { name: 'Code for this request' }) as HTMLTextAreaElement
  expect(code.value).toMatch(SHAPE[kind])
  return code.value
}

async function sendFromPage(user: UserEvent): Promise<{ body: unknown; status: number }> {
  await user.click(within(sendForm()).getByRole('button', { name: 'Send' }))
  await waitFor(() => expect(sent).toHaveLength(1))
  return sent[0]!
}

const sendTo = () => within(sendForm()).getByRole('combobox', { name: 'Send to' })
const sendFrom = () => within(sendForm()).getByRole('combobox', { name: 'Send from' })

interface Case {
  name: string
  choose(user: UserEvent): Promise<void>
  expected: Record<string, unknown>
}

const CASES: Case[] = [
  { name: 'the typed number, default sender', choose: async () => {}, expected: { to: '255712345678' } },
  {
    name: 'the typed number from the Sales line',
    choose: async (user) => {
      await user.selectOptions(await waitFor(sendFrom), '255700000002')
    },
    expected: { to: '255712345678', sender: '255700000002' },
  },
  {
    name: 'a number typed with + and spaces, from the Sales line',
    choose: async (user) => {
      const field = within(sendForm()).getByRole('textbox', { name: "Customer's WhatsApp number" })
      await user.clear(field)
      await user.type(field, '+255 713 000 002')
      await user.selectOptions(await waitFor(sendFrom), '255700000002')
    },
    expected: { to: '255713000002', sender: '255700000002' },
  },
  {
    name: 'the open conversation',
    choose: async (user) => {
      await waitFor(() => expect(within(sendTo()).getAllByRole('option').length).toBeGreaterThan(1))
      await user.selectOptions(sendTo(), FIXTURE_IDS.openConversation)
    },
    expected: { conversation_id: FIXTURE_IDS.openConversation },
  },
  {
    name: 'a closed conversation, after choosing the Sales line first',
    choose: async (user) => {
      await user.selectOptions(await waitFor(sendFrom), '255700000002')
      await waitFor(() => expect(within(sendTo()).getAllByRole('option').length).toBeGreaterThan(1))
      await user.selectOptions(sendTo(), FIXTURE_IDS.closedConversation)
    },
    expected: { conversation_id: FIXTURE_IDS.closedConversation },
  },
]

describe('in mock mode, the copied code is the request Send posts', { timeout: APP_TEST_TIMEOUT_MS }, () => {
  it.each(CASES)(
    '$name',
    async ({ choose, expected }) => {
      renderApp()
      const user = userEvent.setup()
      await choose(user)
      const curl = await copied(user, 'curl')
      const fetchSnippet = await copied(user, 'fetch')
      const page = await sendFromPage(user)
      expect(page.body).toEqual({ ...expected, interactive: expect.any(Object) })
      expect(Object.keys(page.body as object).sort()).toEqual([...Object.keys(expected), 'interactive'].sort())
      expect(await curlBody(curl)).toEqual(page.body)
      expect(await fetchBody(fetchSnippet)).toEqual(page.body)

      // And the curl does from a terminal what the page did: the standalone mock answers the same.
      const real = await sh(
        `${curl.replaceAll(STANDALONE_MOCK_ORIGIN, standalone.url)} --silent --show-error --write-out '\\n%{http_code}'`,
      )
      expect(real.stderr).toBe('')
      expect(real.stdout.trim().split('\n').at(-1)).toBe(String(page.status))
    },
    30_000,
  )
})

describe('in proxy mode, the copied code is the request Send posts', { timeout: APP_TEST_TIMEOUT_MS }, () => {
  it('with a sender chosen', async () => {
    render(
      <App
        connection={{ mode: 'proxy', endpoint: 'http://proxy.test/api/briq', headers: { 'X-API-Key': 'mock-api-key' } }}
        pollIntervalMs={10}
      />,
    )
    const user = userEvent.setup()
    await user.selectOptions(await waitFor(sendFrom), '255700000002')
    const curl = await copied(user, 'curl')
    const fetchSnippet = await copied(user, 'fetch')
    const page = await sendFromPage(user)
    expect(page.body).toMatchObject({ to: '255712345678', sender: '255700000002' })
    expect(await curlBody(curl)).toEqual(page.body)
    expect(await fetchBody(fetchSnippet)).toEqual(page.body)
    expect(curl).toContain("'http://proxy.test/api/briq/v1/whatsapp/messages/interactive'")
  })
})

describe('a draft Send refuses is still copied as built', { timeout: APP_TEST_TIMEOUT_MS }, () => {
  it('copies the request as the form has it, for Briq’s 422 to explain', async () => {
    renderApp()
    const user = userEvent.setup()
    const field = within(sendForm()).getByRole('textbox', { name: "Customer's WhatsApp number" })
    await user.clear(field)
    await user.type(field, '12')
    expect(await curlBody(await copied(user, 'curl'))).toMatchObject({ to: '12' })
  })
})
