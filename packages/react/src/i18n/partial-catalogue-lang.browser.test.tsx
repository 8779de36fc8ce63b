import '../styles.css'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { validFixtures } from '../preview/fixtures.ts'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'
import { axeReport } from '../testing/axe-report.ts'
import { en, type Messages } from './messages/en.ts'

afterEach(cleanup)

// A French catalogue that words some keys: what it leaves out is the kit's English, marked so.
const french: Partial<Messages> = {
  'field.type': 'Type de message',
  'field.body.text': 'Texte du message',
  'builder.tab.form': 'Formulaire',
  'preview.sheet.send': 'Envoyer',
  'sendDialog.title': 'Envoyer le message',
  'sendDialog.cancel': 'Annuler',
}

// The language an element's words are read in: its own `lang`, else its nearest ancestor's.
const langOf = (element: Element | null): string | null => element?.closest('[lang]')?.getAttribute('lang') ?? null

const settled = () =>
  Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)))

describe('a partial catalogue, read in Chromium (axe)', () => {
  it('marks the English it falls back to in the builder, the preview and the dialog, and axe finds nothing', async () => {
    const { client } = createMockClient()
    const { container } = render(
      <InteractiveComposer
        client={client}
        locale="fr"
        messages={french}
        messageLang="sw"
        defaultValue={validFixtures.list}
      />,
    )
    const builder = container.querySelector('.bi-builder') as HTMLElement
    expect(builder).toHaveAttribute('lang', 'fr')
    // Labels the host worded are French, those it left out English; the message's words Swahili.
    await expect.element(page.getByLabelText('Texte du message')).toHaveAttribute('lang', 'sw')
    expect(langOf(page.getByText('Texte du message').element())).toBe('fr')
    expect(langOf(page.getByText(en['field.footer.text'] as string).element())).toBe('en')
    expect(langOf(page.getByRole('tab', { name: 'Formulaire' }).element())).toBe('fr')
    expect(langOf(page.getByRole('tab', { name: 'JSON' }).element())).toBe('en')
    // The preview's name, an attribute in the catalogue's English, is read from words marked so.
    const preview = page.getByRole('region', { name: en['preview.region'] as string })
    await expect.element(preview).toBeVisible()
    await settled()
    expect((await axeReport(builder)).violations).toEqual([])
    await page.getByRole('button', { name: 'Chagua njia' }).click()
    await expect.element(page.getByRole('button', { name: 'Envoyer' })).toBeVisible()
    await settled()
    expect((await axeReport(builder)).violations).toEqual([])
    await page.getByRole('button', { name: en['preview.sheet.close'] as string }).click()
    await page.getByRole('button', { name: en['sendDialog.send'] as string }).click()
    const dialog = page.getByRole('dialog', { name: 'Envoyer le message' })
    await expect.element(dialog).toBeVisible()
    await settled()
    expect(langOf(page.getByRole('button', { name: 'Annuler' }).element())).toBe('fr')
    expect(langOf(dialog.getByRole('button', { name: en['sendDialog.send'] as string }).element())).toBe('en')
    expect((await axeReport(dialog.element())).violations).toEqual([])
  })
})
