import '../styles.css'
import { type InteractiveType, validateInteractive } from '@briq-interactive/core'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { type Locator, page, userEvent } from 'vitest/browser'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'
import { InteractiveComposer } from './interactive-composer.tsx'

afterEach(cleanup)

/**
 * What a new user reads on the screen, in English and Swahili: the accessible names, the type
 * names in the picker, the fix-its' labels, and how an error starts. Written out here rather
 * than read from the catalogues, so a renamed control fails this walk.
 */
const WORDS = {
  en: {
    type: 'Message type',
    types: {
      button: 'Reply buttons',
      list: 'List',
      cta_url: 'Link button',
      location_request_message: 'Location request',
      flow: 'Flow',
      product: 'Product',
      product_list: 'Product list',
      catalog_message: 'Catalog',
      carousel: 'Carousel',
      voice_call: 'Call button',
      call_permission_request: 'Call permission',
      address_message: 'Address request',
    },
    form: 'Form',
    json: 'JSON',
    jsonText: 'Interactive object (JSON)',
    undo: 'Undo',
    redo: 'Redo',
    preview: 'WhatsApp message preview',
    builder: 'Message builder',
    problems: 'Problems',
    remove: 'Remove',
    error: /^Error: /,
    warning: /^Warning: /,
    body: 'Body text',
    header: 'Header text',
    addButton: 'Add button',
    button: (n: number) => `Button ${n}`,
    buttonTitle: (n: number) => `Button ${n} title`,
    buttonId: (n: number) => `Button ${n} ID`,
    listButton: 'List button label',
    section: (n: number) => `Section ${n}`,
    sectionTitle: (n: number) => `Section ${n} title`,
    addSection: 'Add section',
    addRow: 'Add row',
    rowTitle: (n: number) => `Row ${n} title`,
    rowId: (n: number) => `Row ${n} ID`,
    rowDescription: (n: number) => `Row ${n} description`,
    row: (n: number) => `Row ${n}`,
    buttonText: 'Button text',
    buttonUrl: 'Button URL',
    flowId: 'Flow ID',
    flowScreen: 'First screen',
    flowData: 'Screen data (JSON)',
    catalogId: 'Catalog ID',
    productId: 'Product ID (SKU)',
    itemId: (n: number) => `Product ${n} ID (SKU)`,
    addProduct: 'Add product',
    thumbnail: 'Thumbnail product ID (SKU)',
    card: (n: number) => `Card ${n}`,
    cardLink: (n: number) => `Card ${n} media link`,
    cardKind: 'Card kind',
    linkCards: 'Media with a link button',
    cardButtonUrl: (n: number) => `Card ${n} button URL`,
    addCard: 'Add card',
    cards: 'Cards',
    ttl: 'Button validity (minutes)',
    country: 'Country code',
    pin: 'PIN code',
    city: 'City',
    fix: {
      toList: 'Turn the 4 buttons into a list',
      toButtons: 'Turn into 3 reply buttons',
      unique: (id: string) => `Make it unique: ${id}`,
      trim: 'Trim the spaces at the ends',
      https: 'Add https:// at the start',
      spaces: 'Write the spaces as %20',
      repeated: (id: string) => `Leave out the repeated product ${id}`,
      capitals: 'Write it in capitals: IN',
    },
    noMoreCards: 'No more can be added: the limit is 10',
    send: 'Send',
    sendDialog: 'Send message',
    number: "Customer's WhatsApp number",
    sent: 'Message sent',
    close: 'Close',
  },
  sw: {
    type: 'Aina ya ujumbe',
    types: {
      button: 'Vitufe vya kujibu',
      list: 'Orodha',
      cta_url: 'Kitufe cha kiungo',
      location_request_message: 'Ombi la mahali',
      flow: 'Flow',
      product: 'Bidhaa',
      product_list: 'Orodha ya bidhaa',
      catalog_message: 'Katalogi',
      carousel: 'Kadi za kusogeza',
      voice_call: 'Kitufe cha kupiga simu',
      call_permission_request: 'Ruhusa ya kupiga simu',
      address_message: 'Ombi la anwani',
    },
    form: 'Fomu',
    json: 'JSON',
    jsonText: 'Kitu cha interactive (JSON)',
    undo: 'Tendua',
    redo: 'Rudia',
    preview: 'Onyesho la ujumbe wa WhatsApp',
    builder: 'Kiunda ujumbe',
    problems: 'Matatizo',
    remove: 'Ondoa',
    error: /^Kosa: /,
    warning: /^Onyo: /,
    body: 'Maandishi ya ujumbe',
    header: 'Maandishi ya kichwa',
    addButton: 'Ongeza kitufe',
    button: (n: number) => `Kitufe ${n}`,
    buttonTitle: (n: number) => `Jina la kitufe ${n}`,
    buttonId: (n: number) => `Kitambulisho cha kitufe ${n}`,
    listButton: 'Jina la kitufe cha orodha',
    section: (n: number) => `Sehemu ${n}`,
    sectionTitle: (n: number) => `Kichwa cha sehemu ${n}`,
    addSection: 'Ongeza sehemu',
    addRow: 'Ongeza safu',
    rowTitle: (n: number) => `Jina la safu ${n}`,
    rowId: (n: number) => `Kitambulisho cha safu ${n}`,
    rowDescription: (n: number) => `Maelezo ya safu ${n}`,
    row: (n: number) => `Safu ${n}`,
    buttonText: 'Maandishi ya kitufe',
    buttonUrl: 'URL ya kitufe',
    flowId: 'Kitambulisho cha flow',
    flowScreen: 'Skrini ya kwanza',
    flowData: 'Data ya skrini (JSON)',
    catalogId: 'Kitambulisho cha katalogi',
    productId: 'Kitambulisho cha bidhaa (SKU)',
    itemId: (n: number) => `Kitambulisho cha bidhaa ${n} (SKU)`,
    addProduct: 'Ongeza bidhaa',
    thumbnail: 'Kitambulisho cha bidhaa ya picha ndogo (SKU)',
    card: (n: number) => `Kadi ${n}`,
    cardLink: (n: number) => `Kiungo cha faili cha kadi ${n}`,
    cardKind: 'Aina ya kadi',
    linkCards: 'Picha au video na kitufe cha kiungo',
    cardButtonUrl: (n: number) => `URL ya kitufe cha kadi ${n}`,
    addCard: 'Ongeza kadi',
    cards: 'Kadi',
    ttl: 'Muda wa kitufe (dakika)',
    country: 'Msimbo wa nchi',
    pin: 'Msimbo wa PIN',
    city: 'Mji',
    fix: {
      toList: 'Geuza vitufe 4 kuwa orodha',
      toButtons: 'Geuza kuwa vitufe 3 vya kujibu',
      unique: (id: string) => `Kifanye kiwe cha kipekee: ${id}`,
      trim: 'Futa nafasi za mwanzo na mwisho',
      https: 'Ongeza https:// mwanzoni',
      spaces: 'Andika nafasi kama %20',
      repeated: (id: string) => `Futa bidhaa iliyorudiwa ${id}`,
      capitals: 'Andika kwa herufi kubwa: IN',
    },
    noMoreCards: 'Haiwezekani kuongeza zaidi: kikomo ni 10',
    send: 'Tuma',
    sendDialog: 'Tuma ujumbe',
    number: 'Namba ya WhatsApp ya mteja',
    sent: 'Ujumbe umetumwa',
    close: 'Funga',
  },
} as const

