// @vitest-environment node
import { STARTER_TEXT, type StarterTextKey } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { bundleExports } from '../../bench/bundle-exports.ts'
import { en } from './messages/en.ts'
import { BUILDER_LABELS, PREVIEW_LABELS, SEND_LABELS } from './messages.ts'

const bundled = async (exports: string): Promise<string> =>
  new TextDecoder().decode((await bundleExports(exports)).code)

// The start of a wording a minifier writes as it is (it may escape a curly quote).
const asciiStart = (text: string): string => `"${text.split(/[^\x20-\x7e]/)[0]}`

/**
 * The catalogue keys a bundle carries (each is written once, quoted, where its wording is; a new
 * draft's words are named from core's `STARTER_TEXT`, so by its wording and the `starter.` made).
 */
const keysIn = (code: string): string[] =>
  Object.keys(en)
    .filter((key) =>
      key.startsWith('starter.')
        ? code.includes('`starter.${') && code.includes(asciiStart(STARTER_TEXT[key.slice(8) as StarterTextKey]))
        : code.includes(JSON.stringify(key)),
    )
    .sort()

const keysOf = (...parts: object[]): string[] => [...new Set(parts.flatMap((part) => Object.keys(part)))].sort()

describe('each part bundles only its own labels', () => {
  it('the preview alone: the preview’s, none of the builder’s or the send dialog’s', async () => {
    expect(keysIn(await bundled('{ InteractivePreview }'))).toEqual(keysOf(PREVIEW_LABELS))
  })

  it('the send dialog and hooks: theirs and the preview’s, none of the builder’s', async () => {
    const code = await bundled(
      '{ BriqProvider, SendInteractiveDialog, SendDialog, useSendInteractive, useMessageStatus, useBriqClient }',
    )
    expect(keysIn(code)).toEqual(keysOf(SEND_LABELS))
  })

  it('the builder: its own and the preview’s (Builder.Preview), none of the send dialog’s', async () => {
    expect(keysIn(await bundled('{ InteractiveBuilder, Builder }'))).toEqual(keysOf(BUILDER_LABELS, PREVIEW_LABELS))
  })

  it('getTranslator and messagesEn still carry every key', async () => {
    expect(keysIn(await bundled('{ getTranslator, messagesEn, messagesSw }'))).toEqual(Object.keys(en).sort())
  })
})
