// Writes src/styles.css (the one shipped stylesheet) from the partials in src/styles/, and the
// token tables in README.md from the token partial. `--check` writes nothing and exits 1 when
// either is out of date or the stylesheet breaks the theming rules. Run: `pnpm styles`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  joinPartials,
  type Partial,
  parseClassic,
  parseTokens,
  styleProblems,
  tokenTables,
  withTokenTables,
} from './style-sheet.ts'

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url))
export const PARTIALS_DIR = at('../src/styles/')
export const STYLESHEET = at('../src/styles.css')
export const README = at('../README.md')
export const TOKENS_PARTIAL = '00-tokens.css'

/** The partials, in the order they are joined. */
export function readPartials(): Partial[] {
  return readdirSync(PARTIALS_DIR)
    .filter((name) => name.endsWith('.css'))
    .sort()
    .map((name) => ({ name, css: readFileSync(`${PARTIALS_DIR}${name}`, 'utf8') }))
}

/** What the stylesheet and the README should contain, from the partials as they are now. */
export function expectedOutputs(): { stylesheet: string; readme: string } {
  const partials = readPartials()
  const tokens = partials.find((partial) => partial.name === TOKENS_PARTIAL)
  if (!tokens) throw new Error(`${PARTIALS_DIR}${TOKENS_PARTIAL} is missing`)
  const tables = tokenTables(parseTokens(tokens.css), parseClassic(tokens.css))
  return { stylesheet: joinPartials(partials), readme: withTokenTables(readFileSync(README, 'utf8'), tables) }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check')
  const { stylesheet, readme } = expectedOutputs()
  const problems = styleProblems(stylesheet)
  for (const problem of problems) console.error(`styles: ${problem}`)
  let stale = false
  for (const [path, text] of [
    [STYLESHEET, stylesheet],
    [README, readme],
  ] as const) {
    if (readFileSync(path, 'utf8') === text) continue
    stale = true
    if (check) console.error(`${path} is out of date: run pnpm styles`)
    else {
      writeFileSync(path, text)
      console.log(`wrote ${path}`)
    }
  }
  if (problems.length > 0 || (check && stale)) process.exitCode = 1
}