type Words = (typeof WORDS)[keyof typeof WORDS]

/** A new user's hands on the composer: only roles and accessible names. */
function hands(words: Words) {
  const scopeOf = (scope?: Locator) => scope ?? page
  const field = (name: string, scope?: Locator) => scopeOf(scope).getByRole('textbox', { name, exact: true })
  const button = (name: string, scope?: Locator) => scopeOf(scope).getByRole('button', { name, exact: true })
  const group = (name: string, scope?: Locator) => scopeOf(scope).getByRole('group', { name, exact: true })
  const problems = () => page.getByRole('region', { name: words.problems, exact: true })
  return {
    field,
    button,
    group,
    problems,
    fill: (name: string, text: string, scope?: Locator) => userEvent.fill(field(name, scope), text),
    press: (name: string, scope?: Locator) => userEvent.click(button(name, scope)),
    pick: (type: InteractiveType) =>
      userEvent.selectOptions(page.getByRole('combobox', { name: words.type, exact: true }), words.types[type]),
    /** The field's description starts with the error (or warning) and says what `said` says. */
    said: async (name: string, said: RegExp, scope?: Locator, kind: 'error' | 'warning' = 'error') => {
      const description = field(name, scope)
      if (kind === 'error') await expect.element(description).toHaveAttribute('aria-invalid', 'true')
      await expect.element(description).toHaveAccessibleDescription(kind === 'error' ? words.error : words.warning)
      await expect.element(description).toHaveAccessibleDescription(said)
    },
    /** The draft's JSON as the JSON tab shows it; back to the Form tab after. */
    json: async () => {
      await userEvent.click(page.getByRole('tab', { name: words.json, exact: true }))
      const text = page.getByRole('textbox', { name: words.jsonText, exact: true })
      await expect.element(text).toBeVisible()
      const value = (text.element() as HTMLTextAreaElement).value
      await userEvent.click(page.getByRole('tab', { name: words.form, exact: true }))
      return value
    },
    /**
     * Ctrl+Z (or Ctrl+Shift+Z) where focus is: it must be inside the builder, as after any
     * press or typing there, for the key to reach it.
     */
    key: async (which: 'undo' | 'redo') => {
      const builder = page.getByRole('region', { name: words.builder, exact: true }).element()
      expect(builder.contains(document.activeElement)).toBe(true)
      await userEvent.keyboard(which === 'undo' ? '{Control>}z{/Control}' : '{Control>}{Shift>}z{/Shift}{/Control}')
    },
    /** Sends the draft from the composer's Send dialog to the customer whose window is open. */
    send: async () => {
      await userEvent.click(button(words.send))
      const dialog = page.getByRole('dialog', { name: words.sendDialog, exact: true })
      await userEvent.fill(field(words.number, dialog), '0712 345 678')
      await userEvent.click(button(words.send, dialog))
      await expect.element(dialog.getByRole('region', { name: words.sent, exact: true })).toBeVisible()
      await userEvent.click(button(words.close, dialog))
      await expect.element(dialog).not.toBeInTheDocument()
    },
    /** Presses Undo (or Redo) until it has nothing left to do; how many presses changed something. */
    travel: async (name: string) => {
      const control = button(name)
      let steps = 0
      while ((control.element() as HTMLElement).getAttribute('aria-disabled') !== 'true') {
        await userEvent.click(control)
        steps += 1
        if (steps > 80) throw new Error(`${name} never ran out of steps`)
      }
      return steps
    },
  }
}

