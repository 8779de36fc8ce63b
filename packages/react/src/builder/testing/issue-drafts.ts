/** Four reply buttons where WhatsApp allows three: the "Turn the 4 buttons into a list" fix-it. */
export const fourButtons = {
  type: 'button',
  body: { text: 'Which size?' },
  action: {
    buttons: ['Small', 'Medium', 'Large', 'Extra large'].map((title, i) => ({
      type: 'reply',
      reply: { id: `size-${i + 1}`, title },
    })),
  },
}

/** A list of one section of rows titled `titles`, without descriptions: "Turn into N reply buttons". */
export const shortList = (titles: readonly string[]) => ({
  type: 'list',
  body: { text: 'Pick one' },
  action: {
    button: 'Options',
    sections: [{ rows: titles.map((title) => ({ id: title.toLowerCase(), title })) }],
  },
})

/** Four reply buttons with issues of every kind: errors, warnings, fix-its and a suggestion. */
export const fourButtonsWithEveryIssue = {
  type: 'button',
  header: { type: 'image', image: { link: '' } },
  body: { text: 'Which size?' },
  footer: { text: ' ' },
  action: {
    buttons: ['Small', 'Medium', 'Large', 'Extra large'].map((title, i) => ({
      type: 'reply',
      reply: { id: i === 1 ? 'size-1' : `size-${i + 1}`, title: i === 0 ? ` ${title}` : title },
    })),
  },
}

/** A carousel of two cards with three quick replies each, past the 2 known to work: a warning. */
export const threeQuickReplyCarousel = {
  type: 'carousel',
  body: { text: 'New arrivals' },
  action: {
    cards: [0, 1].map((card_index) => ({
      card_index,
      type: 'cta_url',
      header: { type: 'image', image: { link: `https://example.com/${card_index}.png` } },
      action: {
        buttons: ['a', 'b', 'c'].map((id) => ({
          type: 'quick_reply',
          quick_reply: { id: `${id}${card_index}`, title: id },
        })),
      },
    })),
  },
}
