// app/api/briq-webhook/route.ts — receiving Briq's delivery events (here as a Next.js route).
import { receiveWebhook } from '@briq-interactive/proxy'

export async function POST(request: Request): Promise<Response> {
  // The body is read under a byte cap (64 KiB by default), the signature checked over exactly
  // those bytes, then the event parsed (either envelope Briq documents).
  const received = await receiveWebhook(request, { secret: process.env.BRIQ_WEBHOOK_SECRET ?? '' })
  if (!received.ok) return new Response(received.error, { status: received.status, headers: received.headers })
  const { event } = received
  // Briq retries deliveries: de-duplicate on event.event_id before acting on one.
  if (event.event === 'whatsapp.failed') {
    console.warn(`message ${event.data.message_id} failed: ${event.data.error_code} ${event.data.error_message}`)
  }
  return new Response(null, { status: 204 })
}
