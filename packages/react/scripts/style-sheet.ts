// Pure helpers behind build-styles.ts: join the partials into the one shipped stylesheet,
// check the house rules for it, and turn the token block into the README's tables.

/** One partial stylesheet from src/styles/. */
export interface Partial {
  name: string
  css: string
}

/** One documented token: its public name, default in each scheme, and what it styles. */
export interface Token {
  name: string
  light: string
  dark: string
  description: string
}

/** Tokens under one `/* == Title == *\/` heading of the token block. */
export interface TokenGroup {
  title: string
  tokens: Token[]
}

const HEADER = `/*
 * @briq-interactive/react styles: one plain CSS file, no @import, nothing global. Every class is
 * bi-*, every colour, radius and font a --bi-* custom property (see the package README).
 * Generated from src/styles/*.css by scripts/build-styles.ts: edit those partials, then run
 * \`pnpm styles\`. A test fails while this file and the partials disagree.
 */
`

/** The shipped stylesheet: a header, then every partial in file-name order. */
export function joinPartials(partials: Partial[]): string {
  const ordered = [...partials].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return `${[HEADER, ...ordered.map((partial) => partial.css.trim())].join('\n')}\n`
}

const stripComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))

/** Splits `text` at its top-level commas (commas inside parentheses stay). */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '(') depth++
    else if (char === ')') depth--
    else if (char === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim())
      start = i + 1
    }
  }
  parts.push(text.slice(start).trim())
  return parts
}

/**
 * Where the stylesheet breaks the theming and scoping rules, as readable lines (empty when it
 * keeps them): every `var(--bi-x…)` is `var(--bi-x, var(--_bi-x))` with a declared default; the
 * kit never declares a public `--bi-*` property; no `prefers-color-scheme` (light-dark() does
 * that once); every class is `bi-*`, every selector styles only elements with one (nothing
 * global, no host element inside or beside a part) and every `@keyframes` is `bi-*`.
 */
