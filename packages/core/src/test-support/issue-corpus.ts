import { sendInteractiveLegacyRoute, sendMessageRoute } from '../contract/briq-routes.ts'
import { readJsonText } from '../draft/json-text.ts'
import type { Issue } from '../issue.ts'
import { LIMITS } from '../limits.ts'
import { normalizePhone } from '../phone/normalize-phone.ts'
import { validateInteractive } from '../validation/validate-interactive.ts'
import { validateRequest } from '../validation/validate-request.ts'
import { validateSendRequest } from '../validation/validate-send-request.ts'

const body = { text: 'Habari, chagua' }
const button = (id: string, title = id) => ({ type: 'reply', reply: { id, title } })
const buttons = (...items: unknown[]) => ({ type: 'button', body, action: { buttons: items } })
const cta = (url: string) => ({
  type: 'cta_url',
  body,
  action: { name: 'cta_url', parameters: { display_text: 'Fungua', url } },
})
const flow = (parameters: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'flow',
  body,
  action: {
    name: 'flow',
    parameters: { flow_message_version: '3', flow_cta: 'Weka oda', flow_id: '1234', ...parameters },
  },
  ...extra,
})
const urlCard = (i: number, extra: Record<string, unknown> = {}) => ({
  card_index: i,
  type: 'cta_url',
  header: { type: 'image', image: { link: `https://duka.example/${i}.png` } },
  action: { name: 'cta_url', parameters: { display_text: 'Nunua', url: `https://duka.example/${i}` } },
  ...extra,
})
const replyCard = (i: number, ids: string[], action: Record<string, unknown> = {}) => ({
  card_index: i,
  type: 'cta_url',
  header: { type: 'image', image: { link: `https://duka.example/${i}.png` } },
  action: { buttons: ids.map((id) => ({ type: 'quick_reply', quick_reply: { id, title: id } })), ...action },
})
const productCard = (i: number, catalog = 'cat-1') => ({
  card_index: i,
  type: 'product',
  action: { product_retailer_id: `sku-${i}`, catalog_id: catalog },
})
const carousel = (...cards: unknown[]) => ({ type: 'carousel', body, action: { cards } })
const address = (country: string) => ({
  type: 'address_message',
  body,
  action: { name: 'address_message', parameters: { country } },
})
const call = (parameters: Record<string, unknown>) => ({
  type: 'voice_call',
  body,
  action: { name: 'voice_call', parameters },
})
const list = (sections: unknown[], header?: unknown) => ({
  type: 'list',
  ...(header === undefined ? {} : { header }),
  body,
  action: { button: 'Chagua', sections },
})
const row = (id: string) => ({ id, title: id })
const withHeader = (header: unknown) => ({ ...buttons(button('a')), header })
const UUID = '5c1d2e3f-4a5b-4c6d-8e7f-000000000001'
const TO = '255712345678'

const WARNINGS = new WeakSet<Issue>()

/** Whether a corpus issue came back as a warning (it never blocks a send). */
export const isWarning = (issue: Issue): boolean => WARNINGS.has(issue)

const all = (result: { ok: boolean; warnings: Issue[] } & ({ issues: Issue[] } | object)): Issue[] => {
  for (const warning of result.warnings) WARNINGS.add(warning)
  return [...('issues' in result ? result.issues : []), ...result.warnings]
}
const interactive = (value: unknown) => all(validateInteractive(value))
const request = (value: unknown) => all(validateSendRequest(value))
const phone = (text: unknown) => {
  const result = normalizePhone(text as string)
  return result.ok ? [] : [result.issue]
}

/**
 * Invalid messages, requests and phone numbers that together produce every issue reason and
 * every common code, each labelled: the corpus the catalogue tests word in every language.
 */
