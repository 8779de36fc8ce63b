import { keepPlainSelectKeys } from '../dom/plain-select-keys.ts'
import { useDomValue } from '../dom/use-dom-value.ts'
import { ownLang } from '../i18n/own-lang.tsx'
import { useBuilderControls } from './builder-context.ts'
import { describedBy, FieldFrame } from './field-frame.tsx'
import type { FieldControlProps } from './text-field.tsx'

/**
 * One of a field's values, as a select. An optional field left out shows WhatsApp's default;
 * choosing the default leaves the field out again, so the JSON stays as short as Meta's examples.
 */
export function EnumField({
  node,
  id,
  label,
  labelLang,
  value,
  issues,
  focusKey,
  onValue,
  t,
  hint,
}: FieldControlProps) {
  const { lang } = useBuilderControls('EnumField')
  const options = node.options ?? []
  const shown = typeof value === 'string' ? value : String(node.defaultValue ?? options[0]?.value ?? '')
  const known = options.some((option) => option.value === shown)
  const choose = (next: string) => onValue(!node.required && next === node.defaultValue ? undefined : next)
  const { ref: select, defaultValue } = useDomValue<HTMLSelectElement>(shown, choose)
  return (
    <FieldFrame
      id={id}
      label={label}
      labelLang={labelLang}
      hint={hint}
      counts={{}}
      issues={issues}
      t={t}
      kind={node.kind}
    >
      <select
        ref={select}
        id={id}
        className="bi-builder-select"
        onKeyDown={keepPlainSelectKeys}
        defaultValue={defaultValue}
        aria-invalid={issues !== undefined && issues.errors.length > 0 ? true : undefined}
        aria-describedby={describedBy(id, hint, {}, issues)}
        data-bi-focus={focusKey}
        onChange={(event) => choose(event.target.value)}
      >
        {known ? null : (
          <option value={shown} disabled>
            {shown}
          </option>
        )}
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={ownLang(t, option.labelKey, lang)}>
            {t(option.labelKey)}
          </option>
        ))}
      </select>
    </FieldFrame>
  )
}
