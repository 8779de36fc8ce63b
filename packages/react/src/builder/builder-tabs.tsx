'use client'

import { unparsedAt } from '@briq-interactive/core'
import { type ComponentPropsWithoutRef, forwardRef, type KeyboardEvent, useEffect, useRef } from 'react'
import { elementById } from '../dom/element-by-id.ts'
import { withClassName } from '../dom/with-class-name.ts'
import { worded } from '../i18n/messages.ts'
import { ownLang } from '../i18n/own-lang.tsx'
import { type BuilderTab, useBuilderControls, useBuilderSelector } from './builder-context.ts'
import { jsonReplacedKey, jsonReplacedText } from './labels.ts'

const TABS: readonly BuilderTab[] = ['form', 'json']

/** The ids of a tab and its panel. */
export const tabIds = (rootId: string, tab: BuilderTab) => ({
  tab: `${rootId}-tab-${tab}`,
  panel: `${rootId}-panel-${tab}`,
})

/** Props of `Builder.TabList`; other props go to its `<div role="tablist">`. */
export type BuilderTabListProps = ComponentPropsWithoutRef<'div'>

/**
 * The "Form" and "JSON" tabs (WAI-ARIA tabs: one tab stop, arrow keys, Home and End move and
 * select). Both views edit the same draft.
 */
export const BuilderTabList = forwardRef<HTMLDivElement, BuilderTabListProps>(function BuilderTabList(
  { className, onKeyDown, ...rest },
  ref,
) {
  const { t, lang, tab, setTab, rootId } = useBuilderControls('Builder.TabList')
  // The list's name can only be marked on the list: its tabs say theirs against it.
  const listLang = t.langOf('builder.tabs.label')
  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    onKeyDown?.(event)
    const index = TABS.indexOf(tab)
    const next =
      event.key === 'ArrowRight'
        ? TABS[(index + 1) % TABS.length]
        : event.key === 'ArrowLeft'
          ? TABS[(index + TABS.length - 1) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined
    if (next === undefined || event.defaultPrevented) return
    event.preventDefault()
    setTab(next)
    elementById(event.currentTarget, tabIds(rootId, next).tab)?.focus()
  }
  return (
    <div
      ref={ref}
      role="tablist"
      aria-label={t('builder.tabs.label')}
      lang={ownLang(t, 'builder.tabs.label', lang)}
      {...rest}
      className={withClassName('bi-builder-tabs', className)}
      onKeyDown={handleKeyDown}
    >
      {TABS.map((value) => {
        const ids = tabIds(rootId, value)
        const selected = value === tab
        const key = value === 'form' ? 'builder.tab.form' : 'builder.tab.json'
        return (
          <button
            key={value}
            type="button"
            role="tab"
            id={ids.tab}
            className="bi-builder-tab"
            aria-selected={selected}
            // Only the shown panel exists; a hidden one is not rendered.
            aria-controls={selected ? ids.panel : undefined}
            tabIndex={selected ? 0 : -1}
            lang={ownLang(t, key, listLang)}
            onClick={() => setTab(value)}
          >
            {t(key)}
          </button>
        )
      })}
    </div>
  )
})
if (process.env.NODE_ENV !== 'production') BuilderTabList.displayName = 'Builder.TabList'

/** Props of the tab panels; other props go to their `<div role="tabpanel">`. */
export type BuilderPanelProps = ComponentPropsWithoutRef<'div'>

interface TabPanelProps extends BuilderPanelProps {
  tab: BuilderTab
  name: string
}

const TabPanel = forwardRef<HTMLDivElement, TabPanelProps>(function TabPanel({ tab, name, className, ...rest }, ref) {
  const { tab: shown, rootId } = useBuilderControls(name)
  if (shown !== tab) return null
  const ids = tabIds(rootId, tab)
  return (
    <div
      ref={ref}
      role="tabpanel"
      id={ids.panel}
      aria-labelledby={ids.tab}
      {...rest}
      className={withClassName('bi-builder-panel', className)}
      data-tab={tab}
    />
  )
})

/**
 * The "Form" tab's panel: put the form parts in it. Rendered only while the form shows. While
 * the JSON tab holds text the form cannot use (broken JSON, another kind of message), it says so
 * first: the form shows the last valid message, and a change here replaces that text (undo
 * brings it back), said in the builder's
 * live region as the tab opens; once a change here or a new draft from outside (a controlled
 * `value`, another tab's draft) has, it says that, in a live region of its own.
 */
export const BuilderFormPanel = forwardRef<HTMLDivElement, BuilderPanelProps>(function BuilderFormPanel(
  { children, ...props },
  ref,
) {
  const { t, lang, tab, announce } = useBuilderControls('Builder.FormPanel')
  const json = useBuilderSelector((snapshot) =>
    unparsedAt(snapshot.state, []) !== undefined ? 'unparsed' : snapshot.jsonTextReplaced,
  )
  // A note inserted with its text is not read: the warning is said as the tab opens on it, once
  // per opening (a reloaded draft's: joined to the notice that it was restored).
  const warned = tab === 'form' && json === 'unparsed'
  const wasWarned = useRef(warned)
  useEffect(() => {
    if (warned && !wasWarned.current) announce(worded(t, 'builder.json.formReplaces'))
    wasWarned.current = warned
  }, [warned, announce, t])
  return (
    <TabPanel ref={ref} {...props} tab="form" name="Builder.FormPanel">
      {json === undefined ? null : (
        <div>
          {json === 'unparsed' ? (
            <p className="bi-builder-hint" data-severity="warning" lang={ownLang(t, 'builder.json.formReplaces', lang)}>
              {t('builder.json.formReplaces')}
            </p>
          ) : null}
          {/* Present (empty) beside the warning, so the change that replaced the text is read out. */}
          <div role="status">
            {json === 'unparsed' ? null : (
              <p className="bi-builder-hint" lang={ownLang(t, jsonReplacedKey(json), lang)}>
                {jsonReplacedText(t, json)}
              </p>
            )}
          </div>
        </div>
      )}
      {children}
    </TabPanel>
  )
})
if (process.env.NODE_ENV !== 'production') BuilderFormPanel.displayName = 'Builder.FormPanel'

/** The "JSON" tab's panel: put `Builder.JsonEditor` in it. Rendered only while the JSON shows. */
export const BuilderJsonPanel = forwardRef<HTMLDivElement, BuilderPanelProps>(function BuilderJsonPanel(props, ref) {
  return <TabPanel ref={ref} {...props} tab="json" name="Builder.JsonPanel" />
})
if (process.env.NODE_ENV !== 'production') BuilderJsonPanel.displayName = 'Builder.JsonPanel'
