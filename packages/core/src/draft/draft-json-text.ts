/**
 * JSON text of a draft (or of what holds one: a saved draft's entry), as the kit writes it
 * everywhere: the JSON tab, a download, the draft saved in storage. As `JSON.stringify` writes it
 * (`indent` spaces, or none), except that a number too large for JSON (`1e400` in a stored draft,
 * a host's value, read as Infinity) is written `1e999` (`-1e999`), which every JSON reader reads
 * back as the same infinite number, not as `null`: the tab shows the person a number too large,
 * reading it names where, and a draft saved and restored keeps it. Throws as `JSON.stringify`
 * does (a cycle, a BigInt); a value it writes nothing for (`undefined`) is `null`.
 */
export function draftJsonText(value: unknown, indent?: number): string {
  const text = JSON.stringify(value, null, indent) ?? 'null'
  // Only a text with a null can have held an infinite number: the rest are written once.
  return text.includes('null') ? withTooBigNumbers(value, text, indent) : text
}

// Stands for an infinite number while the draft is written; a text of the draft's own that is
// just this (never typed: it starts with a NUL) leaves them all written as JSON writes them.
const TOO_BIG = '\u0000briq:1e999'
const TOO_BIG_TEXT = /"(-?)\\u0000briq:1e999"/g

function withTooBigNumbers(value: unknown, text: string, indent: number | undefined): string {
  let infinite = 0
  const marked = JSON.stringify(
    value,
    (_key, member: unknown) => {
      if (member !== Number.POSITIVE_INFINITY && member !== Number.NEGATIVE_INFINITY) return member
      infinite += 1
      return member === Number.POSITIVE_INFINITY ? TOO_BIG : `-${TOO_BIG}`
    },
    indent,
  )
  if (infinite === 0 || marked.match(TOO_BIG_TEXT)?.length !== infinite) return text
  return marked.replace(TOO_BIG_TEXT, '$11e999')
}