type Hands = ReturnType<typeof hands>

interface Walk {
  /** Fills what the type needs, from the form alone. */
  compose(w: Words, h: Hands): Promise<void>
  /** Texts the preview then shows. */
  shows: (w: Words) => string[]
  /** Breaks the message as a new user would, and fixes each break from its message or fix-it alone. */
  breakAndFix(w: Words, h: Hands): Promise<void>
}

const LONG_BODY = 'Karibu! '.repeat(129) // 1032 characters, 8 past the body's 1024

const WALKS: Record<InteractiveType, Walk> = {
  button: {
    async compose(w, h) {
      await h.fill(w.body, 'Did this answer your question?')
      await h.press(w.addButton)
      await h.fill(w.buttonTitle(3), 'Talk to us', h.group(w.button(3)))
    },
    shows: () => ['Did this answer your question?', 'Talk to us'],
    async breakAndFix(w, h) {
      await h.fill(w.body, LONG_BODY)
      await h.said(w.body, /1032/)
      await h.fill(w.body, 'Did this answer your question?')
      // An id typed by hand the same as one made from a title: the made one moves, no error.
      await h.fill(w.buttonId(2), 'talk-to-us', h.group(w.button(2)))
      await expect.element(h.field(w.buttonId(3), h.group(w.button(3)))).toHaveValue('talk-to-us-2')
      await expect.element(h.field(w.buttonId(2), h.group(w.button(2)))).not.toHaveAttribute('aria-invalid')
      // Two ids typed by hand the same: the later one is marked, naming both, and its fix-it
      // makes it unique.
      await h.fill(w.buttonId(3), 'talk-to-us', h.group(w.button(3)))
      // The person's value is isolated in the sentence (U+2068 … U+2069), so it reads right in either direction.
      await h.said(w.buttonId(3), /"\u2068talk-to-us\u2069".*2/, h.group(w.button(3)))
      await h.press(w.fix.unique('talk-to-us-2'), h.group(w.button(3)))
      // Spaces at the ends of a title: not an error (WhatsApp trims them), but a fix-it beside it.
      await h.fill(w.buttonTitle(1), ' Yes ', h.group(w.button(1)))
      await h.press(w.fix.trim, h.group(w.button(1)))
      await expect.element(h.field(w.buttonTitle(1), h.group(w.button(1)))).toHaveValue('Yes')
      // A fourth button: the fix-it turns them into a list. One row removed, a list of three
      // rows offers to become buttons again; Ctrl+Z walks back each step, Ctrl+Shift+Z forward.
      await h.press(w.addButton)
      await expect.element(h.button(w.fix.toList)).toBeVisible()
      await h.press(w.fix.toList)
      await expect.element(h.field(w.listButton)).toBeVisible()
      await userEvent.click(h.button(w.remove, h.group(w.row(4))).first())
      await h.press(w.fix.toButtons)
      await expect.element(h.field(w.buttonTitle(3), h.group(w.button(3)))).toHaveValue('Talk to us')
      await h.key('undo')
      await expect.element(h.group(w.row(3))).toBeVisible()
      await h.key('undo')
      await expect.element(h.group(w.row(4))).toBeVisible()
      await h.key('undo')
      await expect.element(h.group(w.button(4))).toBeVisible()
      await h.key('undo')
      await expect.element(h.group(w.button(4))).not.toBeInTheDocument()
      await h.key('redo')
      await expect.element(h.group(w.button(4))).toBeVisible()
      await h.key('undo')
      await expect.element(h.field(w.buttonTitle(3), h.group(w.button(3)))).toHaveValue('Talk to us')
      // A new edit after the undos: Redo then has nothing left past it.
      await h.fill(w.body, 'Did this answer everything?')
      await expect.element(h.button(w.redo)).toHaveAttribute('aria-disabled', 'true')
    },
  },
  list: {
    async compose(w, h) {
      await h.pick('list')
      await h.fill(w.listButton, 'Choose a route')
      await h.press(w.addSection)
      await h.fill(w.sectionTitle(1), 'Buses', h.group(w.section(1)))
      await h.fill(w.sectionTitle(2), 'Ferries', h.group(w.section(2)))
      await h.fill(w.rowTitle(1), 'Kivukoni', h.group(w.section(2)))
      await h.fill(w.rowDescription(1), 'Every 30 minutes', h.group(w.section(2)))
    },
    shows: () => ['Choose a route'],
    async breakAndFix(w, h) {
      const ferries = h.group(w.section(2))
      await h.fill(w.rowDescription(1), 'Every 30 minutes, '.repeat(5), ferries)
      await h.said(w.rowDescription(1), /90/, ferries)
      await h.fill(w.rowDescription(1), 'Every 30 minutes', ferries)
      await h.fill(w.listButton, '')
      await h.said(w.listButton, /./)
      await h.fill(w.listButton, 'Choose a route')
      // A row id typed the same as another section's row id: unique ids across the whole list.
      // The one made from its title moves; typed by hand there too, it is marked.
      await h.fill(w.rowId(1), 'kivukoni', h.group(w.section(1)))
      await expect.element(h.field(w.rowId(1), ferries)).toHaveValue('kivukoni-2')
      await h.fill(w.rowId(1), 'kivukoni', ferries)
      await h.said(w.rowId(1), /"\u2068kivukoni\u2069"/, ferries)
      await h.press(w.fix.unique('kivukoni-2'), ferries)
    },
  },
  cta_url: {
    async compose(w, h) {
      await h.pick('cta_url')
      await h.fill(w.buttonUrl, 'https://shop.example/offers')
    },
    shows: () => [],
    async breakAndFix(w, h) {
      await h.fill(w.buttonUrl, 'shop.example/offers')
      await h.said(w.buttonUrl, /https:\/\/example\.com\/page/)
      await h.press(w.fix.https)
      await expect.element(h.field(w.buttonUrl)).toHaveValue('https://shop.example/offers')
      await h.fill(w.buttonUrl, 'https://shop.example/big offers')
      await h.said(w.buttonUrl, /%20/)
      await h.press(w.fix.spaces)
      await expect.element(h.field(w.buttonUrl)).toHaveValue('https://shop.example/big%20offers')
      await h.fill(w.buttonText, '')
      await h.said(w.buttonText, /./)
      await h.fill(w.buttonText, 'See offers')
    },
  },
  location_request_message: {
    async compose(w, h) {
      await h.pick('location_request_message')
      await h.fill(w.body, 'Where should we deliver?')
    },
    shows: () => ['Where should we deliver?'],
    async breakAndFix(w, h) {
      await h.fill(w.body, '')
      await h.said(w.body, /./)
      await h.fill(w.body, 'Where should we deliver?')
    },
  },
  flow: {
    async compose(w, h) {
      await h.pick('flow')
      await h.fill(w.flowId, '1234567890')
      await h.fill(w.flowScreen, 'WELCOME')
      await h.fill(w.flowData, '{"customer": "Asha"}')
    },
    shows: () => [],
    async breakAndFix(w, h) {
      await h.fill(w.flowData, '{"customer": ')
      await h.said(w.flowData, /JSON.*1.*14/)
      await h.fill(w.flowData, '{"customer": "Asha"}')
      await h.fill(w.flowId, '')
      await h.said(w.flowId, /./)
      await h.fill(w.flowId, '1234567890')
    },
  },
  product: {
    async compose(w, h) {
      await h.pick('product')
      await h.fill(w.catalogId, '1122334455')
      await h.fill(w.productId, 'SKU-42')
    },
    shows: () => [],
    async breakAndFix(w, h) {
      await h.fill(w.catalogId, '')
      await h.said(w.catalogId, /./)
      await h.fill(w.catalogId, '1122334455')
    },
  },
  product_list: {
    async compose(w, h) {
      await h.pick('product_list')
      await h.fill(w.header, 'Our best sellers')
      await h.fill(w.catalogId, '1122334455')
      await h.fill(w.itemId(1), 'SKU-1')
      await h.press(w.addProduct)
      await h.fill(w.itemId(2), 'SKU-2')
    },
    shows: () => ['Our best sellers'],
    async breakAndFix(w, h) {
      await h.fill(w.itemId(2), 'SKU-1')
      await h.said(w.itemId(2), /SKU-1/, undefined, 'warning')
      await h.press(w.fix.repeated('SKU-1'))
      await h.press(w.addProduct)
      await h.fill(w.itemId(2), 'SKU-2')
      await h.fill(w.header, '')
      await h.said(w.header, /./)
      await h.fill(w.header, 'Our best sellers')
    },
  },
  catalog_message: {
    async compose(w, h) {
      await h.pick('catalog_message')
      await h.fill(w.thumbnail, 'SKU-1')
    },
    shows: () => [],
    async breakAndFix(w, h) {
      await h.fill(w.thumbnail, '')
      await h.said(w.thumbnail, /./, undefined, 'warning')
      await h.fill(w.thumbnail, 'SKU-1')
    },
  },
  carousel: {
    async compose(w, h) {
      await h.pick('carousel')
      await h.fill(w.cardLink(1), 'https://cdn.example/1.jpg', h.group(w.card(1)))
      await h.fill(w.cardLink(2), 'https://cdn.example/2.jpg', h.group(w.card(2)))
    },
    shows: () => [],
    async breakAndFix(w, h) {
      const card1 = h.group(w.card(1))
      await h.fill(w.cardLink(1), 'cdn.example/1.jpg', card1)
      await h.said(w.cardLink(1), /https:\/\/example\.com\/page/, card1)
      await h.press(w.fix.https, card1)
      await expect.element(h.field(w.cardLink(1), card1)).toHaveValue('https://cdn.example/1.jpg')
      // Cards of different button kinds cannot be made in the form: the kind is every card's at
      // once, and a button added on one card is added on each. Ctrl+Z takes each back.
      await userEvent.click(
        page
          .getByRole('group', { name: w.cardKind, exact: true })
          .getByRole('radio', { name: w.linkCards, exact: true }),
      )
      await expect.element(h.field(w.cardButtonUrl(2), h.group(w.card(2)))).toBeVisible()
      await h.key('undo')
      await expect.element(h.field(w.buttonTitle(1), h.group(w.card(2)))).toBeVisible()
      await h.press(w.addButton, card1)
      await expect.element(h.group(w.button(2), h.group(w.card(2)))).toBeVisible()
      await h.key('undo')
      await expect.element(h.group(w.button(2), h.group(w.card(2)))).not.toBeInTheDocument()
      // An eleventh card cannot be added, and the dimmed Add card says why.
      for (let n = 3; n <= 10; n++) await h.press(w.addCard)
      const add = h.button(w.addCard)
      await expect.element(add).toHaveAttribute('aria-disabled', 'true')
      await expect.element(add).toHaveAccessibleDescription(/10/)
      await userEvent.click(add, { force: true })
      await expect.element(h.group(w.cards).getByText(w.noMoreCards)).toBeVisible()
      for (let n = 10; n >= 3; n--) await userEvent.click(h.button(w.remove, h.group(w.card(n))).first())
    },
  },
  voice_call: {
    async compose(w, h) {
      await h.pick('voice_call')
      await h.fill(w.buttonText, 'Call support')
      await h.fill(w.ttl, '60')
    },
    shows: () => ['Call support'],
    async breakAndFix(w, h) {
      await h.fill(w.ttl, '0')
      await h.said(w.ttl, /43200/)
      await h.fill(w.ttl, '60')
      await h.fill(w.buttonText, 'Call our support team now')
      await h.said(w.buttonText, /20/)
      await h.fill(w.buttonText, 'Call support')
    },
  },
  call_permission_request: {
    async compose(w, h) {
      await h.pick('call_permission_request')
      await h.fill(w.body, 'May we call you about your order?')
    },
    shows: () => ['May we call you about your order?'],
    async breakAndFix(w, h) {
      await h.fill(w.body, LONG_BODY)
      await h.said(w.body, /1032/)
      await h.fill(w.body, 'May we call you about your order?')
    },
  },
  address_message: {
    async compose(w, h) {
      await h.pick('address_message')
      await h.fill(w.city, 'Mumbai')
    },
    shows: () => [],
    async breakAndFix(w, h) {
      await h.fill(w.country, 'in')
      await h.said(w.country, /IN/)
      await h.press(w.fix.capitals)
      await h.fill(w.pin, '4000011')
      await h.said(w.pin, /7/)
      await h.fill(w.pin, '400001')
    },
  },
}

