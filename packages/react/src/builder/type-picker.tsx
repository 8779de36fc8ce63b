'use client'

import { INTERACTIVE_TYPES, type InteractiveType } from '@briq-interactive/core'
import { type ComponentPropsWithoutRef, forwardRef } from 'react'
import { idRefs } from '../dom/id-refs.ts'
import { keepPlainSelectKeys } from '../dom/plain-select-keys.ts'
import { useDomValue } from '../dom/use-dom-value.ts'
import { withClassName } from '../dom/with-class-name.ts'
import { ownLangIn } from '../i18n/own-lang.tsx'
import { anchorElementId, useBuilderControls, useBuilderSelector } from './builder-context.ts'
import { describedBy, fieldPartIds } from './field-frame.tsx'
import { IssueMessages } from './issue-messages.tsx'

/** Props of `Builder.TypePicker`; other props go to its wrapping `<div>`. */
export type BuilderTypePickerProps = ComponentPropsWithoutRef<'div'>

/**
 * "Message type": a select of every interactive type core knows (`INTERACTIVE_TYPES`, values
 * as in the JSON: `button`, `list`…), each with its one-line description (the chosen one's
 * under the select, every one's as its option's tooltip). Changing the type keeps what the new
 * type allows (core's `setType`) and is one undo step.
 */
export const BuilderTypePicker = forwardRef<HTMLDivElement, BuilderTypePickerProps>(function BuilderTypePicker(
  { className, ...rest },
  ref,
) {
  const { t, lang, rootId, dispatch } = useBuilderControls('Builder.TypePicker')
  const own = ownLangIn(t, lang)
  const type = useBuilderSelector((snapshot) => snapshot.type)
  const raw = useBuilderSelector((snapshot) =>
    typeof snapshot.draft === 'object' && snapshot.draft !== null
      ? (snapshot.draft as { type?: unknown }).type
      : undefined,
  )
  const issues = useBuilderSelector((snapshot) => snapshot.placement.byAnchor.get('type:type'))
  const id = anchorElementId(rootId, 'type', ['type'])
  const descriptionId = `${id}-description`
  const choose = (value: string) => dispatch({ op: 'setType', type: value as InteractiveType })
  const { ref: select, defaultValue } = useDomValue<HTMLSelectElement>(type ?? '', choose)
  const described = idRefs(type === undefined ? undefined : descriptionId, describedBy(id, undefined, {}, issues))
  return (
    <div
      ref={ref}
      {...rest}
      className={withClassName('bi-builder-field bi-builder-type', className)}
      data-kind="enum"
      data-invalid={issues !== undefined && issues.errors.length > 0 ? '' : undefined}
    >
      <label className="bi-builder-label" htmlFor={id} lang={own('field.type')}>
        {t('field.type')}
      </label>
      <select
        ref={select}
        id={id}
        className="bi-builder-select"
        onKeyDown={keepPlainSelectKeys}
        defaultValue={defaultValue}
        aria-invalid={issues !== undefined && issues.errors.length > 0 ? true : undefined}
        aria-describedby={described}
        data-bi-focus="root/type"
        // Nothing announced: the focused select already reads out the type picked, and a second
        // "Message type: List" from the live region doubled each arrow press through the types.
        onChange={(event) => choose(event.target.value)}
      >
        {type === undefined ? (
          <option value="" disabled>
            {typeof raw === 'string' ? raw : ''}
          </option>
        ) : null}
        {INTERACTIVE_TYPES.map((value) => (
          // An option holds text only: it takes the language of its name (its title, a tooltip, too).
          <option key={value} value={value} title={t(`type.${value}.description`)} lang={own(`type.${value}`)}>
            {t(`type.${value}`)}
          </option>
        ))}
      </select>
      {type === undefined ? null : (
        // Only the select's description (a swipe met it twice, there and as its own text); the
        // guide below still lists every type's as text.
        <p className="bi-builder-hint" id={descriptionId} aria-hidden="true" lang={own(`type.${type}.description`)}>
          {t(`type.${type}.description`)}
        </p>
      )}
      <IssueMessages id={fieldPartIds(id).issues} issues={issues} />
      <details className="bi-builder-type-guide">
        <summary className="bi-builder-type-guide-summary" lang={own('builder.type.guide')}>
          {t('builder.type.guide')}
        </summary>
        <dl className="bi-builder-type-guide-list">
          {INTERACTIVE_TYPES.map((value) => (
            <div key={value} className="bi-builder-type-guide-entry">
              <dt className="bi-builder-type-guide-term" lang={own(`type.${value}`)}>
                {t(`type.${value}`)}
              </dt>
              <dd className="bi-builder-type-guide-description" lang={own(`type.${value}.description`)}>
                {t(`type.${value}.description`)}
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  )
})
if (process.env.NODE_ENV !== 'production') BuilderTypePicker.displayName = 'Builder.TypePicker'
