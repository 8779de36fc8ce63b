// The worst list a composer can produce: every text at its limit (core's LIMITS), 10 rows.
import { LIMITS } from '@briq-interactive/core'

const text = (n: number, seed: string): string => seed.repeat(Math.ceil(n / seed.length)).slice(0, n)

/** A body of `length` characters with WhatsApp formatting sprinkled through it. */
export const bodyOfLength = (length: number): string => text(length, 'Karibu *sana* _rafiki_ ~leo~ ')

/** A list message at every limit, 2 sections × 5 rows, whose body has `bodyLength` characters. */
export function maximalList(bodyLength: number = LIMITS.body.text.max): Record<string, unknown> {
  return {
    type: 'list',
    header: { type: 'text', text: text(LIMITS.header.text.max, 'Ratiba ya DART ') },
    body: { text: bodyOfLength(bodyLength) },
    footer: { text: text(LIMITS.footer.text.max, 'Ratiba hubadilika ') },
    action: {
      button: text(LIMITS.list.button.max, 'Chagua njia '),
      sections: Array.from({ length: 2 }, (_, s) => ({
        title: text(LIMITS.list.sectionTitle.max, `Sehemu ${s + 1} `),
        rows: Array.from({ length: 5 }, (_, r) => ({
          id: `${s}-${r}-${text(LIMITS.list.rowId.max - 8, 'id')}`,
          title: text(LIMITS.list.rowTitle.max, `Njia ${s + 1}.${r + 1} `),
          description: text(LIMITS.list.rowDescription.max, 'Kila dakika 5 kupitia Magomeni '),
        })),
      })),
    },
  }
}

/** A media carousel at every limit: `cards` cards, each with its body and two quick replies at their limits. */
export function maximalCarousel(cards: number = LIMITS.carousel.cards.max): Record<string, unknown> {
  return {
    type: 'carousel',
    body: { text: bodyOfLength(LIMITS.body.text.max) },
    action: {
      cards: Array.from({ length: cards }, (_, c) => ({
        card_index: c,
        type: 'cta_url',
        header: { type: 'image', image: { link: `https://example.com/kadi/${c + 1}.jpeg` } },
        body: { text: text(LIMITS.carousel.cardBody.max, `Kadi ${c + 1} ya bidhaa zetu mpya `) },
        action: {
          buttons: Array.from({ length: LIMITS.carousel.quickReplies.max }, (_, b) => ({
            type: 'quick_reply',
            quick_reply: {
              id: `${c}-${b}-${text(LIMITS.carousel.quickReplyId.max - 8, 'jibu')}`,
              title: text(LIMITS.carousel.quickReplyTitle.max, `Jibu ${b + 1} `),
            },
          })),
        },
      })),
    },
  }
}

/** A maximal list with one row fewer: "Add row" has room for one more. */
export function listOfNineRows(): Record<string, unknown> {
  const list = maximalList() as { action: { sections: { rows: unknown[] }[] } }
  list.action.sections[1]?.rows.pop()
  return list
}

/**
 * A list an operator pasted from elsewhere, about 50 problems at once: 16 rows (10 allowed),
 * every text one character past its limit, and each row's title with a space before it (a
 * fix-it each).
 */
export function listWithManyIssues(): Record<string, unknown> {
  const past = (value: string) => `${value}x`
  const list = maximalList() as {
    header: { text: string }
    body: { text: string }
    footer: { text: string }
    action: {
      button: string
      sections: { title: string; rows: { id: string; title: string; description: string }[] }[]
    }
  }
  list.header.text = past(list.header.text)
  list.body.text = past(list.body.text)
  list.footer.text = past(list.footer.text)
  list.action.button = past(list.action.button)
  for (const section of list.action.sections) {
    section.title = past(section.title)
    const first = section.rows[0]
    for (let extra = 0; first !== undefined && extra < 3; extra++)
      section.rows.push({ ...first, id: `${first.id}${extra}` })
    for (const row of section.rows) {
      row.title = ` ${past(row.title)}`
      row.description = past(row.description)
      row.id = past(row.id)
    }
  }
  return list
}
