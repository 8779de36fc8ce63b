// Messages at every limit: the worst case the validators see from a real composer.
const text = (n: number, seed: string): string => seed.repeat(Math.ceil(n / seed.length)).slice(0, n)

/** A list of 2 sections with 10 rows in total, every text at its limit. */
export const maximalList = {
  type: 'list',
  header: { type: 'text', text: text(60, 'Header ') },
  body: { text: text(1024, 'Karibu *sana* _rafiki_ ') },
  footer: { text: text(60, 'Footer ') },
  action: {
    button: text(20, 'Open '),
    sections: Array.from({ length: 2 }, (_, s) => ({
      title: text(24, `Section ${s} `),
      rows: Array.from({ length: 5 }, (_, r) => ({
        id: `${s}-${r}-${text(190, 'id')}`,
        title: text(24, `Row ${s}.${r} `),
        description: text(72, 'Description '),
      })),
    })),
  },
}

/** Three reply buttons with an image header, every text at its limit. */
export const maximalButtons = {
  type: 'button',
  header: { type: 'image', image: { link: 'https://example.com/images/banner-large.png' } },
  body: { text: text(1024, 'Habari! Your order is ready. ') },
  footer: { text: text(60, 'Footer ') },
  action: {
    buttons: Array.from({ length: 3 }, (_, i) => ({
      type: 'reply',
      reply: { id: `${i}-${text(250, 'id')}`, title: text(19, `Choice ${i} `) + String(i) },
    })),
  },
}
