/**
 * What a customer's tap sends back, in Meta's inbound webhook shape (Meta, webhooks reference, messages: interactive).
 * The preview's `onReply`, the mock's `simulateReply` and the `content` of a paired inbound
 * message on Briq's Get message status all use this one shape.
 */
export type InteractiveReply =
  | {
      type: 'button_reply'
      /** The `id` and `title` of the tapped reply button (or carousel quick reply). */
      button_reply: { id: string; title: string }
    }
  | {
      type: 'list_reply'
      /** The chosen row; `description` only when the row had one. */
      list_reply: { id: string; title: string; description?: string }
    }
