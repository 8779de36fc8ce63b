import { createBriqClient, validateInteractive } from '@briq-interactive/core'

const briq = createBriqClient({ endpoint: '/api/briq' }) // your proxy, never Briq with a key

/** Sends what the user composed (any value: a draft may be junk) only once it is valid. */
export async function sendIfValid(draft: unknown) {
  const result = validateInteractive(draft)
  if (!result.ok) {
    for (const issue of result.issues) console.log(issue.path.join('.'), issue.message)
    // action.buttons.1.reply.title  Button 2 title is 23 characters; WhatsApp allows 20
    return undefined
  }
  const sent = await briq.sendInteractive({ to: '255712345678', interactive: result.value })
  return briq.getMessage(sent.message_id)
}
