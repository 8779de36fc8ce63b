/** The reply-button message from Briq's docs. */
export const buttonInteractive = () => ({
  type: 'button',
  body: { text: 'Did this resolve your issue?' },
  action: {
    buttons: [
      { type: 'reply', reply: { id: 'yes', title: 'Yes' } },
      { type: 'reply', reply: { id: 'no', title: 'No' } },
    ],
  },
})

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

/** The G3 path. */
export const SEND_INTERACTIVE = '/v1/whatsapp/messages/interactive'
