import { describe, expect, it } from 'vitest'
import { BriqError } from '../client/briq-error.ts'
import { readErrorBody } from '../client/read-error-body.ts'
import { briqErrorEnvelope, toBriqErrors } from '../contract/to-briq-errors.ts'
import { formatIssue } from '../i18n/format-issue.ts'
import { coreMessagesSw } from '../i18n/messages-sw.ts'
import { worded } from '../i18n/worded.ts'
import type { Issue } from '../issue.ts'
import { validateSendRequest } from '../validation/validate-send-request.ts'
import { briqWords } from './briq-words.ts'
import { refusalIssues } from './refusal-issues.ts'
import { sendFailureReason } from './send-failure-reason.ts'

const reply = (id: string, title: string) => ({ type: 'reply', reply: { id, title } })

// The request a page might send past its own checks (another page's rules, a host's client).
const invalid = {
  to: '255712345678',
  interactive: {
    type: 'button',
    body: { text: 'x'.repeat(2000) },
    action: { buttons: [reply('a', 'Ndiyo'), reply('b', 'Ndiyo'), reply('c', 'A title far too long for it')] },
  },
}

function issuesOf(request: unknown): Issue[] {
  const result = validateSendRequest(request)
  if (result.ok) throw new Error('expected issues')
  return result.issues
}

/** The error the client makes of a 422 answered with `errors`, as they travel (JSON). */
function answered(errors: unknown[]): BriqError {
  const body: unknown = JSON.parse(JSON.stringify(briqErrorEnvelope(errors as never, 'req-1')))
  const read = readErrorBody(body, 422)
  return new BriqError({ kind: 'http', status: 422, message: 'refused', code: read.code, errors: read.errors })
}

