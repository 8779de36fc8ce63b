// The control characters a text field is warned of (`control_character`), by UTF-16 unit: what
// the validators flag and what the issue sentences call each one share these ranges.

/** A C0 control (U+0000–U+001F), DEL (U+007F) or a C1 control (U+0080–U+009F). */
export const isControl = (code: number): boolean => code < 0x20 || (code >= 0x7f && code <= 0x9f)

/** A tab, a line feed or a carriage return: what a multi-line text may hold. */
export const isLineBreakOrTab = (code: number): boolean => code === 0x09 || code === 0x0a || code === 0x0d

/** An embedding, override or isolate (UAX #9: LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI, PDI). */
export const isDirectionControl = (code: number): boolean =>
  (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)

/** What a control character does, as a sentence names it. */
export type ControlKind = 'line_break' | 'tab' | 'direction' | 'invisible'

/** What the control a `control_character` issue names (`params.character`, `U+000A`) does. */
export function controlKind(character: string): ControlKind {
  const code = Number.parseInt(character.slice(2), 16)
  if (code === 0x0a || code === 0x0d) return 'line_break'
  if (code === 0x09) return 'tab'
  return isDirectionControl(code) ? 'direction' : 'invisible'
}
