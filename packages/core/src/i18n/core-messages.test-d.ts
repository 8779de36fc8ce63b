import { expectTypeOf } from 'vitest'
import type {
  CoreMessages,
  IssueSentences,
  JSON_TEXT_REASONS,
  JsonTextReason,
  JsonTextSentences,
  PhoneSentences,
} from '../index.ts'

// A host writing a language of its own types each of core's sentence tables by its name from the
// package, as core's own catalogues are typed: the issues are the three tables together.
expectTypeOf<CoreMessages['issues']>().toEqualTypeOf<IssueSentences & PhoneSentences & JsonTextSentences>()
expectTypeOf<JsonTextReason>().toEqualTypeOf<(typeof JSON_TEXT_REASONS)[number]>()
