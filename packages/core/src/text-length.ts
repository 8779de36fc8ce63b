/**
 * Counts characters the way the validators do: Unicode code points, so "👍🏽" is 2 and "é" (one
 * code point) is 1. Meta never defines "character" and client libraries count differently
 * (UTF-16 units, bytes); code points are the reading taken here, with a UTF-16 check as a warning.
 */
export function countCharacters(text: string): number {
  // A high surrogate followed by a low one is a single code point; a lone surrogate counts as one.
  return text.length - (text.match(SURROGATE_PAIR)?.length ?? 0)
}

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g

/**
 * Half of a UTF-16 pair (a lone surrogate, Unicode general category Cs), as text cut by UTF-16
 * length leaves half an emoji: with the u flag a whole pair is one code point, so only a half
 * matches. Global: use it with `match`, `search` or `replace` (they ignore `lastIndex`).
 */
export const BROKEN_CHARACTER = /\p{Cs}/gu

/** `text` without halves of UTF-16 pairs (`BROKEN_CHARACTER`); whole emoji stay. */
export const withoutBrokenCharacters = (text: string): string => text.replace(BROKEN_CHARACTER, '')

/**
 * The index in UTF-16 code units where the text passes `max` code points, or `-1` when it
 * does not. The preview marks overflow from there, so the index is moved back to the start of
 * the character the reader sees (the grapheme cluster, UAX #29) that holds the first code point
 * past `max`: a mark never splits an emoji (👨‍👩‍👧, a flag 🇹🇿, 👍🏽) or a letter from its accent.
 */
export function overflowIndex(text: string, max: number): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    if (count === max) return characterEdge(text, i)
    const code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
    }
    count++
  }
  return -1
}

let graphemes: Intl.Segmenter | undefined

/**
 * `index` (in UTF-16 code units) moved out of the character the reader sees (the grapheme
 * cluster, UAX #29) that it would split: back to the character's start, or forward to its end
 * when `forward`; `index` itself at a boundary. Where Intl.Segmenter is missing, only out of a
 * surrogate pair.
 */
export function characterEdge(text: string, index: number, forward = false): number {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') {
    const high = text.charCodeAt(index - 1)
    const low = text.charCodeAt(index)
    const inside = high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff
    return inside ? index + (forward ? 1 : -1) : index
  }
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  const character = graphemes.segment(text).containing(index)
  if (character === undefined || character.index === index) return index
  return forward ? character.index + character.segment.length : character.index
}

// Line breaks as WhatsApp renders them; keepLineBreaks must count as countLineBreaks does.
const LINE_BREAKS = /\r\n|[\n\r\u2028\u2029]/g
// Built on first use: a module-level `new RegExp` stays in every bundle that loads this module.
let spacedLineBreaks: RegExp | undefined

/**
 * Counts line breaks as WhatsApp renders them: CRLF once, a lone CR or LF, and the Unicode line
 * and paragraph separators (U+2028, U+2029). A carousel card body allows few
 * (`LIMITS.carousel.cardBodyLineBreaks`).
 */
export function countLineBreaks(text: string): number {
  return text.match(LINE_BREAKS)?.length ?? 0
}

let lineBreakSearch: RegExp | undefined

/**
 * The first line break at or after `from`, counted as `countLineBreaks` does (CRLF is one
 * break of length 2), or `undefined`: where the preview ends a line.
 */
export function nextLineBreak(text: string, from: number): { at: number; length: number } | undefined {
  lineBreakSearch ??= new RegExp(LINE_BREAKS.source, 'g')
  lineBreakSearch.lastIndex = from
  const found = lineBreakSearch.exec(text)
  return found === null ? undefined : { at: found.index, length: found[0].length }
}

/**
 * The index in UTF-16 code units of the first line break past `max` (counted as
 * `countLineBreaks` does), or `-1` when there are at most `max`: where the preview marks a
 * carousel card body that passes `LIMITS.carousel.cardBodyLineBreaks`.
 */
export function lineBreakOverflowIndex(text: string, max: number): number {
  let from = 0
  for (let seen = 0; ; seen++) {
    const lineBreak = nextLineBreak(text, from)
    if (lineBreak === undefined) return -1
    if (seen === max) return lineBreak.at
    from = lineBreak.at + lineBreak.length
  }
}

/**
 * `text` with at most `max` line breaks (counted as `countLineBreaks` does): each break past
 * the first `max` becomes one space, so the lines after them join the last line kept and no
 * word is lost.
 */
