import { createBriqClient } from '@briq-interactive/core'
import { META_DOC_EXAMPLES, type MetaDocExample } from '@briq-interactive/fixtures'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as mockModule from '../node.ts'
import type { MockHttpServer } from '../server/create-http-server.ts'

// Every example of Meta's guides sent through core's client to the standalone mock: what
// WhatsApp accepts is stored exactly as sent and delivered; what it refuses is answered with
// WhatsApp's failure (Briq takes the message, Meta refuses it: \`failed\` with Meta's code and the
// field), or with \`strict\` Briq's 422, one error at each field the validators name.

let server: MockHttpServer
let strict: MockHttpServer
beforeAll(async () => {
  server = await mockModule.startMockHttpServer({ port: 0, seed: 'meta-doc-examples', clock: 'manual' })
  strict = await mockModule.startMockHttpServer({ port: 0, seed: 'meta-doc-examples', clock: 'manual', strict: true })
})
afterAll(async () => {
  await server.close()
  await strict.close()
})
beforeEach(() => {
  server.mock.reset()
  strict.mock.reset()
})

const headers = { 'X-API-Key': mockModule.DEFAULT_API_KEY }
const to = mockModule.FIXTURE_PHONES.open
const named = (examples: readonly MetaDocExample[]) => examples.map((example) => [example.name, example] as const)

describe("Meta's documented examples sent to the mock", () => {
  it.each(named(META_DOC_EXAMPLES.filter((e) => e.expected.accepted)))('%s: stored as sent', async (_, example) => {
    server.mock.setValidation(example.options ?? {})
    const briq = createBriqClient({ endpoint: server.url, headers, validation: example.options })
    const sent = await briq.sendInteractive({ to, interactive: structuredClone(example.interactive) as never })
    const stored = server.mock.state().messages.find((message) => message.id === sent.message_id)
    expect(stored).toMatchObject({ message_type: 'interactive', is_outbound: true })
    expect(stored?.content).toEqual(example.interactive)
    server.mock.advance(10_000)
    // Delivered and read: the mock planned no failure for it.
    expect((await briq.getMessage(sent.message_id)).status).toBe('read')
  })

  const refused = named(META_DOC_EXAMPLES.filter((e) => !e.expected.accepted))
  const fieldsOf = (example: MetaDocExample) =>
    (example.expected.accepted ? [] : example.expected.issues).map(({ path }) => ['interactive', ...path].join('.'))

  it.each(refused)('%s: taken, then failed by WhatsApp naming the field', async (_, example) => {
    server.mock.setValidation(example.options ?? {})
    const send = JSON.stringify({ to, interactive: example.interactive })
    const response = await fetch(`${server.url}/v1/whatsapp/messages/interactive`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: send,
    })
    expect(response.status).toBe(202)
    const { data } = (await response.json()) as { data: { message_id: string } }
    server.mock.advance(10_000)
    const briq = createBriqClient({ endpoint: server.url, headers })
    const detail = await briq.getMessage(data.message_id)
    expect(detail.status).toBe('failed')
    expect(detail.error_message).toContain(`${fieldsOf(example)[0]} — `)
  })

  it.each(refused)('%s: with strict, 422 at its fields', async (_, example) => {
    strict.mock.setValidation(example.options ?? {})
    const response = await fetch(`${strict.url}/v1/whatsapp/messages/interactive`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ to, interactive: example.interactive }),
    })
    expect(response.status).toBe(422)
    const { errors } = (await response.json()) as { errors: { code: string; field: string }[] }
    expect(errors.map((error) => error.field)).toEqual(fieldsOf(example))
    expect(new Set(errors.map((error) => error.code))).toEqual(new Set(['VALIDATION_ERROR']))
  })
})
