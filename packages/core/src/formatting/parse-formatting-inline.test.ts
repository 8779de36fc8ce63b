import { describe, expect, it } from 'vitest'
import type { FormattingNode } from './formatting-node.ts'
import { parseFormatting } from './parse-formatting.ts'

const t = (text: string): FormattingNode => ({ type: 'text', text })
const bold = (...children: FormattingNode[]): FormattingNode => ({ type: 'bold', children })
const italic = (...children: FormattingNode[]): FormattingNode => ({ type: 'italic', children })
const strike = (...children: FormattingNode[]): FormattingNode => ({ type: 'strike', children })
const link = (href: string, text: string): FormattingNode => ({ type: 'link', href, children: [t(text)] })

describe('parseFormatting — styles', () => {
  it('parses bold, italic and strike', () => {
    expect(parseFormatting('*b* _i_ ~s~')).toEqual([bold(t('b')), t(' '), italic(t('i')), t(' '), strike(t('s'))])
  })

  it('returns plain text as one text node and nothing for an empty string', () => {
    expect(parseFormatting('Hello there')).toEqual([t('Hello there')])
    expect(parseFormatting('')).toEqual([])
  })

  it('nests styles', () => {
    expect(parseFormatting('*_bold italic_*')).toEqual([bold(italic(t('bold italic')))])
    expect(parseFormatting('~*_all three_*~')).toEqual([strike(bold(italic(t('all three'))))])
    expect(parseFormatting('*a _b_ c*')).toEqual([bold(t('a '), italic(t('b')), t(' c'))])
  })

  it('requires markers to hug the text', () => {
    expect(parseFormatting('x * bold* y')).toEqual([t('x * bold* y')])
    expect(parseFormatting('x *bold * y')).toEqual([t('x *bold * y')])
    expect(parseFormatting('_ italic_ ~strike ~')).toEqual([t('_ italic_ ~strike ~')])
  })

  it('opens only at a boundary and closes only before one', () => {
    expect(parseFormatting('2*3*4')).toEqual([t('2*3*4')])
    expect(parseFormatting('snake_case_names')).toEqual([t('snake_case_names')])
    expect(parseFormatting('a~b~c')).toEqual([t('a~b~c')])
    expect(parseFormatting('*bold*er')).toEqual([t('*bold*er')])
  })

  it('accepts punctuation and emoji as boundaries', () => {
    expect(parseFormatting('(*yes*).')).toEqual([t('('), bold(t('yes')), t(').')])
    expect(parseFormatting('👉*hi*👈')).toEqual([t('👉'), bold(t('hi')), t('👈')])
    expect(parseFormatting('"_quoted_"')).toEqual([t('"'), italic(t('quoted')), t('"')])
  })

  it('reads an emoji drawn with U+FE0F or a keycap as a boundary, as one without it', () => {
    // ✔️ ⭐️ ❤️ are a text symbol and U+FE0F (a mark, category M): the emoji, not a word, is before the marker.
    expect(parseFormatting('✔️*Free delivery*')).toEqual([t('✔️'), bold(t('Free delivery'))])
    expect(parseFormatting('❤️_love_❤️')).toEqual([t('❤️'), italic(t('love')), t('❤️')])
    expect(parseFormatting('1️⃣~one~')).toEqual([t('1️⃣'), strike(t('one'))])
    expect(parseFormatting('⭐️https://briq.tz')).toEqual([t('⭐️'), link('https://briq.tz', 'https://briq.tz')])
    // An accent typed as its own mark still belongs to its word.
    expect(parseFormatting('e\u0301*x*')).toEqual([t('e\u0301*x*')])
  })

  it('treats letters of any script as word characters', () => {
    expect(parseFormatting('é*x*é')).toEqual([t('é*x*é')])
    expect(parseFormatting('*ñandú*')).toEqual([bold(t('ñandú'))])
  })

  it('keeps unmatched and empty markers literal', () => {
    expect(parseFormatting('*open only')).toEqual([t('*open only')])
    expect(parseFormatting('close only*')).toEqual([t('close only*')])
    expect(parseFormatting('** __ ~~')).toEqual([t('** __ ~~')])
    expect(parseFormatting('*a _b* c_')).toEqual([bold(t('a _b')), t(' c_')])
  })

  // Markdown's doubled markers: WhatsApp styles the text between the inner pair and shows the
  // outer markers, one on each side, as typed.
  it('styles the inner pair of doubled markers, the outer ones staying literal', () => {
    expect(parseFormatting('**Oda**')).toEqual([t('*'), bold(t('Oda')), t('*')])
    expect(parseFormatting('__Oda__')).toEqual([t('_'), italic(t('Oda')), t('_')])
    expect(parseFormatting('~~Oda~~')).toEqual([t('~'), strike(t('Oda')), t('~')])
    expect(parseFormatting('Tuma **Oda 2041** leo')).toEqual([t('Tuma *'), bold(t('Oda 2041')), t('* leo')])
    expect(parseFormatting('***Oda***')).toEqual([t('**'), bold(t('Oda')), t('**')])
    expect(parseFormatting('**_Oda_**')).toEqual([t('*'), bold(italic(t('Oda'))), t('*')])
    expect(parseFormatting('****')).toEqual([t('****')])
  })

  it('does not nest a style inside itself', () => {
    expect(parseFormatting('*a *b* c*')).toEqual([bold(t('a *b')), t(' c*')])
  })

  it('does not let a style cross a line break', () => {
    expect(parseFormatting('*a\nb*')).toEqual([t('*a'), { type: 'lineBreak' }, t('b*')])
  })

  it('handles lone surrogates as boundaries without throwing', () => {
    expect(parseFormatting('\ud800*x*\udc00')).toEqual([t('\ud800'), bold(t('x')), t('\udc00')])
  })
})

