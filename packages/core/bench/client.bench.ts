// Client overhead per call, with an in-memory fetch (no network): URL and headers, signal and
// timer set-up, JSON parsing and schema checks of Briq's answer. Shows what the client adds
// on top of the network round trip; a send also includes validateSendRequest.
import { Bench } from 'tinybench'
import { createBriqClient } from '../src/client/create-briq-client.ts'
import type { SendInteractiveRequest } from '../src/schemas/send-request.ts'

const envelope = (data: unknown) => JSON.stringify({ success: true, data, errors: null, request_id: 'req-1' })
const item = (index: number) => ({
  id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
  message_id: `wamid.${index}`,
  conversation_id: '00000000-0000-4000-8000-000000000001',
  is_outbound: index % 2 === 0,
  message_type: 'interactive',
  content: { type: 'button_reply', button_reply: { id: 'yes', title: 'Yes' } },
  created_at: '2026-11-25T10:00:00Z',
  paired_message_id: null,
})
const bodies: Record<string, string> = {
  detail: envelope({ id: 'm-1', status: 'read', provider_message_id: 'wamid.1', reply: item(1) }),
  page: envelope({ items: Array.from({ length: 100 }, (_, index) => item(index)), total: 100, limit: 100, offset: 0 }),
  send: envelope({
    message_id: 'm-1',
    conversation_id: 'c-1',
    sender_id: 's-1',
    provider_message_id: null,
    status: 'pending',
  }),
}

const answer =
  (body: string | undefined, status = 200) =>
  async () =>
    new Response(body, { status })
const client = (body: string | undefined, status?: number) =>
  createBriqClient({
    endpoint: '/api/briq',
    fetch: answer(body, status),
    headers: () => ({ authorization: 'Bearer t' }),
  })

const request: SendInteractiveRequest = {
  to: '255712345678',
  interactive: {
    type: 'button',
    body: { text: 'Did this resolve your issue?' },
    action: {
      buttons: [
        { type: 'reply', reply: { id: 'yes', title: 'Yes' } },
        { type: 'reply', reply: { id: 'no', title: 'No' } },
      ],
    },
  },
}

const detailClient = client(bodies.detail)
const pageClient = client(bodies.page)
const sendClient = client(bodies.send, 202)
const bench = new Bench({ time: 1500, warmup: true })
bench
  .add('getMessage (detail with reply)', () => detailClient.getMessage('m-1'))
  .add('listMessages (100 items)', () => pageClient.listMessages({ direction: 'inbound', limit: 100 }))
  .add('sendInteractive (validate + send)', () => sendClient.sendInteractive(request))
await bench.run()

for (const task of bench.tasks) {
  const result = task.result
  if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`)
  const medianUs = (result.latency.p50 ?? result.latency.mean) * 1000
  const p99Us = (result.latency.p99 ?? result.latency.mean) * 1000
  console.log(
    `${task.name.padEnd(36)} median ${medianUs.toFixed(1)} µs  p99 ${p99Us.toFixed(1)} µs  ${Math.round(result.throughput.mean).toLocaleString('en')} calls/s`,
  )
}