describe.each(['en', 'sw'] as const)(
  'every type composed, sent, broken, fixed, undone and redone by name (%s)',
  (locale) => {
    const w: Words = WORDS[locale]
    it.each(Object.keys(WALKS) as InteractiveType[])('%s', { timeout: 90_000 }, async (type) => {
      const { client, mock } = createMockClient()
      const changes: { draft: unknown; ok: boolean }[] = []
      render(
        <InteractiveComposer
          client={client}
          locale={locale}
          onValueChange={(draft, result) => changes.push({ draft, ok: result.ok })}
        />,
      )
      const h = hands(w)
      const walk = WALKS[type]
      const start = await h.json()

      await walk.compose(w, h)
      const accepted = async () => {
        await expect.poll(() => changes.at(-1)?.ok).toBe(true)
        const draft = changes.at(-1)?.draft
        expect(validateInteractive(draft).ok).toBe(true)
        expect(draft).toMatchObject({ type })
        expect(h.problems().getByRole('button', { name: w.error }).elements()).toEqual([])
      }
      await accepted()
      const preview = page.getByRole('region', { name: w.preview, exact: true })
      for (const text of walk.shows(w))
        await expect.element(preview.getByText(text, { exact: true }).first()).toBeVisible()
      // Sent to the mock, which takes exactly the draft composed.
      await h.send()
      expect(mock.state().messages.at(-1)?.content).toEqual(changes.at(-1)?.draft)

      await walk.breakAndFix(w, h)
      await accepted()
      const done = await h.json()

      expect(await h.travel(w.undo)).toBeGreaterThan(0)
      expect(await h.json()).toBe(start)
      expect(await h.travel(w.redo)).toBeGreaterThan(0)
      expect(await h.json()).toBe(done)
      await accepted()
    })
  },
)
