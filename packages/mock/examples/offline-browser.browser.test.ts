import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { afterAll, expect, it } from 'vitest'
import { startOfflineBriq } from './offline-browser.ts'

// The README's browser example, run as written in Chromium (the worker script is served at the
// page's root, as `msw init public` serves it in an app).
const started = startOfflineBriq()
afterAll(async () => (await started).worker.stop())

it('sends through the worker with the client it returns, and the mock keeps the message', async () => {
  const { client, mock } = await started
  const sent = await client.sendInteractive({ to: '255787654321', interactive: FEEDBACK_INTERACTIVE })
  expect(sent.status).toBe('pending')
  expect((await client.getMessage(sent.message_id)).id).toBe(sent.message_id)
  expect(mock.state().messages.map((message) => message.id)).toContain(sent.message_id)
})
