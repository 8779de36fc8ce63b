import type * as Kit from '@briq-interactive/react'
import type { HTMLAttributes, RefAttributes } from 'react'

// The props the README's tables list, component by component (scripts/readme-props.test.ts
// checks each list is the README's, name for name), compiled against each component's props: a
// prop added to a component and not to its README table, or a table naming a prop that is gone,
// fails `pnpm typecheck` here, naming the props.
interface ReadmeProps {
  InteractivePreview:
    | 'businessName'
    | 'catalogue'
    | 'compact'
    | 'countryCode'
    | 'locale'
    | 'messageLang'
    | 'messages'
    | 'onReply'
    | 'palette'
    | 'reply'
    | 'showIssues'
    | 'theme'
    | 'time'
    | 'validation'
    | 'value'
  InteractiveComposer:
    | 'businessName'
    | 'catalogue'
    | 'client'
    | 'conversationId'
    | 'coreMessages'
    | 'defaultConversationId'
    | 'defaultCountryCode'
    | 'defaultOpen'
    | 'defaultSender'
    | 'defaultTab'
    | 'defaultTo'
    | 'defaultValue'
    | 'endpoint'
    | 'headingLevel'
    | 'locale'
    | 'messageLang'
    | 'messages'
    | 'onConversationIdChange'
    | 'onOpenChange'
    | 'onPersistStateChange'
    | 'onRecipientOpen'
    | 'onReply'
    | 'onRequestChange'
    | 'onSenderChange'
    | 'onSent'
    | 'onTabChange'
    | 'onToChange'
    | 'onValueChange'
    | 'open'
    | 'persistKey'
    | 'pollIntervalMs'
    | 'portalContainer'
    | 'refreshKeys'
    | 'resetKeys'
    | 'sendMode'
    | 'sender'
    | 'tab'
    | 'theme'
    | 'to'
    | 'validation'
    | 'value'
  InteractiveBuilder:
    | 'coreMessages'
    | 'defaultTab'
    | 'defaultValue'
    | 'headingLevel'
    | 'locale'
    | 'messageLang'
    | 'messages'
    | 'onPersistStateChange'
    | 'onRecipientOpen'
    | 'onTabChange'
    | 'onValueChange'
    | 'persistKey'
    | 'tab'
    | 'theme'
    | 'validation'
    | 'value'
  SendInteractiveDialog:
    | 'catalogue'
    | 'client'
    | 'conversationId'
    | 'coreMessages'
    | 'defaultConversationId'
    | 'defaultCountryCode'
    | 'defaultOpen'
    | 'defaultSender'
    | 'defaultTo'
    | 'draftIssues'
    | 'goToField'
    | 'interactive'
    | 'locale'
    | 'messageLang'
    | 'messages'
    | 'onConversationIdChange'
    | 'onOpenChange'
    | 'onRequestChange'
    | 'onSenderChange'
    | 'onSent'
    | 'onToChange'
    | 'open'
    | 'orderIssues'
    | 'persistKey'
    | 'pollIntervalMs'
    | 'portalContainer'
    | 'refreshKeys'
    | 'resetKeys'
    | 'sender'
    | 'theme'
    | 'to'
    | 'trigger'
    | 'validation'
}

/**
 * A component's own props: not the element's attributes it passes on, nor React's `ref` and
 * `key`, but those of their names it `Takes` for itself (the builder's draft is `defaultValue`).
 */
type Own<P, Takes extends PropertyKey = never> = Exclude<
  keyof P,
  Exclude<keyof HTMLAttributes<HTMLElement> | keyof RefAttributes<unknown> | 'key', Takes>
>

/** The dialog's content element's own props (Radix's focus and dismiss handlers), which "other props" covers. */
type ContentElementProps = Own<Kit.SendDialogContentProps>

/** `true` when the two sets of names are equal, else the names each lacks. */
type Same<Actual, Listed> = [Exclude<Actual, Listed>, Exclude<Listed, Actual>] extends [never, never]
  ? true
  : { undocumented: Exclude<Actual, Listed>; listedButNotAProp: Exclude<Listed, Actual> }

export const preview: Same<Own<Kit.InteractivePreviewProps>, ReadmeProps['InteractivePreview']> = true
export const composer: Same<
  Own<Kit.InteractiveComposerProps, 'defaultValue'>,
  ReadmeProps['InteractiveComposer']
> = true
export const builder: Same<Own<Kit.InteractiveBuilderProps, 'defaultValue'>, ReadmeProps['InteractiveBuilder']> = true
export const dialog: Same<
  Exclude<Own<Kit.SendInteractiveDialogProps>, ContentElementProps>,
  ReadmeProps['SendInteractiveDialog']
> = true