export function styleProblems(css: string): string[] {
  const problems: string[] = []
  const code = stripComments(css).replace(/url\((?:"[^"]*"|'[^']*'|[^)]*)\)/g, 'url()')
  const declared = new Set([...code.matchAll(/(--_bi-[\w-]+)\s*:/g)].map((match) => match[1]))
  for (const match of code.matchAll(/var\(\s*--bi-([\w-]+)([^)]*\))?/g)) {
    const name = match[1] ?? ''
    const expected = `var(--bi-${name}, var(--_bi-${name}))`
    if (!code.startsWith(expected, match.index)) {
      problems.push(`${code.slice(match.index, match.index + 60).split('\n')[0]}… should read ${expected}`)
    }
  }
  for (const match of code.matchAll(/var\(\s*(--_bi-[\w-]+)/g)) {
    if (!declared.has(match[1])) problems.push(`${match[1]} is used but has no default`)
  }
  for (const match of code.matchAll(/(?<![\w-])(--bi-[\w-]+)\s*:/g)) {
    problems.push(`${match[1]} is declared by the kit: only hosts set --bi-*; give the default as --_bi-*`)
  }
  if (/prefers-color-scheme/.test(code)) {
    problems.push('prefers-color-scheme is used: write light-dark(light, dark) once instead')
  }
  checkSelectors(code, problems)
  return problems
}

/**
 * A kit class in a selector: `.bi-x`, or any element with a `bi-` class, written as the pair
 * `[class^="bi-"]`, `[class*=" bi-"]` (a bare `[class*="bi-"]` would match a host's `mobi-nav`).
 */
const KIT_CLASS = /\.bi-|\[class\^="bi-"\]|\[class\*=" bi-"\]/

/**
 * The compound a selector styles (its last one, after the last combinator), without its
 * pseudo-element and without `:not()`/`:has()`, which say nothing about what the element is:
 * `.bi-x > li::before` styles `li`, which a host could put there.
 */
export function subjectOf(selector: string): string {
  let depth = 0
  let start = 0
  for (let i = 0; i < selector.length; i++) {
    const char = selector[i] ?? ''
    if (char === '(' || char === '[') depth++
    else if (char === ')' || char === ']') depth--
    else if (depth === 0 && /[\s>+~]/.test(char)) start = i + 1
  }
  return selector
    .slice(start)
    .replace(/::[\w-]+(\([^)]*\))?$/, '')
    .replace(/:(?:not|has)\((?:[^()]|\([^()]*\))*\)/g, '')
}

function checkSelectors(code: string, problems: string[]): void {
  const stack: string[] = []
  let start = 0
  for (let i = 0; i < code.length; i++) {
    const char = code[i]
    if (char === ';') start = i + 1
    else if (char === '}') {
      stack.pop()
      start = i + 1
    } else if (char === '{') {
      const prelude = code.slice(start, i).trim()
      start = i + 1
      const inKeyframes = stack.some((entry) => entry.startsWith('@keyframes'))
      stack.push(prelude)
      const keyframes = /^@keyframes\s+([\w-]+)/.exec(prelude)
      if (keyframes && !keyframes[1]?.startsWith('bi-')) {
        problems.push(`@keyframes ${keyframes[1]} is not prefixed bi-: it could replace the host's own`)
      }
      if (prelude.startsWith('@') || inKeyframes) continue
      for (const selector of splitTopLevel(prelude)) {
        if (!KIT_CLASS.test(selector))
          problems.push(`selector "${selector}" has no .bi-* class: it would style the host`)
        else if (!KIT_CLASS.test(subjectOf(selector))) {
          problems.push(`selector "${selector}" styles an element without a .bi-* class: give it one`)
        }
        for (const match of selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) {
          if (!match[1]?.startsWith('bi-')) problems.push(`class .${match[1]} in "${selector}" is not prefixed bi-`)
        }
      }
    }
  }
}

const DEFAULTS_BLOCK = /:where\(\.bi-root\)\s*\{([\s\S]*?)\n\}/
const CLASSIC_BLOCK = /:where\(\.bi-root\[data-palette="classic"\]\)\s*\{([\s\S]*?)\n\}/

/** A default as the README shows it: its two schemes, with `var(--bi-x, …)` shown as `--bi-x`. */
function schemes(value: string): { light: string; dark: string } {
  const shown = value.replace(/\s+/g, ' ').replace(/var\(--bi-([\w-]+), var\(--_bi-\1\)\)/g, '--bi-$1')
  const lightDark = /^light-dark\((.*)\)$/.exec(shown)
  if (!lightDark) return { light: shown, dark: shown }
  const [light = '', dark = ''] = splitTopLevel(lightDark[1] ?? '')
  return { light, dark }
}

/**
 * The documented tokens from the token partial: each `--_bi-x: value;` preceded by a one-line
 * comment saying what it styles, grouped under `/* == Title == *\/` headings. Throws when a
 * default has no comment, so no token goes undocumented.
 */
export function parseTokens(tokensCss: string): TokenGroup[] {
  const block = DEFAULTS_BLOCK.exec(tokensCss)?.[1]
  if (!block) throw new Error('no :where(.bi-root) { … } block in the token partial')
  const groups: TokenGroup[] = []
  let description: string | undefined
  const pattern = /\/\*\s*([\s\S]*?)\s*\*\/|--_bi-([\w-]+)\s*:\s*([^;]+);/g
  for (const match of block.matchAll(pattern)) {
    const [, comment, name, value] = match
    if (comment !== undefined) {
      const heading = /^==\s*(.+?)\s*==$/.exec(comment)
      if (heading) groups.push({ title: heading[1] ?? '', tokens: [] })
      else description = comment.replace(/\s+/g, ' ')
      continue
    }
    const group = groups[groups.length - 1]
    if (!group) throw new Error(`--_bi-${name} comes before the first /* == heading == */`)
    if (!description) throw new Error(`--_bi-${name} has no comment saying what it styles`)
    group.tokens.push({ name: `--bi-${name}`, ...schemes(value ?? ''), description })
    description = undefined
  }
  return groups
}

/** The classic palette's overrides, as `{ name, light, dark }`. */
export function parseClassic(tokensCss: string): Omit<Token, 'description'>[] {
  const block = CLASSIC_BLOCK.exec(tokensCss)?.[1] ?? ''
  return [...block.matchAll(/--_bi-([\w-]+)\s*:\s*([^;]+);/g)].map(([, name, value]) => ({
    name: `--bi-${name}`,
    ...schemes(value ?? ''),
  }))
}

const cell = (text: string) => `\`${text.replace(/\|/g, '\\|')}\``

/** The README's token tables (one per group, then the classic palette). */
export function tokenTables(groups: TokenGroup[], classic: Omit<Token, 'description'>[]): string {
  const lines: string[] = []
  for (const group of groups) {
    lines.push(`#### ${group.title}`, '', '| Token | Light | Dark | What it styles |', '|---|---|---|---|')
    for (const token of group.tokens) {
      const dark = token.dark === token.light ? 'same' : cell(token.dark)
      lines.push(`| \`${token.name}\` | ${cell(token.light)} | ${dark} | ${token.description} |`)
    }
    lines.push('')
  }
  lines.push(
    '#### Classic palette (`palette="classic"` on the preview)',
    '',
    '| Token | Light | Dark |',
    '|---|---|---|',
  )
  for (const token of classic) {
    const dark = token.dark === token.light ? 'same' : cell(token.dark)
    lines.push(`| \`${token.name}\` | ${cell(token.light)} | ${dark} |`)
  }
  return lines.join('\n')
}

export const TABLES_BEGIN = '<!-- tokens:begin (generated from src/styles/00-tokens.css by `pnpm styles`) -->'
export const TABLES_END = '<!-- tokens:end -->'

/** `readme` with the text between the token markers replaced by `tables`. */
export function withTokenTables(readme: string, tables: string): string {
  const begin = readme.indexOf(TABLES_BEGIN)
  const end = readme.indexOf(TABLES_END)
  if (begin === -1 || end < begin) throw new Error(`the README has no ${TABLES_BEGIN} … ${TABLES_END} markers`)
  return `${readme.slice(0, begin + TABLES_BEGIN.length)}\n\n${tables}\n\n${readme.slice(end)}`
}
