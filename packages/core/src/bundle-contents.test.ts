import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import {
  BriqError,
  briqWords,
  coreMessagesEn,
  describeField,
  describeRequestFailure,
  describeSendFailure,
  describeSize,
  normalizePhone,
  toCurl,
  toFetchSnippet,
  validateInteractive,
} from './index.ts'

const entry = fileURLToPath(new URL('./index.ts', import.meta.url))

// What an app that imports `names` from core ships, minified and tree-shaken as a production build.
async function bundled(names: string): Promise<string> {
  const result = await build({
    stdin: {
      contents: `export { ${names} } from ${JSON.stringify(entry)}`,
      resolveDir: import.meta.dirname,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    treeShaking: true,
  })
  return result.outputFiles[0]?.text ?? ''
}

// Words only the issue sentences write (a repeated button ID), and the address schema's country check.
const ISSUE_WORDS = 'needs unique'
const ADDRESS_SCHEMA = '/^[A-Z]{2}$/'
// The name zod gives its base type, which every zod schema's constructor carries.
const ZOD = '$ZodType'

describe('what a bundle of core carries', () => {
  it('normalizePhone: its own sentences, none of the issue sentences or schemas', async () => {
    const refused = normalizePhone('0712 345 678', { defaultCountryCode: '1' })
    expect(refused.ok).toBe(false)
    const code = await bundled('normalizePhone')
    expect(code).toContain('takes no leading 0')
    expect(code).not.toContain(ISSUE_WORDS)
    expect(code).not.toContain(ADDRESS_SCHEMA)
  })

  it('formatIssue and describeField: the issue sentences, no schema', async () => {
    const code = await bundled('formatIssue, describeField')
    expect(code).toContain(ISSUE_WORDS)
    expect(code).not.toContain(ADDRESS_SCHEMA)
  })

  it('INTERACTIVE_TYPES and draftType: the type names, no schema', async () => {
    const code = await bundled('INTERACTIVE_TYPES, draftType')
    expect(code).toContain('call_permission_request')
    expect(code).not.toContain(ADDRESS_SCHEMA)
  })

  it('validateInteractive: the issue sentences and the schemas', async () => {
    const result = validateInteractive({
      type: 'address_message',
      body: { text: 'Where?' },
      action: { name: 'address_message', parameters: { country: 'IN' } },
    })
    expect(result.ok).toBe(true)
    const code = await bundled('validateInteractive')
    expect(code).toContain(ISSUE_WORDS)
    expect(code).toContain(ADDRESS_SCHEMA)
  })

  it('toCurl and toFetchSnippet: the send path and the snippet code, no request schema, no zod', async () => {
    const request = { to: '255712345678', interactive: { type: 'button' } }
    expect(toCurl(request, { endpoint: 'https://shop.example/api/briq' })).toContain(
      "'https://shop.example/api/briq/v1/whatsapp/messages/interactive'",
    )
    expect(toFetchSnippet(request, { target: 'briq' })).toContain('process.env.BRIQ_API_KEY')
    const code = await bundled('toCurl, toFetchSnippet')
    expect(code).toContain('/v1/whatsapp/messages/interactive')
    expect(code).toContain('process.env.')
    expect(code).not.toContain(ZOD)
    expect(code).not.toContain(ADDRESS_SCHEMA)
  })

  it('BRIQ_ROUTES: the request schemas and zod, which only servers read', async () => {
    const code = await bundled('BRIQ_ROUTES')
    expect(code).toContain(ZOD)
    expect(code).toContain(ADDRESS_SCHEMA)
  })

  it('describeField, describeSize and the failure sentences: English without the issue sentences', async () => {
    const refused = new BriqError({
      kind: 'http',
      message: 'Unprocessable',
      status: 422,
      errors: [
        { code: 'ERROR', message: 'String should have at most 1024 characters', field: 'interactive.body.text' },
      ],
    })
    const path = ['action', 'buttons', 1, 'reply', 'title']
    expect(describeField(path)).toBe(describeField(path, coreMessagesEn))
    expect(describeField(path)).toBe('Button 2 title')
    expect(describeSize(20971520)).toBe(describeSize(20971520, coreMessagesEn))
    expect(describeSendFailure(refused)).toBe(describeSendFailure(refused, coreMessagesEn))
    expect(describeRequestFailure(refused)).toBe(describeRequestFailure(refused, coreMessagesEn))
    expect(briqWords(refused)).toEqual([
      {
        message: 'String should have at most 1024 characters',
        field: 'Body text',
        path: ['interactive', 'body', 'text'],
      },
    ])
    const code = await bundled('describeField, describeSize, describeSendFailure, describeRequestFailure, briqWords')
    expect(code).toContain('list button label')
    expect(code).not.toContain(ISSUE_WORDS)
  })
})
