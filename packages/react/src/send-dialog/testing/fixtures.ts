import type { ButtonInteractive } from '@briq-interactive/core'

/** A valid reply-button draft the dialog's tests, stories and browser tests send. */
export const feedbackDraft: ButtonInteractive = {
  type: 'button',
  body: { text: 'Did this resolve your issue?' },
  action: {
    buttons: [
      { type: 'reply', reply: { id: 'yes', title: 'Yes' } },
      { type: 'reply', reply: { id: 'no', title: 'No' } },
    ],
  },
}

/** A draft that breaks core's rules: empty body and a duplicated button id. */
export const invalidDraft: unknown = {
  type: 'button',
  body: { text: '' },
  action: {
    buttons: [
      { type: 'reply', reply: { id: 'same', title: 'Yes' } },
      { type: 'reply', reply: { id: 'same', title: 'No' } },
    ],
  },
}
