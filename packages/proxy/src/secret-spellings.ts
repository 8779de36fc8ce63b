const escapeRegExp = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')

// Hex digits in either case: escapes, percent-encoding and hex dumps are case-insensitive.
const hexDigits = (value: number, width: number) =>
  [...value.toString(16).padStart(width, '0')]
    .map((digit) => (/[a-f]/.test(digit) ? `[${digit}${digit.toUpperCase()}]` : digit))
    .join('')

// A key echoed lower- or upper-cased (a case-folding log line, a normalising upstream) is still
// most of the key: each character matches in either case.
const cases = (character: string): string[] => [
  ...new Set([character, character.toLowerCase(), character.toUpperCase()]),
]

const either = (spellings: readonly string[]) => `(?:${[...new Set(spellings)].join('|')})`

// The named character references that stand for a printable ASCII character (WHATWG HTML,
// "Named character references"): a page escaping the key (`&amp;`, `&quot;`, `&lowbar;`) still
// shows it. The four marked `;?` are also read without their semicolon.
const NAMED_REFERENCES: Readonly<Record<string, readonly string[]>> = {
  '!': ['excl;'],
  '"': ['quot;?', 'QUOT;?'],
  '#': ['num;'],
  $: ['dollar;'],
  '%': ['percnt;'],
  '&': ['amp;?', 'AMP;?'],
  "'": ['apos;'],
  '(': ['lpar;'],
  ')': ['rpar;'],
  '*': ['ast;', 'midast;'],
  '+': ['plus;'],
  ',': ['comma;'],
  '.': ['period;'],
  '/': ['sol;'],
  ':': ['colon;'],
  ';': ['semi;'],
  '<': ['lt;?', 'LT;?'],
  '=': ['equals;'],
  '>': ['gt;?', 'GT;?'],
  '?': ['quest;'],
  '@': ['commat;'],
  '[': ['lsqb;', 'lbrack;'],
  '\\': ['bsol;'],
  ']': ['rsqb;', 'rbrack;'],
  '^': ['Hat;'],
  _: ['lowbar;', 'UnderBar;'],
  '`': ['grave;', 'DiacriticalGrave;'],
  '{': ['lcub;', 'lbrace;'],
  '|': ['verbar;', 'vert;', 'VerticalLine;'],
  '}': ['rcub;', 'rbrace;'],
}

// A character reference's `&`, also as escaped twice over (`&amp;lt;`, `&amp;#60;`).
const REFERENCE = '&(?:amp;)*'

/** One ASCII character as an HTML character reference: decimal, hex or named. */
function htmlReferences(character: string): string[] {
  const code = character.charCodeAt(0)
  const named = NAMED_REFERENCES[character] ?? []
  return [
    `${REFERENCE}#0*${code};?`,
    `${REFERENCE}#[xX]0*${hexDigits(code, 1)};?`,
    ...named.map((name) => `${REFERENCE}${name}`),
  ]
}

/**
 * Every way one ASCII character of the secret can be written in a response and still decode to
 * it (in either case): as is, as a JSON/JS escape (`\u002d`, `\x2d`, `\/`, also double-escaped),
 * percent-encoded (also double-encoded) and as an HTML character reference, numeric or named
 * (also double-escaped).
 */
function characterPattern(character: string, first = false): string {
  // `\\+` may stand for any run of backslashes (escaped once or twice over). Tried from every
  // position inside a long run, each try scans the rest of the run and backtracks through it:
  // an answer holding a 64 000-backslash run (a message's text or flow data) took a minute,
  // blocking the proxy. The secret's first character therefore starts only at the start of a run.
  const run = first ? '(?<!\\\\)\\\\+' : '\\\\+'
  const escapes: string[] = []
  const spellings = cases(character).flatMap((variant) => {
    const code = variant.charCodeAt(0)
    escapes.push(`u${hexDigits(code, 4)}`, `u\\{0*${hexDigits(code, 1)}\\}`, `x${hexDigits(code, 2)}`)
    return [escapeRegExp(variant), `%(?:25)*${hexDigits(code, 2)}`, ...htmlReferences(variant)]
  })
  // A backslash-escaped quote or slash on an HTML page: `\&quot;` is still `\"`.
  if ('/"\\\''.includes(character)) escapes.push(either([escapeRegExp(character), ...htmlReferences(character)]))
  // The escapes share one run of backslashes (and one look back): fewer branches to try.
  return either([...spellings, `${run}${either(escapes)}`])
}

/** The secret as UTF-16 (little and big endian) bytes read one byte per character. */
function utf16Patterns(secret: string): string[] {
  const character = (c: string) => either(cases(c).map(escapeRegExp))
  const little = [...secret].map((c) => `${character(c)}\\x00`).join('')
  const big = [...secret].map((c) => `\\x00${character(c)}`).join('')
  return [little, big]
}

/** The secret's bytes as a hex dump, each character in either case. */
function hexPattern(secret: string): string {
  return [...secret].map((c) => either(cases(c).map((variant) => hexDigits(variant.charCodeAt(0), 2)))).join('')
}

// Shorter runs of base64 could match by chance.
const MIN_BASE64_CORE = 8

/**
 * The secret (as is, lower- and upper-cased, JSON-escaped, percent-encoded) in base64, standard and URL-safe, padded or not,
 * wherever it sits in a longer base64 run: at each of the three byte offsets mod 3, the
 * characters that encode only the secret's own bits are the same whatever surrounds it.
 */
function base64Patterns(secret: string): string[] {
  const patterns: string[] = []
  // JSON-escaped too: a base64 blob is often a JSON document that quotes the key; percent-encoded
  // too: or a URL that carries it in its query (a sign-in `state`, a link in a token).
  const escaped = JSON.stringify(secret).slice(1, -1)
  const variants = [secret, secret.toLowerCase(), secret.toUpperCase(), escaped, encodeURIComponent(secret)]
  for (const text of new Set(variants)) {
    for (let offset = 0; offset < 3; offset++) {
      const encoded = btoa(`${'\0'.repeat(offset)}${text}`)
      const first = Math.ceil((8 * offset) / 6)
      const last = Math.floor((8 * (offset + text.length) - 6) / 6)
      const core = encoded.slice(first, last + 1)
      if (core.length < MIN_BASE64_CORE) continue
      patterns.push(escapeRegExp(core), escapeRegExp(core.replaceAll('+', '-').replaceAll('/', '_')))
    }
  }
  return [...new Set(patterns)]
}

/**
 * One regular-expression source matching every spelling of a printable-ASCII secret a response
 * could carry and a reader could decode back to it: literal, escaped, percent-encoded or
 * HTML-referenced (each character in either case), UTF-16, a hex dump, or base64.
 */
export function secretPatternSource(secret: string): string {
  const literal = [...secret].map((character, index) => characterPattern(character, index === 0)).join('')
  const encodings = secret.length >= 4 ? [hexPattern(secret), ...base64Patterns(secret)] : []
  return [literal, ...utf16Patterns(secret), ...encodings].join('|')
}
