import {
  type AlsoHeldReason,
  alsoHeldOptions,
  type ChoiceDescription,
  choiceOption,
  readChoice,
} from '@briq-interactive/core'
import { memo, useMemo } from 'react'
import { keepPlainSelectKeys } from '../dom/plain-select-keys.ts'
import { useDomChecked } from '../dom/use-dom-checked.ts'
import { useDomValue } from '../dom/use-dom-value.ts'
import { ownLangIn } from '../i18n/own-lang.tsx'
import { anchorElementId, useBuilderControls, useBuilderSelector } from './builder-context.ts'
import { describedBy, fieldPartIds } from './field-frame.tsx'
import { IssueMessages } from './issue-messages.tsx'
import { labelOf } from './labels.ts'
import { NodeList } from './node-list.tsx'
import { type NodePlacement, sameNodeProps } from './node-props.ts'

/** Props of `ChoiceView`. */
export interface ChoiceViewProps extends NodePlacement {
  node: ChoiceDescription
}

/**
 * A choice that changes the draft's shape (core's `choose`): the header kind as a select
 * ("Header type": none, text, image…), the others (media by link or id, flow by id or name,
 * flow action, card kind) as radio buttons; then the chosen option's own fields. A choice
 * without a control (a card's content) draws only those fields.
 */
export const ChoiceView = memo(function ChoiceView({ node, base, n, itemKey }: ChoiceViewProps) {
  const { t, lang, dispatch, rootId } = useBuilderControls('ChoiceView')
  const own = ownLangIn(t, lang)
  const path = useMemo(() => [...base, ...node.path], [base, node])
  const chosen = useBuilderSelector((snapshot) => readChoice(snapshot.draft, node, base))
  const issues = useBuilderSelector((snapshot) => snapshot.placement.byAnchor.get(`choice:${path.join('.')}`))
  const id = anchorElementId(rootId, 'choice', path)
  const label = labelOf(t, node.labelKey, n)
  // A kind this type does not allow (from JSON, or a rule switched off) is named, not shown
  // raw, with its fields: what it holds stays in sight until it is changed. A value the kit
  // has no name for (a flow action WhatsApp does not take) is shown as it is, picked.
  const option = choiceOption(node, chosen)
  const pickable = node.options.some((candidate) => candidate.value === chosen)
  const choose = (value: string) => dispatch({ op: 'choose', path, value })
  // The header kind's select (the others are radio buttons).
  const { ref: select, defaultValue } = useDomValue<HTMLSelectElement>(chosen, choose)
  const { ref: radios, defaultChecked } = useDomChecked<HTMLDivElement>(chosen, choose)
  const invalid = issues !== undefined && issues.errors.length > 0 ? true : undefined
  const focusKey = `${itemKey}/${node.path.join('.')}:choice`
  // Options besides the chosen one whose values the draft also holds (two sources where
  // WhatsApp takes one; navigate's payload beside another action), marked with core's reason,
  // so nothing is lost until one is picked or kept by a fix-it. As text, so a render happens
  // only when what is held changes.
  const held = useBuilderSelector((snapshot) =>
    alsoHeldOptions(snapshot.draft, node, base)
      .map(({ option: candidate, reason }) => `${candidate.value}:${reason}`)
      .join(' '),
  )
  const heldReasons = new Map(
    held === '' ? [] : held.split(' ').map((entry) => entry.split(':') as [string, AlsoHeldReason]),
  )
  const fields = (
    <>
      {option === undefined ? null : <NodeList nodes={option.fields} base={base} n={n} itemKey={itemKey} />}
      {node.options.map((candidate) => {
        const reason = heldReasons.get(candidate.value)
        if (reason === undefined) return null
        return (
          <fieldset key={candidate.value} className="bi-builder-unused">
            <legend
              className="bi-builder-hint"
              data-severity="warning"
              lang={own(reason === 'onlyWithOption' ? 'builder.choice.onlyWith' : 'builder.choice.unused')}
            >
              {reason === 'onlyWithOption'
                ? t('builder.choice.onlyWith', { option: t(candidate.labelKey) })
                : t('builder.choice.unused')}
            </legend>
            <NodeList nodes={candidate.fields} base={base} n={n} itemKey={itemKey} />
          </fieldset>
        )
      })}
    </>
  )
  // Picked elsewhere (a card's content follows the carousel's card kind): only its fields.
  if (node.control === false) return fields

  const control =
    node.choice === 'header' ? (
      <div className="bi-builder-field" data-kind="enum" data-invalid={invalid ? '' : undefined}>
        <label className="bi-builder-label" htmlFor={id} lang={own(node.labelKey)}>
          {label}
        </label>
        <select
          ref={select}
          id={id}
          className="bi-builder-select"
          onKeyDown={keepPlainSelectKeys}
          defaultValue={defaultValue}
          aria-invalid={invalid}
          aria-describedby={describedBy(id, undefined, {}, issues)}
          data-bi-focus={focusKey}
          onChange={(event) => choose(event.target.value)}
        >
          {pickable ? null : (
            <option value={chosen} disabled lang={option === undefined ? undefined : own(option.labelKey)}>
              {option === undefined ? chosen : t(option.labelKey)}
            </option>
          )}
          {node.options.map((candidate) => (
            <option key={candidate.value} value={candidate.value} lang={own(candidate.labelKey)}>
              {t(candidate.labelKey)}
            </option>
          ))}
        </select>
        <IssueMessages id={fieldPartIds(id).issues} issues={issues} />
      </div>
    ) : (
      <fieldset
        id={id}
        className="bi-builder-choice"
        tabIndex={-1}
        aria-labelledby={`${id}-legend`}
        aria-invalid={invalid}
        aria-describedby={describedBy(id, undefined, {}, issues)}
      >
        <legend className="bi-builder-label" id={`${id}-legend`} lang={own(node.labelKey)}>
          {label}
        </legend>
        <div ref={radios} className="bi-builder-choice-options">
          {pickable ? null : (
            <label
              className="bi-builder-radio"
              data-held=""
              lang={option === undefined ? undefined : own(option.labelKey)}
            >
              <input
                className="bi-builder-radio-input"
                type="radio"
                name={id}
                value={chosen}
                defaultChecked={defaultChecked(chosen)}
                disabled
              />
              {option === undefined ? chosen : t(option.labelKey)}
            </label>
          )}
          {node.options.map((candidate) => (
            <label key={candidate.value} className="bi-builder-radio" lang={own(candidate.labelKey)}>
              <input
                className="bi-builder-radio-input"
                type="radio"
                name={id}
                value={candidate.value}
                defaultChecked={defaultChecked(candidate.value)}
                data-bi-focus={`${focusKey}:${candidate.value}`}
                onChange={() => choose(candidate.value)}
              />
              {t(candidate.labelKey)}
            </label>
          ))}
        </div>
        <IssueMessages id={fieldPartIds(id).issues} issues={issues} />
      </fieldset>
    )

  return (
    <>
      {control}
      {fields}
    </>
  )
}, sameNodeProps)