describe('parseFormatting — code and monospace', () => {
  it('parses inline code literally', () => {
    expect(parseFormatting('run `npm *i*` now')).toEqual([t('run '), { type: 'code', text: 'npm *i*' }, t(' now')])
  })

  it('keeps code that does not hug or has no partner literal', () => {
    expect(parseFormatting('` x` and `y')).toEqual([t('` x` and `y')])
    expect(parseFormatting('a`b`c')).toEqual([t('a`b`c')])
  })

  it('parses a monospace block literally across lines', () => {
    expect(parseFormatting('```*a*\n> b```')).toEqual([{ type: 'mono', text: '*a*\n> b' }])
  })

  it('keeps the newline inside monospace out of the block structure', () => {
    expect(parseFormatting('* item ```x\n* y``` z')).toEqual([
      {
        type: 'list',
        ordered: false,
        items: [{ type: 'listItem', children: [t('item '), { type: 'mono', text: 'x\n* y' }, t(' z')] }],
      },
    ])
  })

  it('styles around code and monospace', () => {
    expect(parseFormatting('*`a` ```b```*')).toEqual([
      bold({ type: 'code', text: 'a' }, t(' '), { type: 'mono', text: 'b' }),
    ])
  })

  it('keeps unclosed or empty fences literal', () => {
    expect(parseFormatting('```never closed')).toEqual([t('```never closed')])
    expect(parseFormatting('``````')).toEqual([t('``````')])
  })
})

