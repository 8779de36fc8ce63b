import {
  type CoreIssueMessages,
  countCharacters,
  countLineBreaks,
  type FieldDescription,
  type LengthMark,
  lengthMark,
  lineBreaksMark,
} from '@briq-interactive/core'
import { Fragment, type ReactNode } from 'react'
import { idRefs } from '../dom/id-refs.ts'
import { SentenceStop } from '../dom/sentence-stop.tsx'
import { type BuilderTranslate, type Worded, worded } from '../i18n/messages.ts'
import { langIfOther, ownLang } from '../i18n/own-lang.tsx'
import { markIn } from '../i18n/punctuation.ts'
import { wordedNode } from '../i18n/worded-text.tsx'
import { useBuilderControls } from './builder-context.ts'
import { BuilderIcon } from './builder-icons.tsx'
import type { AnchorIssues } from './derive-issues.ts'
import { hasIssues, IssueMessages, issueListId } from './issue-messages.tsx'

/**
 * The ids of a control's parts (a field, a choice, a group, an item), for `aria-describedby`;
 * the summary finds a control's issue messages on the page by `issues`; `issueList` is their
 * sentences alone, what the control is described by.
 */
export const fieldPartIds = (id: string) => ({
  hint: `${id}-hint`,
  counter: `${id}-count`,
  issues: `${id}-issues`,
  issueList: issueListId(`${id}-issues`),
})

/**
 * What a field says about itself besides its label: what to type, optional, its default, an id
 * made from its title, or kept whatever the title becomes (`idFollows` false: typed, or from outside).
 * A media link's file size is worded by core (`size`), as every sentence stating one is.
 */
export function fieldHint(
  node: FieldDescription,
  t: BuilderTranslate,
  core: CoreIssueMessages,
  idFollows?: boolean,
): Worded | undefined {
  if (node.generatedFrom !== undefined)
    return worded(t, idFollows === false ? 'builder.field.keptId' : 'builder.field.generatedId')
  if (node.hintKey !== undefined)
    return worded(t, node.hintKey, node.fileSize === undefined ? undefined : { size: core.size(node.fileSize.max) })
  if (node.required) return undefined
  if (node.defaultValue !== undefined) {
    // A select's default by the name it shows ("Published"), not its JSON value.
    const option = node.options?.find((candidate) => candidate.value === node.defaultValue)
    return worded(t, 'builder.field.default', {
      value: option === undefined ? node.defaultValue : t(option.labelKey),
    })
  }
  return worded(t, 'builder.field.optional')
}

/**
 * The live counters of a text: characters against its limit ("812 / 1024"), line breaks when
 * limited, and how the counter is marked (`mark`).
 */
export interface FieldCounts {
  characters?: { count: number; max: number }
  lineBreaks?: { count: number; max: number }
  /**
   * `over` (an error) or `unusual` (a warning) as core's length issues for the text are, from
   * core's own `lengthMark` and `lineBreaksMark`: the field's issues cannot say it, a list cut at
   * `MAX_ISSUES` may have dropped them.
   */
  mark?: LengthMark
}

/** A text's counts against the field's limits from core (`LIMITS`), counted and marked as core does. */
export function fieldCounts(node: FieldDescription, text: string): FieldCounts {
  const counts: FieldCounts = {}
  const marks: (LengthMark | undefined)[] = []
  // Only texts people read get a counter; ids and URLs are checked but not counted aloud.
  if (node.limit?.max !== undefined && (node.kind === 'text' || node.kind === 'multiline')) {
    counts.characters = { count: countCharacters(text), max: node.limit.max }
    marks.push(lengthMark(node.limit, text))
  }
  if (node.lineBreaks?.max !== undefined) {
    counts.lineBreaks = { count: countLineBreaks(text), max: node.lineBreaks.max }
    marks.push(lineBreaksMark(node.lineBreaks, text))
  }
  const mark = marks.includes('over') ? 'over' : marks.includes('unusual') ? 'unusual' : undefined
  if (mark !== undefined) counts.mark = mark
  return counts
}

/**
 * A marked counter's icon: the error's circle past a limit, the warning's triangle where core only
 * warns, the shapes the issue lines use, so the two marks differ by more than colour (WCAG 1.4.1).
 */
export function CountMarkIcon({ mark }: { mark: LengthMark | undefined }) {
  if (mark === undefined) return null
  return <BuilderIcon name={mark === 'over' ? 'error' : 'warning'} />
}

