import type { ValidationResult } from '../../issue.ts'
import { describeInteractive, draftType } from '../describe-interactive.ts'
import type { DraftOptions } from '../draft-options.ts'
import type { IdFollows } from '../set-field.ts'
import { fieldInstances } from '../walk-description.ts'
import { alignCardButtons, oneCatalog, renumberCards, sameCardKind, sortCards } from './carousel-fixes.ts'
import { buttonsToList, listToButtons } from './conversion-fixes.ts'
import { keepInteractiveObject } from './envelope-fixes.ts'
import type { FixContext, FixIt } from './fix-it.ts'
import { fixedValueFixes } from './fixed-value-fixes.ts'
import { nullFixes } from './null-fixes.ts'
import {
  countryCaseFixes,
  joinCardLineFixes,
  removeAddressErrorKeys,
  removeBrokenCharacterFixes,
  removeControlCharacterFixes,
  removeEmojiFixes,
} from './rule-text-fixes.ts'
import {
  addSectionTitles,
  flowNavigate,
  keepOneSource,
  mediaSourceSwap,
  removeDuplicateProducts,
  removeFooter,
  removeHeader,
  removeUnknownFields,
} from './structure-fixes.ts'
import {
  composeFixes,
  encodeSpaceFixes,
  idFromTitleFixes,
  removeEmptyFixes,
  schemeFixes,
  shortenIdFixes,
  trimFixes,
  uniqueIdFixes,
} from './text-fixes.ts'
import { choiceCaseFixes, jsonTextFixes, typeFixes } from './type-fixes.ts'

const PRODUCERS: readonly ((context: FixContext) => FixIt[])[] = [
  buttonsToList,
  listToButtons,
  removeHeader,
  removeFooter,
  addSectionTitles,
  uniqueIdFixes,
  idFromTitleFixes,
  removeDuplicateProducts,
  trimFixes,
  schemeFixes,
  encodeSpaceFixes,
  countryCaseFixes,
  removeEmojiFixes,
  removeBrokenCharacterFixes,
  removeControlCharacterFixes,
  joinCardLineFixes,
  composeFixes,
  shortenIdFixes,
  removeEmptyFixes,
  renumberCards,
  sortCards,
  sameCardKind,
  alignCardButtons,
  oneCatalog,
  flowNavigate,
  keepOneSource,
  mediaSourceSwap,
  removeUnknownFields,
  fixedValueFixes,
  typeFixes,
  jsonTextFixes,
  choiceCaseFixes,
  nullFixes,
  removeAddressErrorKeys,
]

/**
 * The fix-its for a draft and its `validateInteractive` result (same options): repairs of
 * its errors and warnings, and suggestions (a short list as reply buttons). Never throws;
 * a draft of no known type gets only "keep the interactive object" when it wraps one (a whole
 * message pasted from Meta's docs or a Briq request). `idFollows` says which items' ids follow
 * their titles (an editor state's `idFollowsTitle`), as for `tryDraftOperation`: an id that
 * repeats one the builder generated keeps its value, the generated one moves.
 *
 * @example
 * const fixes = draftFixIts(draft, validateInteractive(draft))
 * // [{ id: 'buttons-to-list', labelKey: 'fix.buttonsToList', params: { count: 4 }, … }]
 * const next = fixes[0].apply(draft)
 */
export function draftFixIts(
  draft: unknown,
  result: ValidationResult<unknown>,
  options: DraftOptions = {},
  idFollows?: IdFollows,
): FixIt[] {
  try {
    const issues = [...(result.ok ? [] : result.issues), ...result.warnings]
    const type = draftType(draft)
    // A type WhatsApp knows written in another case ("BUTTON") is repaired in place: picking
    // the type instead would start its action afresh.
    if (type === undefined) return [...keepInteractiveObject(draft, issues), ...choiceCaseFixes({ draft, issues })]
    const description = describeInteractive(type, options)
    const fields = fieldInstances(description, draft)
    const context: FixContext = { draft, type, description, issues, fields, options, idFollows }
    const seen = new Set<string>()
    return PRODUCERS.flatMap((produce) => produce(context)).filter((fix) => !seen.has(fix.id) && seen.add(fix.id))
  } catch {
    return []
  }
}
