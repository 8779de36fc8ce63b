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
