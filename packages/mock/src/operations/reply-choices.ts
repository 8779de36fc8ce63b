import type { InteractiveReply } from '@briq-interactive/core'

const records = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.filter((item): item is Record<string, unknown> => item !== null && typeof item === 'object')
    : []
const text = (value: unknown) => (typeof value === 'string' ? value : '')
const object = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {}

/**
 * What a customer can tap in an interactive message, as the inbound content each tap sends:
 * reply buttons and carousel quick replies → `button_reply`, list rows → `list_reply`.
 * Other types (cta_url, flow, …) offer nothing to answer with.
 */
export function replyChoices(interactive: Record<string, unknown>): InteractiveReply[] {
  const action = object(interactive.action)
  switch (interactive.type) {
    case 'button':
      return records(action.buttons).map((button) => {
        const reply = object(button.reply)
        return { type: 'button_reply', button_reply: { id: text(reply.id), title: text(reply.title) } }
      })
    case 'list':
      return records(action.sections).flatMap((section) =>
        records(section.rows).map((row): InteractiveReply => {
          const base = { id: text(row.id), title: text(row.title) }
          return {
            type: 'list_reply',
            list_reply: typeof row.description === 'string' ? { ...base, description: row.description } : base,
          }
        }),
      )
    case 'carousel':
      return records(action.cards).flatMap((card) =>
        records(object(card.action).buttons).map((button): InteractiveReply => {
          const reply = object(button.quick_reply)
          return { type: 'button_reply', button_reply: { id: text(reply.id), title: text(reply.title) } }
        }),
      )
    default:
      return []
  }
}

/** The id a choice answers with. */
export const choiceId = (choice: InteractiveReply): string =>
  choice.type === 'button_reply' ? choice.button_reply.id : choice.list_reply.id
