import type {
  CoreIssueMessages,
  CoreMessageOverrides,
  DraftPath,
  EditorOperation,
  IssueAnchor,
  IssueAnchorKind,
} from '@briq-interactive/core'
import { createContext, useReducer, useRef } from 'react'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'
import type { BuilderTranslate, Locale, Messages, Worded } from '../i18n/messages.ts'
import type { CoreLangOf } from '../provider/use-core-messages.ts'
import { usePartContext } from '../state/use-part-context.ts'
import type { BuilderModel, BuilderSnapshot, ChangeOptions } from './builder-model.ts'
import type { OpenedRecipients } from './opened-recipients.ts'
import type { ShownMessages } from './shown-messages.ts'
import type { DraftPersistenceState } from './use-draft-persistence.ts'

/** Which view of the draft is showing. */
export type BuilderTab = 'form' | 'json'

/** Where focus goes once the change that asked for it has rendered; the first that exists wins. */
export interface FocusRequest {
  /** Controls by their `data-bi-focus` value (`<item key>/<control>`): the same control of a moved item. */
  readonly focusKeys?: readonly string[]
  /**
   * A `focusKeys` control that is dimmed (`aria-disabled`) gives way to its item's first field: after
   * a remove, the same control of the item left (the only section's Remove) would be a dead end.
   * So does an `ifRemoved` control the change left on the page but dimmed.
   */
  readonly liveControl?: boolean
  /** The first field of the item with this key (a new item). */
  readonly itemKey?: string
  /** `itemKey` is an item just added: its first field past text already filled in for it (copied from the first). */
  readonly newItem?: boolean
  /** An element by id (an issue's field). */
  readonly elementId?: string
  /**
   * When none of the above is on the page (a layout without them): the first of the draft's
   * controls shown (not New message, Undo or Redo), else the builder's root, so focus never
   * falls to the page.
   */
  readonly orFirstControl?: boolean
  /** When none of the above is on the page: the builder's root itself (whatever `id` the host gave it). */
  readonly orRoot?: boolean
  /** Only when this element (focused when the change began) has left the page, as undo can make it. */
  readonly ifRemoved?: Element | null
  /** A text selection to restore in the focused field (after a formatting toolbar change). */
  readonly selection?: { readonly start: number; readonly end: number }
}

/** What every part reads from its `Builder.Root`; stable while the locale and tab stay. */
export interface BuilderControls {
  readonly model: BuilderModel
  readonly t: BuilderTranslate
  /** The root's `messages` overrides, for the parts that translate on their own (the preview). */
  readonly messages: Partial<Messages> | undefined
  readonly locale: Locale
  /** The locale as given (the root's, else the provider's): its region sets the preview's clock. */
  readonly localeTag: string | undefined
  /** The language the builder's words are shown in, for `lang` (see `shownLanguage`): `locale`, or a host's own. */
  readonly lang: string
  /** The root's `messageLang` as given, for the message's own words (`messageWordsLang`) and its preview. */
  readonly messageLang: string | undefined
  /** Core's sentences of issues and fields in `locale`, with the provider's and the root's `coreMessages` over them. */
  readonly core: CoreIssueMessages
  /** The language one of `core`'s sentences is in, sentence by sentence (see `CoreLangOf`). */
  readonly coreLangOf: CoreLangOf
  /** The root's own `coreMessages`, for parts that word core's sentences on their own (the composer's send step). */
  readonly coreMessages: CoreMessageOverrides | undefined
  /** The root's colour scheme, for parts that render their own root (the preview). */
  readonly theme: 'light' | 'dark' | 'system'
  /** The level of the builder's top headings (its groups and "Problems"). */
  readonly headingLevel: number
  /** Prefix of every id in this builder. */
  readonly rootId: string
  /**
   * Applies an operation (or text typed into a JSON box), reports the new draft to
   * `onValueChange`, announces a refusal; `true` when it changed the draft or its unparsed text.
   */
  dispatch(operation: EditorOperation, change?: ChangeOptions): boolean
  undo(): void
  redo(): void
  /**
   * Starts a new message of the present type as one undo step (the model's `startOver`), says so
   * and moves focus to "Message type" (else the JSON text, else the first control shown).
   */
  newMessage(): void
  /**
   * Says `words` in the builder's polite live region, marked with their `lang`, the language they
   * are worded in (`worded`: `t.langOf` of the key that words them; a key a host's catalogue left
   * out is English).
   */
  announce(words: Worded): void
  /** Moves focus after the next render. */
  requestFocus(request: FocusRequest): void
  /** Shows the form (if needed) and focuses the control of an issue. */
  focusAnchor(anchor: IssueAnchor): void
  readonly tab: BuilderTab
  setTab(tab: BuilderTab): void
  /** Which controls' issue messages (and so fix-its) are on the page, for the summary. */
  readonly shownMessages: ShownMessages
  /** Recipients opened with a send request from a file, for the composer's send step and the root's `onRecipientOpen`. */
  readonly openedRecipients: OpenedRecipients
  /** Where the JSON tab was left (its text, caret and scroll), so coming back to it finds them. */
  readonly jsonPlace: { current: JsonPlace | undefined }
}

