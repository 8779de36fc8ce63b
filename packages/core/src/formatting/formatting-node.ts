/**
 * The node tree `parseFormatting` returns for WhatsApp-formatted text. It is data, never HTML:
 * a renderer (such as the React preview) decides how each node looks.
 *
 * Line breaks: every newline of the source is either a `lineBreak` node or, between two items
 * of one list, the implicit separator of `items`. The newline that ends a quote or a list is
 * kept as a trailing `lineBreak` inside it, so a block never needs a break outside it to end
 * its line.
 */
export type FormattingNode =
  | FormattingText
  | FormattingStyle
  | FormattingCode
  | FormattingMono
  | FormattingQuote
  | FormattingList
  | FormattingLineBreak
  | FormattingLink

/** Plain visible text. Never empty. */
export interface FormattingText {
  /** Discriminant. */
  type: 'text'
  /** The text exactly as written (a marker that did not pair stays here as a literal). */
  text: string
}

/** `*bold*`, `_italic_` or `~strike~`: styled inline content, styles nest. */
export interface FormattingStyle {
  /** Which style: `*` bold, `_` italic, `~` strike. */
  type: 'bold' | 'italic' | 'strike'
  /** The styled content, markers removed. */
  children: FormattingNode[]
}

/** `` `inline code` ``: literal text, no styles inside. */
export interface FormattingCode {
  /** Discriminant. */
  type: 'code'
  /** The code exactly as written between the backticks. */
  text: string
}

/** ` ```monospace``` `: literal text that may span lines. */
export interface FormattingMono {
  /** Discriminant. */
  type: 'mono'
  /** The text exactly as written between the triple backticks, newlines included. */
  text: string
}

/** Consecutive lines starting with `> ` (or `>` and a tab): a block quote. */
export interface FormattingQuote {
  /** Discriminant. */
  type: 'quote'
  /**
   * The quoted lines' inline content, `> ` removed, lines separated by `lineBreak` nodes. A line
   * of `> ` alone is an empty line of the quote, so a quote of such lines only may be empty.
   */
  children: FormattingNode[]
}

/** One item of a `list`. */
export interface FormattingListItem {
  /** Discriminant. */
  type: 'listItem'
  /**
   * An item of a numbered list: the number written before it, shown as written (`1. a` then
   * `1. b` reads 1, 1, as on WhatsApp). Absent for bullets.
   */
  number?: number
  /** The item's inline content, its `* `, `- `, `• ` or `1. ` marker removed. */
  children: FormattingNode[]
}

/**
 * Consecutive lines starting with `* `, `- ` or `• ` (bullets), or with a number of one or two
 * digits and `. ` (`1. `, `7. `, `42. `: numbered, whatever the numbers).
 */
export interface FormattingList {
  /** Discriminant. */
  type: 'list'
  /** `true` for a numbered list. */
  ordered: boolean
  /** The first item's number in a numbered list; absent for bullets. */
  start?: number
  /** The items, one per source line; the newlines between them are implied. */
  items: FormattingListItem[]
}

/** A newline. */
export interface FormattingLineBreak {
  /** Discriminant. */
  type: 'lineBreak'
}

/**
 * A URL found in the text (`https://…`, `http://…`, `www.…`, or a bare host name with a known
 * top-level domain such as `wa.me/255712345678`), an e-mail address (`me@briq.tz`) or a phone
 * number written with its country code (`+255 712 345 678`), linked the way WhatsApp makes them
 * tappable.
 */
export interface FormattingLink {
  /** Discriminant. */
  type: 'link'
  /**
   * Where the link goes: `http://…` or `https://…` for a URL (`www.` and a bare host get
   * `https://`), `mailto:` and the address for an e-mail address, `tel:+` and the digits (no
   * separators, RFC 3966) for a phone number. Nothing else: a renderer may check for these
   * three schemes and drop any other.
   */
  href: string
  /** The link text exactly as written. */
  children: FormattingNode[]
}
