import { INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'
import { describe, expect, it } from 'vitest'
import { REPLY_ANSWERS } from './reply-answers.ts'
import { replyChoices } from './reply-choices.ts'

const NOW = Date.UTC(2026, 5, 24, 8)

// REPLY_ANSWERS is what a host's panel offers: the mock must take exactly those answers, and a
// message a tap answers (or none) takes none of them.
describe('REPLY_ANSWERS', () => {
  it.each(Object.entries(REPLY_ANSWERS))('are the answers a %s takes', (type, answers) => {
    const example = INTERACTIVE_EXAMPLES[type as keyof typeof REPLY_ANSWERS]
    expect(replyChoices(example, NOW).map((choice) => choice.id)).toEqual(answers)
  })

  it('name no message a tap answers, or none does', () => {
    for (const [type, example] of Object.entries(INTERACTIVE_EXAMPLES)) {
      if (Object.hasOwn(REPLY_ANSWERS, type)) continue
      const ids = replyChoices(example, NOW).map((choice) => choice.id)
      for (const answers of Object.values(REPLY_ANSWERS)) {
        for (const answer of answers) expect(ids, type).not.toContain(answer)
      }
    }
  })
})
