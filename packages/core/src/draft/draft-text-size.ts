import { LIMITS } from '../limits.ts'

/**
 * The size of `text` in UTF-8 bytes, as a file of it is saved and measured (`openDraftFile` reads
 * a file's size): 1 byte a unit below U+0080, 2 below U+0800, 4 a surrogate pair, and 3 any other
 * UTF-16 unit (a lone surrogate too, which an encoder writes as U+FFFD).
 */
export function utf8Size(text: string): number {
  let bytes = text.length
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i)
    if (unit < 0x80) continue
    if (unit < 0x800) bytes += 1
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      // The pair's two units are counted already: 4 bytes in all.
      bytes += 2
      i += 1
    } else bytes += 2
  }
  return bytes
}

const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff

/**
 * The size of `text` in UTF-8 bytes when it is past `LIMITS.structure.draftFile` (which a file of
 * it would be, so it is refused typed or pasted as it is opened), else undefined.
 */
export function draftTextTooLarge(text: string): number | undefined {
  const limit = LIMITS.structure.draftFile.max
  // At most 3 bytes a UTF-16 unit: a text this short fits without counting (every usual draft).
  if (text.length * 3 <= limit) return undefined
  const size = utf8Size(text)
  return size > limit ? size : undefined
}