/** The counts in words, each a sentence, for the counter's description. */
function spokenCounts(counts: FieldCounts, t: BuilderTranslate, lang: string): ReactNode {
  const { characters, lineBreaks } = counts
  const sentences = [
    characters && worded(t, 'builder.counter.label', { count: String(characters.count), limit: characters.max }),
    lineBreaks && worded(t, 'builder.counter.lineBreaks', { count: lineBreaks.count, limit: lineBreaks.max }),
  ].filter((part) => typeof part === 'object')
  if (sentences.every((sentence) => sentence.lang === lang))
    return sentences.map((sentence) => `${sentence.text}.`).join(' ')
  // Each sentence in its own language (one a host's catalogue left out is the kit's English).
  return sentences.map((sentence, index) => (
    <Fragment key={sentence.lang + String(index)}>
      {index === 0 ? null : ' '}
      {wordedNode({ ...sentence, text: `${sentence.text}.` }, lang)}
    </Fragment>
  ))
}

/** The `aria-describedby` of a field's control. */
export function describedBy(
  id: string,
  hint: Worded | undefined,
  counts: FieldCounts,
  issues: AnchorIssues | undefined,
) {
  const ids = fieldPartIds(id)
  return idRefs(
    hasIssues(issues) ? ids.issueList : undefined,
    hint === undefined ? undefined : ids.hint,
    counts.characters || counts.lineBreaks ? ids.counter : undefined,
  )
}

interface FieldFrameProps {
  id: string
  label: string
  /** The language of `label` where it is not the builder's (`ownLang`: a key a host's catalogue left out). */
  labelLang: string | undefined
  hint: Worded | undefined
  counts: FieldCounts
  issues: AnchorIssues | undefined
  t: BuilderTranslate
  /** Shown between the label and the control (the formatting toolbar). */
  toolbar?: ReactNode
  /** Extra `data-kind` for styles (`id` fields use the monospace font). */
  kind: string
  /** A fix-it of the control's own, after its issues (the JSON field's invisible spaces). */
  fix?: ReactNode
  children: ReactNode
}

/** A field's label, control, hint, counter and issues, laid out the same for every kind. */
export function FieldFrame({
  id,
  label,
  labelLang,
  hint,
  counts,
  issues,
  t,
  toolbar,
  kind,
  fix,
  children,
}: FieldFrameProps) {
  const { lang } = useBuilderControls('FieldFrame')
  const ids = fieldPartIds(id)
  // Counts print as plain digits beside their limit ("1025 / 1024"), never "1,025 / 1024".
  return (
    <div
      className="bi-builder-field"
      data-kind={kind}
      data-invalid={issues !== undefined && issues.errors.length > 0 ? '' : undefined}
    >
      <label className="bi-builder-label" htmlFor={id} lang={labelLang}>
        {label}
      </label>
      {toolbar}
      {children}
      {hint !== undefined || counts.characters || counts.lineBreaks ? (
        <div className="bi-builder-field-meta">
          {hint === undefined ? null : (
            // Hidden from assistive tech as the counter is, given only as the control's
            // description: a swipe met it twice, on the control and again as its own text.
            <span className="bi-builder-hint" id={ids.hint} aria-hidden="true" lang={langIfOther(hint.lang, lang)}>
              {hint.text}
              <SentenceStop after={hint.text} stop={markIn(t, hint.lang, 'punctuation.stop')} />
            </span>
          )}
          {counts.characters || counts.lineBreaks ? (
            // Hidden from assistive tech, given only as the control's description: a swipe met
            // the spoken counts twice, on the control and again as text of their own.
            <span
              className="bi-builder-counter"
              data-over={counts.mark === 'over' ? '' : undefined}
              data-unusual={counts.mark === 'unusual' ? '' : undefined}
              aria-hidden="true"
            >
              <CountMarkIcon mark={counts.mark} />
              {counts.characters ? (
                <span className="bi-builder-counter-text" lang={ownLang(t, 'builder.counter', lang)}>
                  {t('builder.counter', { count: String(counts.characters.count), limit: counts.characters.max })}
                </span>
              ) : null}
              {counts.lineBreaks ? (
                <span className="bi-builder-counter-part" lang={ownLang(t, 'builder.counter.lineBreaks', lang)}>
                  {t('builder.counter.lineBreaks', { count: counts.lineBreaks.count, limit: counts.lineBreaks.max })}
                </span>
              ) : null}
              {/* Read as sentences: "812 of 1024 characters. 1 of 2 line breaks." after the issues and hint. */}
              <span className="bi-builder-sr" id={ids.counter}>
                {spokenCounts(counts, t, lang)}
              </span>
            </span>
          ) : null}
        </div>
      ) : null}
      <IssueMessages id={ids.issues} issues={issues} />
      {fix}
    </div>
  )
}