export function keepLineBreaks(text: string, max: number): string {
  let seen = 0
  spacedLineBreaks ??= new RegExp(`[ \\t]*(?:${LINE_BREAKS.source})[ \\t]*`, 'g')
  return text.replace(spacedLineBreaks, (lineBreak) => {
    seen += 1
    return seen <= max ? lineBreak : ' '
  })
}

/**
 * Emoji, as WhatsApp's "no emoji" rule for the flow CTA reads them (`LIMITS.flow.cta`; Meta's
 * Sending a Flow guide advises none, libraries reject them): what renders as an emoji, not a
 * symbol that renders as text (Unicode UTS #51, emoji presentation). A keycap (a digit, # or *
 * with U+20E3: 1️⃣); a character drawn as an emoji by default (Emoji_Presentation: 📅, flags,
 * skin tones); a character given a skin tone (☝🏽, where ☝ alone is text); any emoji character
 * asking for it with U+FE0F (©️, ❤️), where ©, ™, ‼ or ↔ alone are text; a pictograph not yet
 * assigned, a future emoji the tables here may not know.
 */
export const EMOJI =
  /[#*0-9]\uFE0F?\u20E3|\p{Emoji_Modifier_Base}\p{Emoji_Modifier}|\p{Emoji_Presentation}|\p{Emoji}\uFE0F|(?=\p{Cn})\p{Extended_Pictographic}/u

/**
 * A symbol with an emoji form that draws as text by default (UTS #51: Emoji and
 * Extended_Pictographic but not Emoji_Presentation, with no U+FE0F after it): "❤" (U+2764), ☎, ✔,
 * ©, ™, ↔; a U+FE0E after it (asking for text) goes with it. `EMOJI` leaves these out, yet many
 * apps draw some of them as emoji all the same, and Meta does not say whether its "no emoji"
 * rule for the flow CTA counts them: `textStyleEmoji` finds one for a warning. Not a digit, # or
 * * (Emoji, but no pictograph).
 */
const TEXT_STYLE_EMOJI =
  /(?!\p{Emoji_Presentation})(?=\p{Emoji})\p{Extended_Pictographic}(?![\uFE0F\u{1F3FB}-\u{1F3FF}])\uFE0E?/u

/** The first symbol of `text` that draws as text by default but has an emoji form (`TEXT_STYLE_EMOJI`), without its U+FE0E; or undefined. */
export function textStyleEmoji(text: string): string | undefined {
  const found = TEXT_STYLE_EMOJI.exec(text)?.[0]
  return found?.replace('\uFE0E', '')
}

let textStyleEmojiSpaced: RegExp | undefined

/** `text` without the symbols `textStyleEmoji` finds, each run of them and its spaces one space, then trimmed. */
export function withoutTextStyleEmoji(text: string): string {
  textStyleEmojiSpaced ??= new RegExp(` *(?:${TEXT_STYLE_EMOJI.source})+ *`, 'gu')
  return text.replace(textStyleEmojiSpaced, ' ').trim()
}

// What binds to the emoji before it: U+FE0F, a skin tone, a tag character (U+E0020–U+E007F).
const BINDS = '[\\uFE0F\\u{1F3FB}-\\u{1F3FF}\\u{E0020}-\\u{E007F}]'

// Built on first use, as `spacedLineBreaks`.
let emojiSpaced: RegExp | undefined

// A keycap is a plain digit, # or * drawn in a box (UTS #51): the box goes, the character stays;
// so does one asking for emoji presentation alone (1 and U+FE0F).
const KEYCAP = /([#*0-9])[\uFE0F\u20E3]+/gu

/**
 * `text` without its emoji, each run of them and its spaces one space, then trimmed; a keycap
 * keeps its digit ("Chagua 1️⃣" → "Chagua 1"), so no number the person wrote is lost, and a
 * symbol that renders as text (©, ™) stays.
 */
export function withoutEmoji(text: string): string {
  // One emoji with what binds to it: its variation selector, skin tones, the invisible tag
  // characters of a subdivision flag (🏴 + "gbeng" + cancel tag is England's, UTS #51 ED-14a)
  // and ZWJ sequence.
  emojiSpaced ??= new RegExp(
    ` *(?:(?:${EMOJI.source})${BINDS}*(?:\\u200D\\p{Extended_Pictographic}${BINDS}*)*)+ *`,
    'gu',
  )
  return text.replace(KEYCAP, '$1').replace(emojiSpaced, ' ').trim()
}