export const ISSUE_CORPUS: readonly { label: string; issues: () => Issue[] }[] = [
  {
    label: 'a header on a location request',
    issues: () =>
      interactive({
        ...cta('https://a.example'),
        type: 'location_request_message',
        header: { type: 'text', text: 'h' },
        action: { name: 'send_location' },
      }),
  },
  {
    label: 'an image header on a list',
    issues: () =>
      interactive(list([{ rows: [row('a')] }], { type: 'image', image: { link: 'https://a.example/p.png' } })),
  },
  {
    label: 'a button of the wrong type',
    issues: () => interactive(buttons({ type: 'url', reply: { id: 'a', title: 'A' } })),
  },
  { label: 'an unknown key', issues: () => interactive({ ...buttons(button('a')), colour: 'green' }) },
  {
    label: 'a list past the kit bound',
    issues: () => interactive(buttons(...Array.from({ length: 101 }, (_, i) => button(`b${i}`)))),
  },
  {
    label: 'flow data nested too deep',
    issues: () => {
      let data: unknown = 'jani'
      for (let level = 0; level < 40; level++) data = { ngazi: data }
      return interactive(flow({ flow_action: 'navigate', flow_action_payload: { data } }))
    },
  },
  {
    label: 'flow data that is not plain JSON',
    issues: () => interactive(flow({ flow_action: 'navigate', flow_action_payload: { data: { siku: new Date(0) } } })),
  },
  {
    label: 'more unknown keys than are listed',
    issues: () =>
      interactive(
        Object.fromEntries([
          ...Object.entries(buttons(button('a'))),
          ...Array.from({ length: 101 }, (_, i) => [`k${i}`, i]),
        ]),
      ).slice(-1),
  },
  { label: 'an unknown request key', issues: () => request({ to: TO, interactive: buttons(button('a')), colour: 1 }) },
  {
    label: 'an unreadable value',
    issues: () =>
      interactive(
        new Proxy(
          {},
          {
            get() {
              throw new Error('boom')
            },
            ownKeys() {
              throw new Error('boom')
            },
          },
        ),
      ),
  },
  { label: 'spaces around an id', issues: () => interactive(buttons(button(' a', 'A'))) },
  { label: 'spaces around a row id', issues: () => interactive(list([{ rows: [row('a ')] }])) },
  { label: 'a title of only spaces', issues: () => interactive(buttons(button('a', '   '))) },
  { label: 'a fractional ttl_minutes', issues: () => interactive(call({ ttl_minutes: 1.5 })) },
  { label: 'ttl_minutes as text', issues: () => interactive(call({ ttl_minutes: '1.5' })) },
  { label: 'a URL with a space', issues: () => interactive(cta('https://a.example/a b')) },
  { label: 'a local URL', issues: () => interactive(cta('https://localhost/x')) },
  { label: 'a plain-http URL', issues: () => interactive(cta('http://duka.example/x')) },
  { label: 'not a URL', issues: () => interactive(cta('duka.example')) },
  { label: 'emoji in the flow CTA', issues: () => interactive(flow({ flow_cta: '😀 Weka' })) },
  {
    label: 'a symbol many apps draw as an emoji in the flow CTA',
    issues: () => interactive(flow({ flow_cta: 'Weka ❤' })),
  },
  { label: 'four buttons', issues: () => interactive(buttons(button('a'), button('b'), button('c'), button('d'))) },
  { label: 'no buttons', issues: () => interactive(buttons()) },
  { label: 'repeated button ids and titles', issues: () => interactive(buttons(button('a', 'A'), button('a', 'A'))) },
  {
    label: 'button titles that differ only in case',
    issues: () => interactive(buttons(button('a', 'Ndiyo'), button('b', 'NDIYO'))),
  },
  {
    label: 'button titles that only look the same',
    issues: () => interactive(buttons(button('a', 'Cafe\u0301'), button('b', 'Caf\u00e9 '))),
  },
  {
    label: 'a button title too long and one empty',
    issues: () => interactive(buttons(button('a', 'x'.repeat(23)), button('b', ''))),
  },
  {
    label: 'an emoji title over the limit in UTF-16',
    issues: () => interactive(buttons(button('a', '😀'.repeat(20)))),
  },
  { label: 'a missing body', issues: () => interactive({ type: 'button', action: { buttons: [button('a')] } }) },
  { label: 'a body of the wrong type', issues: () => interactive({ ...buttons(button('a')), body: { text: 42 } }) },
  { label: 'ttl_minutes out of range', issues: () => interactive(call({ ttl_minutes: 0 })) },
  // JSON's 1e400 and -1e400, as JSON.parse reads them.
  { label: 'ttl_minutes of 1e400', issues: () => interactive(call({ ttl_minutes: Number.POSITIVE_INFINITY })) },
  {
    label: 'card_index of -1e400',
    issues: () => interactive(carousel(urlCard(Number.NEGATIVE_INFINITY), urlCard(1))),
  },
  {
    label: 'card_index 10, line breaks, media id',
    issues: () =>
      interactive(
        carousel(
          urlCard(0, { body: { text: 'a\nb\nc\nd' } }),
          urlCard(10, { header: { type: 'image', image: { id: '123' } } }),
        ),
      ),
  },
  {
    label: 'quick replies with a URL button',
    issues: () => interactive(carousel(replyCard(0, ['a'], { name: 'cta_url' }), replyCard(1, ['b']))),
  },
  { label: 'cards of two kinds', issues: () => interactive(carousel(urlCard(0), replyCard(1, ['a']))) },
  {
    label: 'three quick replies per card',
    issues: () => interactive(carousel(replyCard(0, ['a', 'b', 'c']), replyCard(1, ['d', 'e', 'f']))),
  },
  { label: 'a repeated card_index', issues: () => interactive(carousel(urlCard(0), urlCard(0))) },
  { label: 'two catalogs', issues: () => interactive(carousel(productCard(0), productCard(1, 'cat-2'))) },
  { label: 'card indexes with a gap', issues: () => interactive(carousel(urlCard(0), urlCard(2))) },
  { label: 'cards listed out of card_index order', issues: () => interactive(carousel(urlCard(1), urlCard(0))) },
  { label: 'one card', issues: () => interactive(carousel(urlCard(0))) },
  { label: 'two untitled sections, one empty', issues: () => interactive(list([{ rows: [row('a')] }, { rows: [] }])) },
  {
    label: 'a repeated row id',
    issues: () =>
      interactive(
        list([
          { title: 'A', rows: [row('a')] },
          { title: 'B', rows: [row('a')] },
        ]),
      ),
  },
  {
    label: 'a product listed twice',
    issues: () =>
      interactive({
        type: 'product_list',
        header: { type: 'text', text: 'Bidhaa' },
        body,
        action: {
          catalog_id: 'cat-1',
          sections: [
            { title: 'A', product_items: [{ product_retailer_id: 'sku-1' }] },
            { title: 'B', product_items: [{ product_retailer_id: 'sku-1' }] },
          ],
        },
      }),
  },
  {
    label: 'eleven rows',
    issues: () => interactive(list([{ rows: Array.from({ length: 11 }, (_, i) => row(`r${i}`)) }])),
  },
  {
    label: 'a catalog without a thumbnail',
    issues: () => interactive({ type: 'catalog_message', body, action: { name: 'catalog_message' } }),
  },
  { label: 'media without id or link', issues: () => interactive(withHeader({ type: 'image', image: {} })) },
  {
    label: 'a caption on header media',
    issues: () => interactive(withHeader({ type: 'document', document: { id: '1', caption: 'Ankara' } })),
  },
  {
    label: 'media with id and link',
    issues: () => interactive(withHeader({ type: 'image', image: { id: '1', link: 'https://a.example/p.png' } })),
  },
  { label: 'a country name', issues: () => interactive(address('India')) },
  { label: 'a country other than India', issues: () => interactive(address('KE')) },
  {
    label: 'a validation error for no address field',
    issues: () =>
      interactive({
        ...address('IN'),
        action: { name: 'address_message', parameters: { country: 'IN', validation_errors: { planet: 'x' } } },
      }),
  },
  {
    label: 'an image header on a flow',
    issues: () => interactive(flow({}, { header: { type: 'image', image: { link: 'https://a.example/p.png' } } })),
  },
  { label: 'flow id and name', issues: () => interactive(flow({ flow_name: 'booking' })) },
  { label: 'neither flow id nor name', issues: () => interactive(flow({ flow_id: undefined })) },
  { label: 'a 25-character flow CTA', issues: () => interactive(flow({ flow_cta: 'x'.repeat(25) })) },
  {
    label: 'a payload with data_exchange',
    issues: () => interactive(flow({ flow_action: 'data_exchange', flow_action_payload: { screen: 'A' } })),
  },
  { label: 'empty flow data', issues: () => interactive(flow({ flow_action_payload: { screen: 'A', data: {} } })) },
  { label: 'a long signed flow token', issues: () => interactive(flow({ flow_token: `eyJ${'a'.repeat(1100)}` })) },
  {
    label: 'to and conversation_id',
    issues: () => request({ to: TO, conversation_id: UUID, interactive: buttons(button('a')) }),
  },
  { label: 'no target', issues: () => request({ interactive: buttons(button('a')) }) },
  {
    label: 'an address request to a number outside India',
    issues: () => request({ to: TO, interactive: address('IN') }),
  },
  {
    label: 'a sender with a conversation',
    issues: () => request({ conversation_id: UUID, sender: '255700000001', interactive: buttons(button('a')) }),
  },
  {
    label: 'the deprecated sender_id',
    issues: () => request({ to: TO, sender_id: UUID, interactive: buttons(button('a')) }),
  },
  {
    label: 'a bad to and a bad uuid',
    issues: () => request({ to: 'abc', sender_id: 'x', interactive: buttons(button('a')) }),
  },
  {
    label: 'a sender too long',
    issues: () => request({ to: TO, sender: 'x'.repeat(65), interactive: buttons(button('a')) }),
  },
  { label: 'a request that is not an object', issues: () => request(42) },
  {
    label: 'an older send with letters in the recipient',
    issues: () =>
      all(validateRequest(sendInteractiveLegacyRoute, { recipient: '255-71x', interactive: buttons(button('a')) })),
  },
  ...[
    ['{"a": ', []],
    ['{"a": 1,}', ['action', 'parameters', 'flow_action_payload', 'data']],
    ['{"a": "x\ny"}', ['action', 'parameters', 'validation_errors']],
    ['[1, 2]', ['action', 'parameters', 'validation_errors']],
    ['{\n  // the body\n  "type": "button"\n}', []],
    ["{'type': 'button'}", []],
    [' '.repeat(LIMITS.structure.draftFile.max + 1), ['action', 'parameters', 'flow_action_payload', 'data']],
    [`{"a": ${'['.repeat(60)}${']'.repeat(60)}}`, ['action', 'parameters', 'flow_action_payload', 'data']],
    ['{"type": "text", "text": {"body": "hi"}}', []],
    ['{"action": {"cards": [{"card_index": 1e400}]}}', []],
  ].map(([text, path]) => ({
    label: `the JSON text ${JSON.stringify(text)}`,
    issues: () => {
      const read = readJsonText(text as string, path as string[])
      return read.ok ? [] : [read.issue]
    },
  })),
  {
    label: 'an opened file that is not JSON',
    issues: () => {
      const read = readJsonText('{\n  "type": "button",\n}', [], 'bad.json')
      return read.ok ? [] : [read.issue]
    },
  },
  ...[
    undefined,
    '',
    '0712 345 678 ext 4',
    '0712#345678',
    '0712 345 670/1',
    '0712 345 678 / 0713 345 678',
    '255+712345678',
    '((0712)) 345678',
    '0712) 345678',
    '(0712 345678',
    '+ - ()',
    '+00255712345678',
    '0712 345 67',
    '71234567',
    '+0712345678',
    '+255 712 345 67',
    '+34 0612 345 678',
    '+39 6 1234 5678',
    '005 110 123 456',
    '+55 98765 4321',
    '+9 12345',
    '+999 1234567890123',
  ].map((text) => ({ label: `the phone number ${JSON.stringify(text)}`, issues: () => phone(text) })),
  {
    label: 'a control character in a body',
    issues: () => interactive({ ...buttons(button('a', 'A')), body: { text: 'Habari\u0000' } }),
  },
  { label: 'half of an emoji in a title', issues: () => interactive(buttons(button('a', 'Sawa \ud83d'))) },
  {
    label: 'two saved addresses with one id',
    issues: () => {
      const saved = [0, 1].map(() => ({ id: 'nyumbani', value: { city: 'Mumbai' } }))
      return interactive({
        ...address('IN'),
        action: { name: 'address_message', parameters: { country: 'IN', saved_addresses: saved } },
      })
    },
  },
  {
    label: 'half of an emoji in flow data',
    issues: () =>
      interactive(
        flow({ flow_action: 'navigate', flow_action_payload: { screen: 'A', data: { jina: 'Sawa \ud83d' } } }),
      ),
  },
  {
    label: 'a media send on the unified send',
    issues: () =>
      all(
        validateRequest(sendMessageRoute, {
          type: 'media',
          to: TO,
          media_kind: 'IMAGE',
          media_url: 'https://x.tz/a.jpg',
        }),
      ),
  },
  {
    label: 'to and conversation_id on the unified send',
    issues: () =>
      all(validateRequest(sendMessageRoute, { type: 'text', body: 'Karibu', to: TO, conversation_id: UUID })),
  },
]
