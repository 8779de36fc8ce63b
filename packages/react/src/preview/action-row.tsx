import { hasVisibleText } from '@briq-interactive/core'
import { memo, type ReactNode, useId } from 'react'
import type { PreviewKey } from '../i18n/messages.ts'
import { ownLang } from '../i18n/own-lang.tsx'
import { FormattedText } from './formatted-text.tsx'
import { Icon, type IconName } from './icons.tsx'
import { ListSheetTrigger } from './list-sheet.tsx'
import type { ActionKind, DraftAction } from './normalize.ts'
import { OverflowNote } from './overflow-mark.tsx'
import { useIssues, usePreview } from './preview-context.ts'
import { safeHref } from './safe-href.ts'

const ICONS: Record<ActionKind, IconName> = {
  reply: 'reply',
  url: 'external',
  list: 'list',
  location: 'pin',
  flow: 'flow',
  items: 'list',
  catalog: 'catalog',
  product: 'bag',
  call: 'phone',
  address: 'address',
}

/** Labels WhatsApp supplies itself (not configurable in the payload), or the default one. */
const BUILT_IN: Partial<Record<ActionKind, PreviewKey>> = {
  location: 'preview.sendLocation',
  items: 'preview.viewItems',
  catalog: 'preview.viewCatalog',
  product: 'preview.viewProduct',
  call: 'preview.callNow',
  address: 'preview.address',
}

/** Props of `ActionRow`. */
export interface ActionRowProps {
  action: DraftAction
}

/** One full-width button row with its icon, as WhatsApp draws buttons under a message. */
export function ActionRow({ action }: ActionRowProps): ReactNode {
  const { t, reply, messageLang, locale } = usePreview()
  const issues = useIssues()
  const builtIn = BUILT_IN[action.kind]
  const custom = action.label?.value
  const overflow = issues.overflow(action.label)
  const id = useId()
  const href = action.kind === 'url' ? safeHref(action.url) : undefined
  const title =
    action.kind !== 'url' ? undefined : href ? t('preview.opensInBrowser', { url: href }) : t('preview.unsafeUrl')
  // Named by its text as shown; where it passes its limit, that is said as its description.
  const noted = custom && hasVisibleText(custom) && overflow ? { text: custom, overflow } : undefined
  // A draft's button with no text yet still needs a name (WCAG 4.1.2), unseen as in WhatsApp.
  const untitled = (
    <span className="bi-sr-only" lang={ownLang(t, 'preview.untitledButton', locale)}>
      {t('preview.untitledButton')}
    </span>
  )
  const content = (
    <>
      <Icon name={ICONS[action.kind]} />
      <span
        className="bi-action-label"
        dir="auto"
        // The message's own words, or WhatsApp's label in the preview's language.
        lang={
          custom && hasVisibleText(custom) ? messageLang : builtIn && !custom ? ownLang(t, builtIn, locale) : undefined
        }
        data-overflow={overflow ? '' : undefined}
      >
        {custom && hasVisibleText(custom) ? (
          <FormattedText text={custom} overflow={overflow} plain named />
        ) : custom ? (
          // Only spaces or zero-width characters (pasted along): shown as they are, named as untitled.
          <>
            <span className="bi-action-label-blank" aria-hidden="true">
              <FormattedText text={custom} overflow={overflow} plain />
            </span>
            {untitled}
          </>
        ) : builtIn ? (
          t(builtIn)
        ) : (
          untitled
        )}
      </span>
      {noted ? <OverflowNote id={`${id}-overflow`} {...noted} /> : null}
      {title === undefined || !noted ? null : (
        <span id={`${id}-title`} className="bi-action-title" hidden>
          {title}
        </span>
      )}
    </>
  )
  const beyond = issues.beyond(action.path)
  const common = {
    className: 'bi-action',
    'data-kind': action.kind,
    'data-invalid': beyond || issues.has(action.path) ? '' : undefined,
    'data-overflow': beyond ? '' : undefined,
    // A description replaces a title's: the title's words go with the note.
    'aria-describedby': noted ? (title === undefined ? `${id}-overflow` : `${id}-overflow ${id}-title`) : undefined,
  }
  if (action.kind === 'url') {
    if (href) {
      return (
        <a {...common} href={href} target="_blank" rel="noopener noreferrer nofollow" title={title}>
          {content}
        </a>
      )
    }
    return (
      <button {...common} type="button" aria-disabled="true" title={title}>
        {content}
      </button>
    )
  }
  if (action.kind === 'list') {
    // The sheet (ListSheet) wraps the message, so the trigger opens it and gets focus back.
    return (
      <ListSheetTrigger {...common} type="button">
        {content}
      </ListSheetTrigger>
    )
  }
  const onClick =
    action.kind === 'reply'
      ? () => reply({ type: 'button_reply', button_reply: { id: action.id ?? '', title: custom ?? '' } })
      : undefined
  return (
    <button {...common} type="button" onClick={onClick}>
      {content}
    </button>
  )
}

/** The stack of button rows under a bubble or card; re-renders only with new rows or issues. */
export const ActionRows = memo(function ActionRows({ actions }: { actions: DraftAction[] }): ReactNode {
  if (actions.length === 0) return null
  return (
    <div className="bi-actions">
      {actions.map((action, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows follow the draft's order; ids may repeat in a draft
        <ActionRow key={i} action={action} />
      ))}
    </div>
  )
})
