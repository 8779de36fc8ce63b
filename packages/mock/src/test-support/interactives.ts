import { sendInteractiveRoute } from '@briq-interactive/core'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'

/** The reply-button message from Briq's docs, a fresh copy to change. */
export const buttonInteractive = () => structuredClone(FEEDBACK_INTERACTIVE)

/** A two-section list; one row has a description. */
export const listInteractive = () => ({
  type: 'list',
  header: { type: 'text', text: 'Delivery' },
  body: { text: 'When should we deliver?' },
  action: {
    button: 'Pick a slot',
    sections: [
      { title: 'Today', rows: [{ id: 'today-pm', title: 'This afternoon', description: '14:00–18:00' }] },
      { title: 'Tomorrow', rows: [{ id: 'tomorrow-am', title: 'Tomorrow morning' }] },
    ],
  },
})

/** A button message whose second title is 23 characters (WhatsApp allows 20). */
export const tooLongTitleInteractive = () => {
  const interactive = buttonInteractive()
  interactive.action.buttons[1]!.reply.title = 'No, it did not help me!'
  return interactive
}

/** The two-section list with section 2's row using section 1's row id (this kit's rule, not Meta's). */
export const repeatedRowIdInteractive = () => {
  const interactive = listInteractive()
  interactive.action.sections[1]!.rows[0]!.id = 'today-pm'
  return interactive
}

/** A carousel of image cards with these numbers of quick replies (past 2 a card, a warning). */
export const quickReplyCarousel = (counts: number[]) => ({
  type: 'carousel',
  body: { text: 'Pick a dish' },
  action: {
    cards: counts.map((count, card) => ({
      card_index: card,
      type: 'cta_url',
      header: { type: 'image', image: { link: `https://duka.example/${card}.png` } },
      action: {
        buttons: Array.from({ length: count }, (_, i) => ({
          type: 'quick_reply',
          quick_reply: { id: `c${card}-${i}`, title: `Option ${i + 1}` },
        })),
      },
    })),
  },
})

/** A flow message opening its first screen with `flow_action_payload` (free-form `data` goes here). */
export const flowInteractive = (flowActionPayload: Record<string, unknown>) => ({
  type: 'flow',
  body: { text: 'Book a table' },
  action: {
    name: 'flow',
    parameters: {
      flow_message_version: '3',
      flow_id: '1234567890',
      flow_cta: 'Book',
      flow_action: 'navigate',
      flow_action_payload: flowActionPayload,
    },
  },
})

/** The interactive send's path. */
export const SEND_INTERACTIVE = sendInteractiveRoute.path
