import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { expectedOutputs, README, STYLESHEET } from './build-styles.ts'
import { parseClassic, parseTokens, styleProblems, tokenTables } from './style-sheet.ts'

describe('the shipped stylesheet and its README tables', () => {
  const expected = expectedOutputs()

  it('src/styles.css is exactly the partials joined (run `pnpm styles` after editing a partial)', () => {
    expect(readFileSync(STYLESHEET, 'utf8')).toBe(expected.stylesheet)
  })

  it("the README's token tables are generated from the token partial (run `pnpm styles`)", () => {
    expect(readFileSync(README, 'utf8')).toBe(expected.readme)
  })

  it('keeps the theming and scoping rules: host values win, defaults exist, nothing global', () => {
    expect(styleProblems(expected.stylesheet)).toEqual([])
  })

  it('documents every token it reads, and reads every token it documents', () => {
    const documented = new Set(
      parseTokens(readFileSync(new URL('../src/styles/00-tokens.css', import.meta.url), 'utf8')).flatMap((group) =>
        group.tokens.map((token) => token.name),
      ),
    )
    const code = expected.stylesheet.replace(/\/\*[\s\S]*?\*\//g, '')
    const read = new Set([...code.matchAll(/var\((--bi-[\w-]+)/g)].map((match) => match[1]))
    expect([...read].filter((name) => !documented.has(name as string))).toEqual([])
    expect([...documented].filter((name) => !read.has(name))).toEqual([])
  })
})

describe('styleProblems', () => {
  const defaults = ':where(.bi-root) { --_bi-text: #000; --_bi-focus: blue; }\n'
  const problems = (css: string) => styleProblems(defaults + css)

  it('accepts a rule that reads tokens the house way', () => {
    expect(problems('.bi-x .bi-y:focus-visible { color: var(--bi-text, var(--_bi-text)); }')).toEqual([])
  })

  it('flags a token read without the default, or with another token’s default', () => {
    expect(problems('.bi-x { color: var(--bi-text); }')).toEqual([
      'var(--bi-text); }… should read var(--bi-text, var(--_bi-text))',
    ])
    expect(problems('.bi-x { color: var(--bi-text, var(--_bi-focus)); }')).toHaveLength(1)
    expect(problems('.bi-x { color: var(--bi-text, red); }')).toHaveLength(1)
  })

  it('flags a default that does not exist, and a public token the kit declares', () => {
    expect(problems('.bi-x { color: var(--bi-nope, var(--_bi-nope)); }')).toEqual([
      '--_bi-nope is used but has no default',
    ])
    expect(problems('.bi-x { --bi-text: red; }')).toEqual([
      '--bi-text is declared by the kit: only hosts set --bi-*; give the default as --_bi-*',
    ])
  })

  it('flags prefers-color-scheme, global selectors and classes outside bi-', () => {
    expect(problems('@media (prefers-color-scheme: dark) { .bi-x { color: red; } }')).toHaveLength(1)
    expect(problems('body, .bi-x { margin: 0; }')).toEqual([
      'selector "body" has no .bi-* class: it would style the host',
    ])
    expect(problems('.bi-x .btn { margin: 0; }')).toEqual([
      'selector ".bi-x .btn" styles an element without a .bi-* class: give it one',
      'class .btn in ".bi-x .btn" is not prefixed bi-',
    ])
    expect(problems('@keyframes bi-in { from { opacity: 0; } 50.5% { opacity: 1; } }')).toEqual([])
  })

  it('flags selectors whose element has no bi-* class, which a host element inside or beside a part matches', () => {
    expect(problems('.bi-x *, .bi-x > li::before, .bi-x + p, .bi-x ~ :not(.bi-y) { margin: 0; }')).toEqual([
      'selector ".bi-x *" styles an element without a .bi-* class: give it one',
      'selector ".bi-x > li::before" styles an element without a .bi-* class: give it one',
      'selector ".bi-x + p" styles an element without a .bi-* class: give it one',
      'selector ".bi-x ~ :not(.bi-y)" styles an element without a .bi-* class: give it one',
    ])
    expect(
      problems(
        '.bi-x > .bi-y::before, .bi-x:has(> .bi-z) .bi-y, :where(.bi-root) :where(.bi-y), [class^="bi-"], .bi-x li.bi-y:not(p) { margin: 0; }',
      ),
    ).toEqual([])
    // Only a class that starts with bi-: `[class*="bi-"]` alone would match a host's `mobi-nav`.
    expect(problems('[class*="bi-"], .bi-x [class^=" bi-"] { margin: 0; }')).toEqual([
      'selector "[class*="bi-"]" has no .bi-* class: it would style the host',
      'selector ".bi-x [class^=" bi-"]" styles an element without a .bi-* class: give it one',
    ])
    expect(problems('@keyframes fade { from { opacity: 0; } }')).toEqual([
      "@keyframes fade is not prefixed bi-: it could replace the host's own",
    ])
  })
})

describe('parseTokens and tokenTables', () => {
  const css = `:where(.bi-root) {
  /* == Colours == */
  /* Main text. */
  --_bi-text: light-dark(rgba(0, 0, 0, 0.6), #fafafa);
  /* Hint text. */
  --_bi-hint: var(--bi-text, var(--_bi-text));
  /* == Shapes == */
  /* Corners. */
  --_bi-radius: 8px;
}
:where(.bi-root[data-palette="classic"]) {
  --_bi-text: light-dark(#111b21, #e9edef);
}`

  it('reads each token with its two schemes and what it styles, by group', () => {
    expect(parseTokens(css)).toEqual([
      {
        title: 'Colours',
        tokens: [
          { name: '--bi-text', light: 'rgba(0, 0, 0, 0.6)', dark: '#fafafa', description: 'Main text.' },
          { name: '--bi-hint', light: '--bi-text', dark: '--bi-text', description: 'Hint text.' },
        ],
      },
      { title: 'Shapes', tokens: [{ name: '--bi-radius', light: '8px', dark: '8px', description: 'Corners.' }] },
    ])
    expect(parseClassic(css)).toEqual([{ name: '--bi-text', light: '#111b21', dark: '#e9edef' }])
  })

  it('refuses an undocumented token', () => {
    expect(() => parseTokens(':where(.bi-root) {\n  /* == A == */\n  --_bi-x: 1px;\n}')).toThrow(
      '--_bi-x has no comment saying what it styles',
    )
  })

  it('writes one table per group and one for the classic palette', () => {
    const tables = tokenTables(parseTokens(css), parseClassic(css))
    expect(tables).toContain('#### Colours\n\n| Token | Light | Dark | What it styles |')
    expect(tables).toContain('| `--bi-text` | `rgba(0, 0, 0, 0.6)` | `#fafafa` | Main text. |')
    expect(tables).toContain('| `--bi-radius` | `8px` | same | Corners. |')
    expect(tables).toContain('| `--bi-text` | `#111b21` | `#e9edef` |')
  })
})