/** The JSON tab's text as it was left, with its caret (or selection) and scroll. */
export interface JsonPlace {
  /** The draft the text was typed for: a text as typed (its own spacing) shows again while it still is. */
  readonly draft: unknown
  readonly text: string
  /** Whether the text parsed (the draft's own spelling), or was kept as typed while it did not. */
  readonly parsed: boolean
  readonly selectionStart: number
  readonly selectionEnd: number
  readonly scrollTop: number
}

/** Set by `Builder.Root`. */
export const BuilderContext = createContext<BuilderControls | null>(null)
if (process.env.NODE_ENV !== 'production') BuilderContext.displayName = 'BuilderContext'

/** The nearest `Builder.Root`'s controls; throws (naming the part) outside one. */
export function useBuilderControls(part = 'This part'): BuilderControls {
  return usePartContext(BuilderContext, part, '<Builder.Root> (or <InteractiveBuilder>)')
}

/**
 * What a part shows, selected from the builder's snapshot; the part re-renders only when the
 * selection changes (`Object.is`), so `selector` must return a primitive or a stable object.
 */
export function useBuilderSelector<T>(selector: (snapshot: BuilderSnapshot) => T, part?: string): T {
  return useModelSelector(useBuilderControls(part).model, selector)
}

/**
 * `useBuilderSelector` for a given model (`Builder.Root`, which provides the context, follows it
 * too). Not `useSyncExternalStore`: for each part it re-renders, React queues a passive effect (to
 * note the new value), and so posts a task after every keystroke's commit. The model changes only
 * from the builder's own handlers, and a part reads the present snapshot as it renders, so a
 * layout-effect subscription that asks for a render when the selection changed is enough.
 */
export function useModelSelector<T>(model: BuilderModel, selector: (snapshot: BuilderSnapshot) => T): T {
  const snapshot = model.getSnapshot()
  const selected = selector(snapshot)
  const [, rerender] = useReducer(increment, 0)
  const shown = useRef({ selector, selected, snapshot })
  useClientLayoutEffect(() => {
    shown.current = { selector, selected, snapshot }
  })
  useClientLayoutEffect(() => {
    const check = () => {
      const { selector: select, selected: last, snapshot: from } = shown.current
      // The same snapshot selects the same: every part's mount checks without selecting again.
      const now = model.getSnapshot()
      if (now !== from && !Object.is(select(now), last)) rerender()
    }
    // A change between this render and the subscription shows too.
    check()
    return model.subscribe(check)
  }, [model])
  return selected
}

const increment = (n: number) => n + 1

/** The DOM id of the control that shows issues at `anchor`. */
export const anchorElementId = (rootId: string, kind: IssueAnchorKind, path: DraftPath): string =>
  `${rootId}-${kind}-${path.join('.')}`

/** Set by `Builder.Root` when `persistKey` is given: another tab's newer draft, a refused save, a set-aside draft. */
export const BuilderPersistenceContext = createContext<DraftPersistenceState | null>(null)
if (process.env.NODE_ENV !== 'production') BuilderPersistenceContext.displayName = 'BuilderPersistenceContext'
