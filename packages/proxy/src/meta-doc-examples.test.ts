import { createBriqClient } from '@briq-interactive/core'
import { META_DOC_EXAMPLES, type MetaDocExample } from '@briq-interactive/fixtures'
import { DEFAULT_API_KEY, FIXTURE_PHONES } from '@briq-interactive/mock'
import { type MockHttpServer, startMockHttpServer } from '@briq-interactive/mock/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestProxy, type TestProxy } from './testing/start-test-proxy.ts'

// Every example of Meta's guides sent by core's client through the proxy to the standalone mock,
// over real HTTP: what WhatsApp accepts arrives exactly as sent; what it refuses the proxy
// answers itself with Briq's 422 at each field, and forwards nothing.

let mock: MockHttpServer
const proxies = new Map<string, TestProxy>()
beforeAll(async () => {
  mock = await startMockHttpServer({ port: 0, seed: 'proxy-meta-doc-examples', clock: 'manual' })
})
afterAll(async () => {
  for (const proxy of proxies.values()) await proxy.close()
  await mock.close()
})

// One proxy per reading of Meta's disputed rules, given to the proxy and the mock alike.
async function proxyFor(example: MetaDocExample): Promise<TestProxy> {
  const validation = example.options ?? {}
  const key = JSON.stringify(validation)
  let proxy = proxies.get(key)
  if (proxy === undefined) {
    proxy = await startTestProxy({ apiKey: DEFAULT_API_KEY, upstream: mock.url, basePath: '/api/briq', validation })
    proxies.set(key, proxy)
  }
  mock.mock.setValidation(validation)
  return proxy
}

const to = FIXTURE_PHONES.open
const named = (examples: readonly MetaDocExample[]) => examples.map((example) => [example.name, example] as const)

describe("Meta's documented examples through the proxy", () => {
  it.each(named(META_DOC_EXAMPLES.filter((e) => e.expected.accepted)))('%s: arrives as sent', async (_, example) => {
    const proxy = await proxyFor(example)
    const briq = createBriqClient({ endpoint: `${proxy.url}/api/briq`, validation: example.options })
    const sent = await briq.sendInteractive({ to, interactive: structuredClone(example.interactive) as never })
    const stored = mock.mock.state().messages.find((message) => message.id === sent.message_id)
    expect(stored?.content).toEqual(example.interactive)
  })

  it.each(named(META_DOC_EXAMPLES.filter((e) => !e.expected.accepted)))('%s: 422 at its fields', async (_, example) => {
    const proxy = await proxyFor(example)
    const before = mock.mock.state().totalMessages
    const response = await fetch(`${proxy.url}/api/briq/v1/whatsapp/messages/interactive`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ to, interactive: example.interactive }),
    })
    expect(response.status).toBe(422)
    const { errors } = (await response.json()) as { errors: { field: string }[] }
    const issues = example.expected.accepted ? [] : example.expected.issues
    expect(errors.map((error) => error.field)).toEqual(issues.map(({ path }) => ['interactive', ...path].join('.')))
    expect(mock.mock.state().totalMessages).toBe(before)
  })
})
