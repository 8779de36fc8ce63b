import { hasVisibleText } from '@briq-interactive/core'
import { memo, type ReactNode } from 'react'
import type { PreviewKey } from '../i18n/messages.ts'
import { FormattedText } from './formatted-text.tsx'
import { Icon, type IconName } from './icons.tsx'
import { ListSheetTrigger } from './list-sheet.tsx'
import type { ActionKind, DraftAction } from './normalize.ts'
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
  const { t, reply } = usePreview()
  const issues = useIssues()
  const builtIn = BUILT_IN[action.kind]
  const custom = action.label?.value
  // A draft's button with no text yet still needs a name (WCAG 4.1.2), unseen as in WhatsApp.
  const untitled = <span className="bi-sr-only">{t('preview.untitledButton')}</span>
  const content = (
    <>
      <Icon name={ICONS[action.kind]} />
      <span className="bi-action-label" dir="auto">
        {custom && hasVisibleText(custom) ? (
          <FormattedText text={custom} overflow={issues.overflow(action.label)} plain />
        ) : custom ? (
          // Only spaces or zero-width characters (pasted along): shown as they are, named as untitled.
          <>
            <span aria-hidden="true">
              <FormattedText text={custom} overflow={issues.overflow(action.label)} plain />
            </span>
            {untitled}
          </>
        ) : builtIn ? (
          t(builtIn)
        ) : (
          untitled
        )}
      </span>
    </>
  )
  const beyond = issues.beyond(action.path)
  const common = {
    className: 'bi-action',
    'data-kind': action.kind,
    'data-invalid': beyond || issues.has(action.path) ? '' : undefined,
    'data-overflow': beyond ? '' : undefined,
  }
  if (action.kind === 'url') {
    const href = safeHref(action.url)
    if (href) {
      return (
        <a
          {...common}
          href={href}
          target="_blank"
          rel="noopener noreferrer nofollow"
          title={t('preview.opensInBrowser', { url: href })}
        >
          {content}
        </a>
      )
    }
    return (
      <button {...common} type="button" aria-disabled="true" title={t('preview.unsafeUrl')}>
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
