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