describe("a 422 of the kit's proxy or mock, read back: its issues, worded in any language", () => {
  it('keeps every issue on its error, so formatIssue words it as the validator’s own', () => {
    const issues = issuesOf(invalid)
    const error = answered(toBriqErrors(issues))
    expect(refusalIssues(error)).toEqual(issues)
    expect(refusalIssues(error).map((issue) => formatIssue(issue, coreMessagesSw))).toEqual(
      issues.map((issue) => formatIssue(issue, coreMessagesSw)),
    )
    expect(formatIssue(refusalIssues(error)[0] as Issue, coreMessagesSw)).toBe(
      'Maandishi ya ujumbe yana herufi 2000; WhatsApp inaruhusu hadi 1024',
    )
    // Briq's keys read as before.
    expect(error.code).toBe('VALIDATION_ERROR')
    expect(error.errors.map((detail) => detail.field)).toEqual([
      'interactive.body.text',
      'interactive.action.buttons.2.reply.title',
      'interactive.action.buttons.1.reply.title',
    ])
    // The repeated title's issue keeps the values its sentence quotes.
    expect(refusalIssues(error)[2]?.params).toMatchObject({
      value: 'Ndiyo',
      first: ['action', 'buttons', 0, 'reply', 'title'],
    })
  })

  it('reads such a 422 as the validation failure it is, with no Briq words beside it', () => {
    const error = answered(toBriqErrors(issuesOf(invalid)))
    expect(sendFailureReason(error)).toEqual({ reason: 'validation' })
    expect(briqWords(error)).toEqual([])
  })

  it("keeps Briq's own words where Briq's errors carry no issue, beside the kit's issues", () => {
    const [ours] = toBriqErrors(issuesOf(invalid))
    const briqs = { code: 'INVALID_PHONE', message: 'Phone number is not on WhatsApp', field: 'to' }
    const error = answered([ours, briqs])
    expect(sendFailureReason(error).reason).toBe('other')
    expect(refusalIssues(error).map((issue) => issue.code)).toEqual(['too_long'])
    expect(briqWords(error, coreMessagesSw)).toEqual([
      { message: 'Phone number is not on WhatsApp', field: 'Namba ya mpokeaji (to)', path: ['to'] },
    ])
    // Briq's own 422 (FastAPI's): no issue, Briq's words.
    const briq = answered([
      {
        code: 'VALIDATION_ERROR',
        message: 'String should have at most 1024 characters',
        field: 'interactive.body.text',
      },
    ])
    expect(refusalIssues(briq)).toEqual([])
    expect(sendFailureReason(briq).reason).toBe('other')
    expect(briqWords(briq)).toHaveLength(1)
  })

  it('keeps no issue that is not whole, or is about another field than its error names', () => {
    const [ours] = toBriqErrors(issuesOf(invalid))
    if (ours?.issue === undefined) throw new Error('expected an issue')
    const { issue } = ours
    const spoilt: unknown[] = [
      { ...issue, path: ['interactive', 'footer', 'text'] },
      { ...issue, path: 'interactive.body.text' },
      { ...issue, path: ['interactive', 'body', -1] },
      { ...issue, code: 7 },
      { ...issue, code: '' },
      { ...issue, limit: '1024' },
      { ...issue, actual: null },
      { ...issue, rule: 'meta' },
      { ...issue, reason: 3 },
      { ...issue, params: { value: { nested: true } } },
      { ...issue, params: ['a'] },
      'too_long',
    ]
    for (const bad of spoilt) {
      const error = answered([{ ...ours, issue: bad }])
      expect(error.errors[0]?.issue).toBeUndefined()
      expect(refusalIssues(error)).toEqual([])
      expect(briqWords(error)[0]?.message).toBe(ours.message)
    }
    // A request-wide issue names no field, and its error null.
    const more = worded({ path: [], code: 'more_issues', actual: 3 })
    const [whole] = toBriqErrors([more])
    expect(answered([whole]).errors[0]?.issue).toEqual({
      path: [],
      code: 'more_issues',
      actual: 3,
      message: more.message,
    })
  })

  it('keeps an issue about the request as a whole, worded as one ("Ombi …")', () => {
    // validateSendRequest marks it `params.request: true`, the one param that is no text or number.
    const issues = issuesOf([])
    expect(issues[0]?.params?.request).toBe(true)
    const error = answered(toBriqErrors(issues))
    expect(refusalIssues(error)).toEqual(issues)
    expect(sendFailureReason(error)).toEqual({ reason: 'validation' })
    expect(formatIssue(refusalIssues(error)[0] as Issue, coreMessagesSw)).toBe(
      formatIssue(issues[0] as Issue, coreMessagesSw),
    )
    expect(formatIssue(refusalIssues(error)[0] as Issue, coreMessagesSw)).toMatch(/^Ombi /)
  })

  it('keeps no issue this core words otherwise than its error does, so the server’s words stay', () => {
    const [ours] = toBriqErrors(issuesOf(invalid))
    if (ours?.issue === undefined) throw new Error('expected an issue')
    const { limit: _limit, actual: _actual, ...unmeasured } = ours.issue
    const otherwise = [
      // Without what its sentence reads: "Body text is undefined characters" in any language.
      { ...ours, issue: unmeasured },
      // Another kit version's words for it.
      { ...ours, message: 'The body is too long (2000 of 1024 characters)' },
      // Another limit than its words say.
      { ...ours, issue: { ...ours.issue, limit: 4096 } },
    ]
    for (const error of otherwise.map((sent) => answered([sent]))) {
      expect(refusalIssues(error)).toEqual([])
      expect(sendFailureReason(error).reason).toBe('other')
      expect(briqWords(error)).toHaveLength(1)
    }
  })

  it("lists a validation error's own issues as they are", () => {
    const issues = issuesOf(invalid)
    expect(refusalIssues(new BriqError({ kind: 'validation', message: 'invalid', issues }))).toBe(issues)
    expect(refusalIssues(new BriqError({ kind: 'network', message: 'offline' }))).toEqual([])
  })
})
