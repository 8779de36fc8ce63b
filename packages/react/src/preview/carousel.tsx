import { LIMITS } from '@briq-interactive/core'
import { type FocusEvent, memo, type ReactNode, useId, useRef } from 'react'
import { namedIn, ownLang } from '../i18n/own-lang.tsx'
import { ActionRows } from './action-row.tsx'
import { BodyPlaceholder } from './body-placeholder.tsx'
import { CarouselArrows } from './carousel-arrows.tsx'
import { FormattedText } from './formatted-text.tsx'
import { MessageHeader } from './message-header.tsx'
import type { DraftCard } from './normalize.ts'
import { useIssues, usePreview } from './preview-context.ts'
import { ProductCardTop } from './product-summary.tsx'

// Tab onto a button of the card that peeks in at the edge: Chromium leaves a partly visible
// element where it is, so the card is brought fully into view (the page scrolls only if needed).
// jsdom, where a host may test its page, has no scrollIntoView.
// The row itself is a stop when a part past its edge has no stop of its own: cards with no button
// (a draft's), or the note that more cards are needed, which it then brings into view.
// A pointer that focuses the row (a tap on a card's picture, the start of a swipe) leaves it
// where it is: only the keyboard's focus is taken to the note.
const showFocusedCard = (event: FocusEvent<HTMLElement>): void => {
  const row = event.target === event.currentTarget
  if (row && !event.target.matches(':focus-visible')) return
  const card = row
    ? event.target.querySelector(':scope > .bi-card[data-kind="none"]')
    : event.target.closest('.bi-card')
  card?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' })
}

/** The carousel's horizontally scrolling row of cards, left to right by `card_index`. */
export const Carousel = memo(function Carousel({ cards }: { cards: DraftCard[] }): ReactNode {
  const { t, messageLang, locale } = usePreview()
  const nameId = useId()
  const named = namedIn(t('preview.carousel'), t.langOf('preview.carousel'), locale, nameId)
  const issues = useIssues()
  const row = useRef<HTMLDivElement>(null)
  const ordered = [...cards].sort((a, b) => a.index - b.index)
  // Fewer cards than WhatsApp takes (none, or `cards` that is no list): said where the next goes.
  const missing =
    cards.length === 0
      ? t('preview.noCards')
      : cards.length < LIMITS.carousel.cards.min
        ? t('preview.fewCards', { min: LIMITS.carousel.cards.min })
        : undefined
  // Its buttons take a keyboard along the row; with none (a draft), or a note after the cards, the
  // row itself must be focusable to be scrolled (WCAG 2.1.1). Not the note: text is no control,
  // and a stop of no role is read as nothing in particular.
  const rowStop =
    cards.length > 0 &&
    (missing !== undefined || !cards.some((card) => card.productId !== undefined || card.actions.length > 0))
  return (
    <div className="bi-carousel-wrap">
      {/* biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls; this is a labelled group of cards */}
      <div
        ref={row}
        className="bi-carousel"
        role="group"
        {...named.props}
        onFocus={showFocusedCard}
        tabIndex={rowStop ? 0 : undefined}
        data-invalid={issues.has(['action', 'cards']) ? '' : undefined}
      >
        {named.words}
        {ordered.map((card, i) => {
          const cardName = namedIn(
            t('preview.carouselCard', { index: i + 1, count: ordered.length }),
            t.langOf('preview.carouselCard'),
            locale,
            `${nameId}-${i}`,
          )
          return (
            <article
              // biome-ignore lint/suspicious/noArrayIndexKey: card_index may repeat in a draft
              key={i}
              className="bi-card"
              data-kind={card.productId === undefined ? 'media' : 'product'}
              {...cardName.props}
              data-invalid={issues.has(card.path) ? '' : undefined}
              data-overflow={issues.beyond(card.path) ? '' : undefined}
            >
              {cardName.words}
              {card.productId !== undefined ? (
                <ProductCardTop productId={card.productId} />
              ) : card.header ? (
                <MessageHeader header={card.header} aspect="card" />
              ) : (
                <MessageHeader
                  header={{ kind: 'image', url: undefined, path: [...card.path, 'header', 'image'] }}
                  aspect="card"
                />
              )}
              {card.body?.value ? (
                <div
                  className="bi-text bi-card-body"
                  dir="auto"
                  lang={messageLang}
                  data-invalid={issues.has(card.body.path) ? '' : undefined}
                >
                  <FormattedText text={card.body.value} overflow={issues.overflow(card.body)} />
                </div>
              ) : card.bodyProblem ? (
                // A body written that cannot be read (`null`, `"hello"`, `{}`, `{ text: "" }`): the message's placeholder, barred.
                <div className="bi-text bi-card-body">
                  <BodyPlaceholder invalid={issues.has([...card.path, 'body'])} unreadable />
                </div>
              ) : null}
              <ActionRows
                actions={
                  card.productId !== undefined
                    ? [
                        {
                          kind: 'product',
                          label: undefined,
                          id: undefined,
                          url: undefined,
                          path: [...card.path, 'action'],
                        },
                      ]
                    : card.actions
                }
              />
            </article>
          )
        })}
        {missing ? (
          <div
            className="bi-card"
            data-kind="none"
            data-invalid={issues.has(['action']) ? '' : undefined}
            lang={ownLang(t, cards.length === 0 ? 'preview.noCards' : 'preview.fewCards', locale)}
          >
            {missing}
          </div>
        ) : null}
      </div>
      <CarouselArrows row={row} />
    </div>
  )
})
