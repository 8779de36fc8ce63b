'use client'

import {
  type CoreMessageOverrides,
  createDraft,
  type EditorState,
  type Interactive,
  type ValidateOptions,
  type ValidationResult,
} from '@briq-interactive/core'
import {
  type ComponentPropsWithoutRef,
  type FocusEvent,
  forwardRef,
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react'
import { LeavingWords } from '../dom/leaving-words.tsx'
import { isElement, isNode } from '../dom/node-kind.ts'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'
import { useMergedRef } from '../dom/use-merged-ref.ts'
import { useWordsOfTheMoment } from '../dom/use-words-of-the-moment.ts'
import { withClassName } from '../dom/with-class-name.ts'
import { activeElementOf } from '../focus/focused-element.ts'
import {
  BUILDER_LABELS,
  getCoreIssueMessages,
  type Locale,
  type Messages,
  translatorFor,
  worded,
} from '../i18n/messages.ts'
import { joinSentences } from '../i18n/punctuation.ts'
import { ALL_STARTER_WORDS, starterWords } from '../i18n/starter-words.ts'
import { wordedNode } from '../i18n/worded-text.tsx'
import { useTheme } from '../provider/briq-settings.ts'
import { propOf, useComponentName } from '../provider/component-name.ts'
import { useKitLanguage } from '../provider/language-context.ts'
import { useCoreMessagesFor } from '../provider/use-core-messages.ts'
import { useValidationFor } from '../provider/validation-context.ts'
import type { TakenOut } from '../state/taken-out.ts'
import { useControllableState } from '../state/use-controllable-state.ts'
import { useValueAndDefaultWarning } from '../state/use-value-and-default-warning.ts'
import {
  anchorElementId,
  BuilderContext,
  type BuilderControls,
  BuilderPersistenceContext,
  type BuilderTab,
  type FocusRequest,
} from './builder-context.ts'
import { checkedHeadingLevel, type HeadingLevel } from './builder-heading.tsx'
import { type BuilderModelOptions, createBuilderModel } from './builder-model.ts'
import { besideTheDraft, editsOtherText } from './edits-other-text.ts'
import { FocusKeeper, focusKeyOf } from './focus-keeper.tsx'
import { useLiveAnnouncement } from './live-announcement.ts'
import { createOpenedRecipients } from './opened-recipients.ts'
import { refusalText } from './refusal-text.ts'
import { replacingItemKey, restoredItemKey } from './restored-item.ts'
import { createShownMessages } from './shown-messages.ts'
import { type StepWords, stepWords } from './step-words.ts'
import { submitsHostForm } from './submits-host-form.ts'
import { useControlledDraft } from './use-controlled-draft.ts'
import { type BuilderPersistState, useDraftPersistence } from './use-draft-persistence.ts'
import { usePersistedTab } from './use-persisted-tab.ts'

/**
 * The builder's own props, shared by `Builder.Root`, `InteractiveBuilder` and the composer.
 * Written as an interface of their own (not an `Omit<…>` of the root's) so Storybook's docgen,
 * which does not evaluate `Omit`, lists and describes them for each of the three.
 */
export interface BuilderOptions {
  /**
   * The draft (controlled): any interactive object, valid or not. `null`: no draft yet (yours is
   * still loading): the type picker shows no type, nothing is flagged, and "Problems" says to
   * choose a type; a type picked starts its draft (`onValueChange`), and the draft you then give
   * is the first step (Undo does not go back to nothing).
   */
  value?: unknown
  /** The draft to start from (uncontrolled). Default: reply buttons with starter words in `locale`. */
  defaultValue?: unknown
  /**
   * Called with every new draft and core's validation of it (typing, undo, a fix-it, the JSON
   * tab). Text typed into a JSON box that does not parse is kept beside the draft (which holds
   * the last value that did) and is an error of `result` (reason `not_json`/`not_json_object`),
   * so a draft with it is never `ok`.
   */
  onValueChange?: ((draft: unknown, result: ValidationResult<Interactive>) => void) | undefined
  /**
   * Saves the draft in `localStorage` under this key and restores it on load. Another tab's newer
   * draft never replaces changes made here silently: `Builder.DraftConflict` asks which to keep.
   * A reload also comes back to the JSON tab where it was showing (uncontrolled `tab` only; kept
   * for this browser tab, under `<persistKey>:tab` in `sessionStorage`).
   */
  persistKey?: string | undefined
  /**
   * With `persistKey`: called when whether this tab's changes are kept changes (also the root's
   * `data-persist`): `conflict` (another tab's newer draft waits for an answer) and `unsaved` (the
   * browser refused to save) mean leaving now would not keep them, for a host's router to ask
   * first, as the builder has the browser do on a reload; `saved` again once they are kept.
   */
  onPersistStateChange?: ((state: BuilderPersistState) => void) | undefined
  /**
   * Language of every label, hint, announcement and issue sentence; a tag's region, or its
   * `-u-hc-` extension, also sets the clock of its preview's time and of the draft conflict's
   * (`en-US` `3:54 PM`). Default: the `BriqProvider`'s, else `en`.
   */
  locale?: Locale | (string & {}) | undefined
  /**
   * Your own wording for any catalogue key (e.g. `{ 'builder.tab.json': 'Code' }`), over the
   * `BriqProvider`'s (these win key by key).
   */
  messages?: Partial<Messages> | undefined
  /**
   * The language the message itself is written in, as a BCP 47 tag (`sw`, `en-KE`; `sw_TZ` is read
   * as `sw-TZ`): the `lang` of the fields where its words are typed (header, body and footer text,
   * button, section and row titles…), so the browser's spell-check and a screen reader take the
   * message's language there, and of its words in `Builder.Preview` (see `InteractivePreview`'s
   * `messageLang`). Left out, those fields take the builder's language, as its other fields do.
   */
  messageLang?: string | undefined
  /**
   * Your own wording for core's issue sentences (and, in the composer, its send failures):
   * core's `CoreMessageOverrides`, over the `BriqProvider`'s (these win key by key); a misspelt
   * key fails to compile. E.g. `{ issues: { too_long: (issue) => 'Up to ' + issue.limit } }`.
   */
  coreMessages?: CoreMessageOverrides | undefined
  /** Colour scheme; `system` follows the OS. Default: the `BriqProvider`'s, else `system`. */
  theme?: 'light' | 'dark' | 'system' | undefined
  /**
   * Which reading of the rules Meta's sources disagree on to apply (`extendedListBody`, …).
   * Default: the nearest `BriqProvider`'s `validation`, else core's defaults.
   */
  validation?: ValidateOptions | undefined
  /** The view showing (controlled): `form` or `json`. */
  tab?: BuilderTab | undefined
  /** The view to start with (uncontrolled). Default `form`. */
  defaultTab?: BuilderTab | undefined
  /** Called when the view changes (a tab, or an issue picked while the JSON shows). */
  onTabChange?: ((tab: BuilderTab) => void) | undefined
  /**
   * The level of the builder's top headings: its groups ("Buttons", "Sections", "Cards") and
   * "Problems"; each item ("Section 1") one level below its group, a group inside an item
   * ("Rows") one below that. Set it one below your page's heading above the builder. Default 2.
   * `InteractiveComposer` gives its builder ("Message builder"), preview and inline send form a
   * heading of this level, and the builder's headings inside it go one level below.
   */
  headingLevel?: HeadingLevel | undefined
  /**
   * Called once with the recipient (`to`, as written there) each time the JSON tab opens a send
   * request or Meta's whole message from a file or a paste, or its fix-it `Keep only the
   * "interactive" object inside it` unwraps one typed: the builder keeps only the interactive
   * object, so a host with its own send form takes the recipient here (core's `normalizePhone`
   * reads the number). Not called for a bare interactive object. The composer puts it in its send
   * step's recipient field itself.
   */
  onRecipientOpen?: ((to: string) => void) | undefined
}

/** The `<div>` props the builder's root takes beside its own (spread onto it), without children. */
export type BuilderDivProps = Omit<ComponentPropsWithoutRef<'div'>, 'defaultValue' | 'onChange' | 'children'>

/** What the live region says of a draft that persistence put in place. */
const PERSIST_NOTICES = {
  restored: 'builder.persist.restored',
  updated: 'builder.persist.updated',
  opened: 'builder.persist.opened',
} as const

/** Props of `Builder.Root`. Other props are spread onto its `<div>`. */
export interface BuilderRootProps extends BuilderOptions, BuilderDivProps {
  /** The builder's parts, in any layout. */
  children?: ReactNode | undefined
}

/**
 * Owns the draft of an interactive message and gives it to the builder's parts: its history
 * (undo and redo, with Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y anywhere inside its element but
 * in a text field that is not the draft's, which keeps the browser's undo, in `Builder.Preview`,
 * and in a form inside it holding none of its parts, such as `SendDialog.Form`, whose keys are
 * the send's), core's validation and fix-its, the view (form or JSON), persistence and
 * announcements. Renders a `<div>` around the parts you place in it; `InteractiveBuilder` places
 * them the common way.
 */
export const BuilderRoot = forwardRef<HTMLDivElement, BuilderRootProps>(function BuilderRoot(props, forwardedRef) {
  const {
    value,
    defaultValue,
    onValueChange,
    persistKey,
    onPersistStateChange,
    locale: localeProp,
    messages,
    messageLang: messageLangProp,
    coreMessages,
    theme: themeProp,
    validation: validationProp,
    tab: tabProp,
    defaultTab = 'form',
    onTabChange,
    headingLevel: headingLevelProp,
    onRecipientOpen,
    className,
    onKeyDown,
    onFocus,
    onBlur,
    children,
    ...rest
  } = props
  // Every option is taken out above: one left in `rest` would land on the root's element.
  // biome-ignore lint/correctness/noUnusedVariables: a compile-time check.
  type Checked = TakenOut<Extract<keyof typeof rest, keyof BuilderOptions>>
  const rootId = useId()
  const name = useComponentName('<Builder.Root>')
  const { locale, messages: overrides, localeTag, lang } = useKitLanguage(name, localeProp, messages, BUILDER_LABELS)
  const theme = useTheme(propOf(name, 'theme'), themeProp)
  const t = useMemo(() => translatorFor(BUILDER_LABELS, localeTag, overrides), [localeTag, overrides])
  const {
    core,
    overrides: ownCore,
    langOf: coreLangOf,
  } = useCoreMessagesFor(name, getCoreIssueMessages, locale, coreMessages, localeTag)
  const validation = useValidationFor(propOf(name, 'validation'), validationProp)
  const headingLevel = checkedHeadingLevel(propOf(name, 'headingLevel'), headingLevelProp)
  const options = useMemo<BuilderModelOptions>(() => {
    // A host's own starter words are known as invented, as the kit's are, in a draft they start.
    const text = starterWords(t)
    return { validation, draft: { ...validation, text, otherText: [...ALL_STARTER_WORDS, text] } }
  }, [validation, t])
  // Only the builder's own new draft has ids that follow their titles; a host's are kept.
  const [model] = useState(() =>
    value === undefined && defaultValue === undefined
      ? createBuilderModel(createDraft('button', options.draft), options, Date.now, true)
      : createBuilderModel(value !== undefined ? value : defaultValue, options),
  )
  const [tab, setTab] = useControllableState<BuilderTab>({
    value: tabProp,
    defaultValue: defaultTab,
    onChange: onTabChange,
    name: 'Builder.Root `tab`',
  })
  usePersistedTab(persistKey, tab, setTab, { controlled: tabProp !== undefined, defaultTab })
  const [shownMessages] = useState(createShownMessages)
  const [openedRecipients] = useState(createOpenedRecipients)
  const [jsonPlace] = useState<BuilderControls['jsonPlace']>(() => ({ current: undefined }))
  // What each step made in the form did, by the state it made: undo and redo say it.
  const [steps] = useState(() => new WeakMap<EditorState, StepWords>())
  const { announcement, announce, quiet } = useLiveAnnouncement((first, next) =>
    joinSentences(latest.current.t, [first, next]),
  )
  const root = useRef<HTMLDivElement | null>(null)
  const pendingFocus = useRef<FocusRequest | undefined>(undefined)
  const wakeFocusKeeper = useRef<() => void>(() => {})
  const latest = useRef({ t })
  latest.current = { t }
  // Each announcement's words are in the language they were said in, and stay so (marked with it)
  // until they leave: a host switching the language or wording has nothing new to say.
  const said = useWordsOfTheMoment([announcement], () => ({ announcement, lang: announcement.lang ?? lang }))

  useClientLayoutEffect(() => model.setOptions(options), [model, options])

  const emit = useControlledDraft(model, value, onValueChange, propOf(name, 'value'))
  useValueAndDefaultWarning(name, props, ['value', 'tab'])
  const keep = useCallback(() => {}, [])
  const persistence = useDraftPersistence({
    model,
    persistKey,
    root,
    onReplaced: () => emit(keep),
    onNotice: (notice) => {
      const { t } = latest.current
      announce(worded(t, PERSIST_NOTICES[notice]))
    },
  })
  // Each change of whether this tab's changes are kept, told once (a host's router asks before leaving).
  const persistState = persistence.status
  const toldPersistState = useRef<BuilderPersistState>('saved')
  const onPersistState = useRef(onPersistStateChange)
  onPersistState.current = onPersistStateChange
  // A host's own send form takes an opened recipient (the composer's send step listens on its own).
  const onRecipient = useRef(onRecipientOpen)
  onRecipient.current = onRecipientOpen
  const hearsRecipients = onRecipientOpen !== undefined
  useEffect(() => {
    if (!hearsRecipients) return
    return openedRecipients.subscribe((to) => {
      onRecipient.current?.(to)
      return true
    })
  }, [openedRecipients, hearsRecipients])
  useEffect(() => {
    if (persistState === toldPersistState.current) return
    toldPersistState.current = persistState
    onPersistState.current?.(persistState)
  }, [persistState])

  const controls = useMemo<BuilderControls>(() => {
    const requestFocus = (request: FocusRequest) => {
      pendingFocus.current = request
      wakeFocusKeeper.current()
    }
    // Undo and redo keep focus where it is unless the step takes its control away: a row moved
    // back into its old section is a new element there, so focus follows its control; undoing an
    // add removes the field being typed in, so focus stays in the builder, on Undo. An item the
    // step brings back (an undone Remove) takes focus, on the control focus was on (its Remove)
    // or its first field, except from the Undo and Redo buttons, which keep it; a redone Remove
    // of the item focus was in moves it as Remove does, to the item that took its place, and a
    // Remove focus was on that the step dims goes to its item's first field, as after a remove.
    const travel = (go: () => boolean, back: () => void, own: readonly string[], redo: boolean) => {
      const focused = root.current ? activeElementOf(root.current) : undefined
      const before = model.getSnapshot().state
      if (!go()) return
      emit(back)
      const after = model.getSnapshot().state
      // Undo says the step it took back; redo the step it made again.
      const words = steps.get(redo ? after : before)?.(t, core)
      const key =
        words === undefined
          ? redo
            ? 'builder.announce.redone'
            : 'builder.announce.undone'
          : redo
            ? 'builder.announce.redoneStep'
            : 'builder.announce.undoneStep'
      announce(worded(t, key, words === undefined ? undefined : { step: words }))
      const focusKey = focusKeyOf(focused)
      const slash = focusKey?.indexOf('/') ?? -1
      const owner = focusKey?.slice(0, slash)
      const control = focusKey?.slice(slash + 1)
      const onHistory = focusKey === 'root/undo' || focusKey === 'root/redo'
      const restored = onHistory ? undefined : restoredItemKey(before, after)
      if (restored !== undefined) {
        requestFocus({ focusKeys: control === undefined ? [] : [`${restored}/${control}`], itemKey: restored })
        return
      }
      const replacing = redo && owner !== undefined ? replacingItemKey(before, after, owner) : undefined
      // A Remove the step dims (an undone Add left its item the only one) is left as Remove leaves it.
      const dimmable = control === 'remove' && focused?.getAttribute('aria-disabled') !== 'true'
      requestFocus({
        ifRemoved: focused,
        liveControl: replacing !== undefined || dimmable,
        focusKeys: [replacing === undefined ? undefined : `${replacing}/${control}`, focusKey, ...own].filter(
          (key) => key !== undefined,
        ),
        orRoot: true,
      })
    }
    return {
      model,
      t,
      messages: overrides,
      locale,
      localeTag,
      lang,
      messageLang: messageLangProp,
      core,
      coreLangOf,
      coreMessages: ownCore,
      theme,
      headingLevel,
      rootId,
      tab,
      setTab,
      shownMessages,
      openedRecipients,
      jsonPlace,
      announce,
      requestFocus,
      dispatch(operation, change) {
        const before = model.getSnapshot()
        const result = model.apply(operation, change)
        if (!result.ok) {
          const why = refusalText(result, t)
          announce(why)
          return false
        }
        const after = model.getSnapshot().state
        if (after === before.state) return false
        const words = stepWords(operation, before)
        // A step typed back to where it began gives way to the step before (core's `typedBack`),
        // which keeps its own words.
        if (words !== undefined && !steps.has(after)) steps.set(after, words)
        emit(model.undo)
        return true
      },
      undo() {
        travel(model.undo, model.redo, ['root/undo'], false)
      },
      redo() {
        travel(model.redo, model.undo, ['root/redo', 'root/undo'], true)
      },
      newMessage() {
        // Nothing in sight changes: what goes is what a type switch kept aside, and it is said.
        const asideOnly = model.showsNew(model.getSnapshot().state)
        if (!model.startOver()) return
        steps.set(model.getSnapshot().state, (say) => say('builder.step.newMessage'))
        emit(model.undo)
        const said = asideOnly ? 'builder.announce.newMessageAside' : 'builder.announce.newMessage'
        announce(worded(t, said))
        requestFocus({ focusKeys: ['root/type', 'root/json'], orFirstControl: true })
      },
      focusAnchor(anchor) {
        if (anchor.kind === 'message') return
        setTab('form')
        requestFocus({ elementId: anchorElementId(rootId, anchor.kind, anchor.path) })
      },
    }
  }, [
    model,
    t,
    overrides,
    locale,
    localeTag,
    lang,
    messageLangProp,
    core,
    coreLangOf,
    ownCore,
    theme,
    headingLevel,
    rootId,
    tab,
    setTab,
    shownMessages,
    openedRecipients,
    jsonPlace,
    steps,
    announce,
    emit,
  ])

  // Chromium's own undo, pressed on a control outside the builder (or chosen from a menu), undoes
  // the builder field typed in last, a character a press, which the builder took for new typing
  // (its Redo lost). Its history edits of the draft's fields are the builder's undo and redo.
  useEffect(() => {
    const element = root.current
    if (element === null) return
    const onBeforeInput = (event: InputEvent) => {
      const undo = event.inputType === 'historyUndo'
      if (!undo && event.inputType !== 'historyRedo') return
      if (editsOtherText(event.target) || besideTheDraft(event.target, element)) return
      event.preventDefault()
      if (undo) controls.undo()
      else controls.redo()
    }
    element.addEventListener('beforeinput', onBeforeInput)
    return () => element.removeEventListener('beforeinput', onBeforeInput)
  }, [controls])

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    onKeyDown?.(event)
    if (event.defaultPrevented) return
    // A key from a part React places here but the page shows elsewhere (the composer's send
    // dialog, portaled over the builder) is not the builder's: its Enter sends, its Ctrl+Z would
    // change the message being sent.
    if (!(isNode(event.target) && root.current?.contains(event.target))) return
    if (submitsHostForm(event, root.current)) {
      event.preventDefault()
      return
    }
    if (event.altKey || !(event.ctrlKey || event.metaKey) || editsOtherText(event.target)) return
    if (besideTheDraft(event.target, root.current)) return
    const key = event.key.toLowerCase()
    if (key === 'z' && !event.shiftKey) controls.undo()
    else if ((key === 'z' && event.shiftKey) || (key === 'y' && event.ctrlKey && !event.shiftKey)) controls.redo()
    else return
    event.preventDefault()
  }

  // The builder's last words were read when said; kept beside an open dialog (the preview's
  // list sheet, the send dialog, a host's), they were a swipe stop of their own there: a modal
  // hides the page behind it from assistive tech but keeps its live regions. They go once
  // focus enters a dialog (React's events come through portals) or leaves the builder.
  const handleFocus = (event: FocusEvent<HTMLDivElement>) => {
    onFocus?.(event)
    const dialog = isElement(event.target)
      ? event.target.closest('[role="dialog"], [role="alertdialog"], dialog')
      : null
    // A host's dialog around the whole builder is where it is read, not one opened over it.
    if (dialog !== null && !dialog.contains(root.current)) quiet()
  }
  const handleBlur = (event: FocusEvent<HTMLDivElement>) => {
    onBlur?.(event)
    const to = event.relatedTarget
    if (isNode(event.target) && root.current?.contains(event.target) && isNode(to) && !root.current.contains(to))
      quiet()
  }

  const setRoot = useMergedRef(root, forwardedRef)
  const register = useCallback((wake: () => void) => {
    wakeFocusKeeper.current = wake
  }, [])

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the builder's undo/redo shortcuts work from any control inside it
    <div
      lang={lang}
      {...rest}
      id={rest.id ?? rootId}
      tabIndex={rest.tabIndex ?? -1}
      ref={setRoot}
      className={withClassName('bi-root bi-builder', className)}
      data-bi-theme={theme}
      data-tab={tab}
      data-persist={persistKey === undefined ? undefined : persistence.status}
      onKeyDown={handleKeyDown}
      onFocus={handleFocus}
      onBlur={handleBlur}
    >
      <BuilderContext.Provider value={controls}>
        <BuilderPersistenceContext.Provider value={persistKey === undefined ? null : persistence}>
          {children}
          <FocusKeeper root={root} pending={pendingFocus} register={register} />
        </BuilderPersistenceContext.Provider>
      </BuilderContext.Provider>
      <div className="bi-builder-live" role="status" aria-live="polite" lang={said.lang}>
        <LeavingWords key={said.announcement.count} className="bi-builder-live-text">
          {wordedNode({ ...said.announcement, lang: said.lang }, said.lang)}
        </LeavingWords>
      </div>
    </div>
  )
})
if (process.env.NODE_ENV !== 'production') BuilderRoot.displayName = 'Builder.Root'