describe('parseFormatting — links', () => {
  it('links http(s) URLs and www. addresses', () => {
    expect(parseFormatting('Go to https://shop.example/a?b=1#c now')).toEqual([
      t('Go to '),
      link('https://shop.example/a?b=1#c', 'https://shop.example/a?b=1#c'),
      t(' now'),
    ])
    expect(parseFormatting('www.briq.tz')).toEqual([link('https://www.briq.tz', 'www.briq.tz')])
    expect(parseFormatting('HTTP://X.EXAMPLE')).toEqual([link('http://X.EXAMPLE', 'HTTP://X.EXAMPLE')])
  })

  it('links a bare domain with a known top-level domain, as WhatsApp does (wa.me, briq.tz)', () => {
    expect(parseFormatting('Chat on wa.me/255712345678 leo')).toEqual([
      t('Chat on '),
      link('https://wa.me/255712345678', 'wa.me/255712345678'),
      t(' leo'),
    ])
    expect(parseFormatting('Visit briq.tz.')).toEqual([t('Visit '), link('https://briq.tz', 'briq.tz'), t('.')])
    expect(parseFormatting('(Shop.Mfano.co.tz/ofa?x=1)')).toEqual([
      t('('),
      link('https://Shop.Mfano.co.tz/ofa?x=1', 'Shop.Mfano.co.tz/ofa?x=1'),
      t(')'),
    ])
    expect(parseFormatting('_briq.tz_ ~wa.me/1~')).toEqual([
      { type: 'italic', children: [link('https://briq.tz', 'briq.tz')] },
      t(' '),
      { type: 'strike', children: [link('https://wa.me/1', 'wa.me/1')] },
    ])
    expect(parseFormatting('*example.com*, mfano.com:8080/a')).toEqual([
      bold(link('https://example.com', 'example.com')),
      t(', '),
      link('https://mfano.com:8080/a', 'mfano.com:8080/a'),
    ])
  })

  it('leaves file names, abbreviations, numbers and e-mail addresses unlinked', () => {
    for (const text of [
      'config.json',
      'Node.js',
      'index.html',
      'e.g. this',
      'U.S.A',
      'pi is 3.14',
      'v1.2.3',
      'snake_case.com',
      'x-.com',
      'a..com',
      'briq.tz_x',
      'briq.tz@x',
    ]) {
      expect(parseFormatting(text)).toEqual([t(text)])
    }
  })

  it('links an e-mail address to mailto:, as WhatsApp makes it tappable', () => {
    expect(parseFormatting('Tuandikie me@briq.tz leo')).toEqual([
      t('Tuandikie '),
      link('mailto:me@briq.tz', 'me@briq.tz'),
      t(' leo'),
    ])
    expect(parseFormatting('(Mauzo.Duka+tz@Shop.Mfano.co.tz).')).toEqual([
      t('('),
      link('mailto:Mauzo.Duka+tz@Shop.Mfano.co.tz', 'Mauzo.Duka+tz@Shop.Mfano.co.tz'),
      t(').'),
    ])
    // A local part that starts like a bare address (duka.co) is still the address's.
    expect(parseFormatting('duka.co+mauzo@briq.tz')).toEqual([
      link('mailto:duka.co+mauzo@briq.tz', 'duka.co+mauzo@briq.tz'),
    ])
    expect(parseFormatting('*msaada@briq.tz* _a_b@x.com_')).toEqual([
      bold(link('mailto:msaada@briq.tz', 'msaada@briq.tz')),
      t(' '),
      { type: 'italic', children: [link('mailto:a_b@x.com', 'a_b@x.com')] },
    ])
  })

  it('links a phone number written with its country code to tel:, separators dropped', () => {
    expect(parseFormatting('Piga +255 712 345 678 sasa')).toEqual([
      t('Piga '),
      link('tel:+255712345678', '+255 712 345 678'),
      t(' sasa'),
    ])
    expect(parseFormatting('(+1-202-555-0143), +44 20 7946 0958.')).toEqual([
      t('('),
      link('tel:+12025550143', '+1-202-555-0143'),
      t('), '),
      link('tel:+442079460958', '+44 20 7946 0958'),
      t('.'),
    ])
    expect(parseFormatting('*+255712345678*')).toEqual([bold(link('tel:+255712345678', '+255712345678'))])
    expect(parseFormatting('_+255 712 345 678_')).toEqual([
      { type: 'italic', children: [link('tel:+255712345678', '+255 712 345 678')] },
    ])
  })

  // WhatsApp Web's phone finder (WAWebHelpersFindPhoneNumbers) reads two leading zeros as the
  // international prefix, like `+`, and checks the digits after the country code as written
  // (WAWebPhoneUtils.isPotentiallyValid compares their count with the country's lengths): a
  // trunk 0 kept after the code, `(0)` included, makes the number one digit too long.
  it('links a number written with the 00 international prefix', () => {
    expect(parseFormatting('Piga 00255 712 345 678 sasa')).toEqual([
      t('Piga '),
      link('tel:+255712345678', '00255 712 345 678'),
      t(' sasa'),
    ])
    expect(parseFormatting('(0044 20 7946 0958)')).toEqual([
      t('('),
      link('tel:+442079460958', '0044 20 7946 0958'),
      t(')'),
    ])
    expect(parseFormatting('*001-202-555-0143*')).toEqual([bold(link('tel:+12025550143', '001-202-555-0143'))])
    // One separator may follow the 00, as between any two digit groups.
    expect(parseFormatting('00 255 712 345 678')).toEqual([link('tel:+255712345678', '00 255 712 345 678')])
    expect(parseFormatting('00-1-202-555-0143')).toEqual([link('tel:+12025550143', '00-1-202-555-0143')])
  })

  it('leaves a number with a trunk 0 after its country code unlinked', () => {
    for (const text of [
      '+255 0712 345 678',
      '+255 (0) 712 345 678',
      '00255 0712 345 678',
      '+44 (0)20 7946 0958',
      '+254(0)712345678',
      '+234 0803 123 4567',
      '+44 07911 123456',
      '+7 8 912 345 67 89',
      '+36 06 30 123 4567',
    ]) {
      expect(parseFormatting(text)).toEqual([t(text)])
    }
    // Italy's numbers begin with their 0: there it is the number's own first digit; so do Côte
    // d'Ivoire's and Benin's.
    expect(parseFormatting('+39 (0)6 1234 5678')).toEqual([link('tel:+390612345678', '+39 (0)6 1234 5678')])
    expect(parseFormatting('+225 07 08 12 34 56')).toEqual([link('tel:+2250708123456', '+225 07 08 12 34 56')])
    expect(parseFormatting('+229 01 97 12 34 56')).toEqual([link('tel:+2290197123456', '+229 01 97 12 34 56')])
  })

  it('leaves a number with a 0 where its country has none unlinked', () => {
    // Spain and the NANP have no trunk prefix, and none of their numbers begins with 0.
    for (const text of ['+34 0612 345 678', '+1 020 555 0143', '+7 091 234 5678']) {
      expect(parseFormatting(text)).toEqual([t(text)])
    }
    expect(parseFormatting('+34 612 345 678')).toEqual([link('tel:+34612345678', '+34 612 345 678')])
  })

  // WhatsApp Web's phone finder (its WAWebHelpersFindPhoneNumbers module) reads one level of
  // parentheses and dots between digit groups, and ends a number at a space once the digits
  // before it make a whole number of that country.
  it('links a number written with an area code in parentheses or with dots', () => {
    expect(parseFormatting('Piga +1 (202) 555-0143 leo')).toEqual([
      t('Piga '),
      link('tel:+12025550143', '+1 (202) 555-0143'),
      t(' leo'),
    ])
    expect(parseFormatting('+1(202)555-0143')).toEqual([link('tel:+12025550143', '+1(202)555-0143')])
    expect(parseFormatting('+255.712.345.678')).toEqual([link('tel:+255712345678', '+255.712.345.678')])
    expect(parseFormatting('(+255 712 345 678)')).toEqual([
      t('('),
      link('tel:+255712345678', '+255 712 345 678'),
      t(')'),
    ])
  })

  it('ends a whole number at a space, leaving the digits after it as text', () => {
    expect(parseFormatting('+255 712 345 678 901 234')).toEqual([
      link('tel:+255712345678', '+255 712 345 678'),
      t(' 901 234'),
    ])
    expect(parseFormatting('Piga +255 712 345 678 2 mara')).toEqual([
      t('Piga '),
      link('tel:+255712345678', '+255 712 345 678'),
      t(' 2 mara'),
    ])
  })

  it('leaves an amount unlinked where the country code it would start has numbers of another length', () => {
    // +1 numbers have 10 digits after the 1, Rwanda's (+250) and Tanzania's (+255) 9.
    for (const text of ['Salio +10 000 000 TZS', '+1 000 000 000', '+25 000 000', '+255 000 000', '+1-202-555-014']) {
      expect(parseFormatting(text)).toEqual([t(text)])
    }
  })

  it('leaves ids, sums, dates, amounts and numbers without a country code unlinked', () => {
    for (const text of [
      '0712 345 678',
      '255712345678',
      'Order #TZ-4821',
      '2+255712345678',
      'ABC+255712345678',
      'x_+255712345678',
      'TZ-+255712345678',
      '+255712345678abc',
      '+255712345678@x.tz',
      '+2557123456789012',
      '+1 (202 555-0143',
      '+1 ((202)) 555-0143',
      '+1 () 202 555 0143',
      '+255..712.345.678',
      '+1234567',
      '+0255712345678',
      '+255712345678.5',
      '+255712345678,50',
      '+255  712 345 678',
      'x/+255712345678',
      '5 +10 = 15',
      '000255712345678',
      '00  255 712 345 678',
      '00 0255 712 345 678',
      '0012345678',
      '100255712345678',
      'A00255712345678',
      '1.00255712345678',
    ]) {
      expect(parseFormatting(text)).toEqual([t(text)])
    }
  })

  it('leaves e-mail look-alikes inside words, ids and URLs unlinked', () => {
    for (const text of [
      'me@localhost',
      'me@briq',
      'me@config.json',
      '@briq.tz',
      'me@@briq.tz',
      'a..b@briq.tz',
      'a.@briq.tz',
      'me@briq.tz/path',
      'me@briq.tz:25',
      'me@briq.tzé',
      'x@www.a.example',
      'user@host@briq.tz',
      '50%off@briq.tz',
    ]) {
      expect(parseFormatting(text)).toEqual([t(text)])
    }
    expect(parseFormatting('https://a.example/me@briq.tz wa.me/me@briq.tz')).toEqual([
      link('https://a.example/me@briq.tz', 'https://a.example/me@briq.tz'),
      t(' '),
      link('https://wa.me/me@briq.tz', 'wa.me/me@briq.tz'),
    ])
  })

  it('leaves trailing punctuation and an unpaired ) out of the link', () => {
    expect(parseFormatting('See https://a.example.')).toEqual([
      t('See '),
      link('https://a.example', 'https://a.example'),
      t('.'),
    ])
    expect(parseFormatting('(https://a.example/x)')).toEqual([
      t('('),
      link('https://a.example/x', 'https://a.example/x'),
      t(')'),
    ])
    expect(parseFormatting('https://en.example/Foo_(bar), ok')).toEqual([
      link('https://en.example/Foo_(bar)', 'https://en.example/Foo_(bar)'),
      t(', ok'),
    ])
  })

  it('leaves typographic closing quotes, an ellipsis and full-width punctuation out of the link', () => {
    // A phone keyboard types “smart” quotes: the closing one is the sentence's, not the URL's.
    expect(parseFormatting('Tembelea “https://mfano.co.tz/ofa” leo')).toEqual([
      t('Tembelea “'),
      link('https://mfano.co.tz/ofa', 'https://mfano.co.tz/ofa'),
      t('” leo'),
    ])
    for (const after of ['’', '»', '›', '…', '。', '、', '，', '！', '？', '：', '；', '）', '”.', '…!']) {
      expect(parseFormatting(`https://a.example/x${after}`)).toEqual([
        link('https://a.example/x', 'https://a.example/x'),
        t(after),
      ])
    }
    // Inside the URL they stay: only the end is trimmed.
    expect(parseFormatting('https://a.example/it’s')).toEqual([
      link('https://a.example/it’s', 'https://a.example/it’s'),
    ])
  })

  it('leaves the full stops and commas of Arabic, Urdu, Hindi and Amharic sentences out of the link', () => {
    // ، ؛ ؟ (Arabic), ۔ (Urdu full stop), । ॥ (Devanagari danda), ። ፣ (Ethiopic): written
    // straight after a URL they end the sentence; kept, they would break the address.
    expect(parseFormatting('زوروا https://briq.tz/ofa، اليوم')).toEqual([
      t('زوروا '),
      link('https://briq.tz/ofa', 'https://briq.tz/ofa'),
      t('، اليوم'),
    ])
    for (const after of ['،', '؛', '؟', '۔', '।', '॥', '።', '፣', '؟!']) {
      expect(parseFormatting(`www.briq.tz/x${after}`), after).toEqual([
        link('https://www.briq.tz/x', 'www.briq.tz/x'),
        t(after),
      ])
    }
  })

  it('keeps markers inside a URL literal and links inside styles', () => {
    expect(parseFormatting('https://a.example/_x_/y')).toEqual([
      link('https://a.example/_x_/y', 'https://a.example/_x_/y'),
    ])
    expect(parseFormatting('*https://a.example*')).toEqual([bold(link('https://a.example', 'https://a.example'))])
  })

  it('ends a URL before a trailing marker that closes a style, and only then', () => {
    expect(parseFormatting('*see https://briq.tz*')).toEqual([
      bold(t('see '), link('https://briq.tz', 'https://briq.tz')),
    ])
    expect(parseFormatting('_Soma https://briq.tz/ofa_, ~https://briq.tz/old~.')).toEqual([
      italic(t('Soma '), link('https://briq.tz/ofa', 'https://briq.tz/ofa')),
      t(', '),
      strike(link('https://briq.tz/old', 'https://briq.tz/old')),
      t('.'),
    ])
    expect(parseFormatting('(*_https://briq.tz/a_b_*)')).toEqual([
      t('('),
      bold(italic(link('https://briq.tz/a_b', 'https://briq.tz/a_b'))),
      t(')'),
    ])
    // No style open: the marker is the address's own (a search for everything, a path's end).
    expect(parseFormatting('Zote: https://duka.example/?q=*.')).toEqual([
      t('Zote: '),
      link('https://duka.example/?q=*', 'https://duka.example/?q=*'),
      t('.'),
    ])
    expect(parseFormatting('https://a.example/x_ https://a.example/~')).toEqual([
      link('https://a.example/x_', 'https://a.example/x_'),
      t(' '),
      link('https://a.example/~', 'https://a.example/~'),
    ])
    // A host never ends in one: there it is left out whatever it closes.
    expect(parseFormatting('see https://briq.tz* www.briq.tz_ https://briq.tz:8080~ briq.tz/a*')).toEqual([
      t('see '),
      link('https://briq.tz', 'https://briq.tz'),
      t('* '),
      link('https://www.briq.tz', 'www.briq.tz'),
      t('_ '),
      link('https://briq.tz:8080', 'https://briq.tz:8080'),
      t('~ '),
      link('https://briq.tz/a*', 'briq.tz/a*'),
    ])
    // Another style open does not make a marker a closer; one marker closes a style once.
    expect(parseFormatting('*https://a.example/x_*')).toEqual([
      bold(link('https://a.example/x_', 'https://a.example/x_')),
    ])
    expect(parseFormatting('_https://a.example/x__')).toEqual([
      italic(link('https://a.example/x_', 'https://a.example/x_')),
    ])
  })

  it('does not link a bare scheme, a word-glued URL or anything but http(s)', () => {
    expect(parseFormatting('https:// x')).toEqual([t('https:// x')])
    expect(parseFormatting('xhttps://a.example')).toEqual([t('xhttps://a.example')])
    expect(parseFormatting('me@www.a.example')).toEqual([t('me@www.a.example')])
    expect(parseFormatting('javascript:alert(1) ftp://a.example')).toEqual([t('javascript:alert(1) ftp://a.example')])
  })

  it('leaves an address no browser could open as text, and still formats around it', () => {
    for (const text of ['https://a^b', 'https://a%zz', 'https://x@', 'www.1', 'https://1.2.3.999', 'https://[::1]x']) {
      expect(parseFormatting(text)).toEqual([t(text)])
    }
    expect(parseFormatting('*https://a|b* _https://ok.example_')).toEqual([
      bold(t('https://a|b')),
      t(' '),
      { type: 'italic', children: [link('https://ok.example', 'https://ok.example')] },
    ])
  })

  it('does not link inside code', () => {
    expect(parseFormatting('`https://a.example`')).toEqual([{ type: 'code', text: 'https://a.example' }])
    expect(parseFormatting('`me@briq.tz +255712345678`')).toEqual([{ type: 'code', text: 'me@briq.tz +255712345678' }])
  })
})
