import type { Issue } from '../../issue.ts'
import { ownEntry } from '../../own-entry.ts'
import { quotedCharacters } from '../character-label.ts'
import type { JsonTextSentences } from '../core-messages.ts'
import { subjectEn as subject } from './field-names.ts'
import { sizeEn } from './grammar.ts'

// What the JSON grammar wanted (JsonExpected) where a text stops being JSON.
const JSON_EXPECTED: Record<string, string> = {
  value: 'a value',
  name: 'a property name in double quotes',
  colon: '":"',
  object_next: '"," or "}"',
  array_next: '"," or "]"',
  end: 'the end of the JSON',
  string_end: 'the closing double quote',
  escape: 'an escape such as \\n, \\" or \\u00e9',
  digit: 'a digit',
}

// What a JavaScript habit that JSON refuses (JsonSyntaxCause) needs changed.
const JSON_CAUSE: Record<string, string> = {
  comment: 'JSON has no comments; remove it',
  trailing_comma: 'JSON takes no "," after the last item; remove it',
  single_quotes: 'JSON puts text and property names in double quotes ("), not single ones',
}

/** "expected a value, found "}"" or "… but the text ends", from the position data only. */
function jsonProblem(i: Issue): string {
  const { line, column, expected = '', found, cause } = i.params ?? {}
  const where = line === undefined ? 'is not valid JSON' : `is not valid JSON at line ${line}, column ${column}`
  const habit = cause === undefined ? undefined : ownEntry(JSON_CAUSE, cause)
  const what =
    habit !== undefined
      ? habit
      : expected === 'control'
        ? 'a line break or tab inside quotes must be written as \\n or \\t'
        : expected === ''
          ? undefined
          : `expected ${ownEntry(JSON_EXPECTED, expected) ?? expected}, ${found === undefined ? 'but the text ends' : `found ${quotedCharacters(found)}`}`
  return `${i.params?.file ?? subject(i)} ${where}${what === undefined ? '' : `: ${what}`}`
}

/**
 * English sentences for text that is not JSON. The draft model words its issues with these
 * (`wordedWith(issue, jsonTextSentencesEn)`), so the validators' bundle carries none of them.
 */
export const jsonTextSentencesEn: JsonTextSentences = {
  not_json: jsonProblem,
  not_json_object: (i) => `${i.params?.file ?? subject(i)} must be a JSON object, in curly braces { }`,
  json_text_too_large: (i) =>
    `${subject(i)} is too large to read here: ${sizeEn(i.actual ?? 0)}, and at most ${sizeEn(i.limit ?? 0)} is read (a message is far smaller); nothing was changed`,
  json_text_too_deep: (i) =>
    `${i.params?.file ?? subject(i)} nests more than ${i.limit} levels deep, past what is read here (a message needs far fewer); nothing was changed`,
  json_number_too_big: (i) =>
    `${i.params?.file ?? subject(i)} has a number too large to read at ${i.params?.key ?? ''} (past about 1.8e308 it would read as infinity and be written as null); nothing was changed`,
  other_message: (i) =>
    `${i.params?.file ?? 'This text'} holds a WhatsApp "${i.params?.type ?? ''}" message, not an interactive one`,
}
