import type { IssuePath } from '../../issue.ts'
import { capitalise } from '../capitalise.ts'
import { type FieldPart, type FieldWord, fieldParts, isWord } from '../field-parts.ts'
import { of, type Phrase, phrase } from './grammar.ts'

// Tanzanian shop-floor words; API names the builder shows no field for (card_index) stay as written.
const WORDS: Record<FieldWord, Phrase> = {
  message: phrase('ujumbe', 'u'),
  request: phrase('ombi', 'li'),
  interactive: phrase('kitu cha interactive', 'ki'),
  message_type: phrase('aina ya ujumbe', 'i', 'u'),
  action_name: phrase('jina la kitendo', 'li', 'ki'),
  list_button: phrase('jina la kitufe cha orodha', 'li'),
  media_link: phrase('kiungo cha faili', 'ki'),
  media_id: phrase('kitambulisho cha faili', 'ki'),
  document_filename: phrase('jina la faili la hati', 'li'),
  footer_text: phrase('maandishi ya chini', 'ya'),
  listed_product_id: phrase('kitambulisho (SKU)', 'ki'),
  street_address: phrase('anwani ya mtaa', 'i'),
  full_name: phrase('jina kamili', 'li'),
  button_text: phrase('maandishi ya kitufe', 'ya', 'ki'),
  button_url: phrase('URL ya kitufe', 'i', 'ki'),
  flow_button_text: phrase('maandishi ya kitufe cha flow', 'ya', 'i'),
  recipient: phrase('namba ya mpokeaji (to)', 'i', 'a'),
  legacy_recipient: phrase('namba ya mpokeaji (recipient)', 'i', 'a'),
  sender: phrase('namba ya mtumaji (sender)', 'i', 'a'),
  sender_id: phrase('mtumaji (sender_id)', 'a'),
  conversation_id: phrase('mazungumzo (conversation_id)', 'ya'),
  header: phrase('kichwa', 'ki'),
  body: phrase('ujumbe', 'u'),
  footer: phrase('maandishi ya chini', 'ya'),
  text: phrase('maandishi', 'ya'),
  title: phrase('jina', 'li'),
  section_title: phrase('kichwa', 'ki'),
  id: phrase('kitambulisho', 'ki'),
  description: phrase('maelezo', 'ya'),
  image: phrase('picha', 'i'),
  video: phrase('video', 'i'),
  document: phrase('hati', 'i'),
  link: phrase('kiungo', 'ki'),
  filename: phrase('jina la faili', 'li'),
  button: phrase('kitufe', 'ki'),
  buttons: phrase('vitufe', 'vi'),
  section: phrase('sehemu', 'i'),
  sections: phrase('sehemu', 'zi'),
  row: phrase('safu', 'i'),
  rows: phrase('safu', 'zi'),
  product: phrase('bidhaa', 'i'),
  products: phrase('bidhaa', 'zi'),
  card: phrase('kadi', 'i'),
  cards: phrase('kadi', 'zi'),
  saved_address: phrase('anwani iliyohifadhiwa', 'i'),
  saved_addresses: phrase('anwani zilizohifadhiwa', 'zi'),
  action: phrase('kitendo', 'ki'),
  parameters: phrase('vigezo', 'vi'),
  reply: phrase('jibu', 'li'),
  // "Of" agrees with jibu, the head: "jibu la haraka la kitufe 1", as "jina la faili la hati".
  quick_reply: phrase('jibu la haraka', 'li'),
  values: phrase('anwani', 'i'),
  country: phrase('msimbo wa nchi', 'u'),
  screen: phrase('skrini ya kwanza', 'i'),
  data: phrase('data', 'i'),
  screen_data: phrase('data ya skrini', 'i'),
  validation_errors: phrase('makosa ya uthibitishaji', 'ya'),
  value: phrase('thamani', 'i'),
  name: phrase('jina', 'li'),
  phone_number: phrase('namba ya simu', 'i'),
  house_number: phrase('namba ya nyumba', 'i'),
  floor_number: phrase('namba ya ghorofa', 'i'),
  tower_number: phrase('namba ya jengo refu', 'i'),
  building_name: phrase('jina la jengo', 'li'),
  address: phrase('anwani', 'i'),
  landmark_area: phrase('alama au eneo', 'i', 'li'),
  city: phrase('mji', 'u'),
  state: phrase('jimbo', 'li'),
  pin_code: phrase('msimbo wa PIN', 'u'),
  catalog_id: phrase('kitambulisho cha katalogi', 'ki'),
  product_id: phrase('kitambulisho cha bidhaa (SKU)', 'ki'),
  thumbnail_product: phrase('kitambulisho cha bidhaa ya picha ndogo (SKU)', 'ki', 'i'),
  flow_id: phrase('kitambulisho cha flow', 'ki', 'i'),
  flow_name: phrase('jina la flow', 'li', 'i'),
  flow_token: phrase('tokeni ya flow', 'i'),
  flow_mode: phrase('toleo la flow', 'li', 'i'),
  // As its fix-it says it ("Badilisha kitendo cha flow kiwe navigate").
  flow_action: phrase('kitendo cha flow', 'ki', 'i'),
  button_validity: phrase('muda wa kitufe (dakika)', 'u', 'ki'),
  call_payload: phrase('data ya simu', 'i'),
  type: phrase('aina', 'i'),
}

/**
 * Names a field in Swahili, the named thing first and each container after it, each joined by
 * the "of" its noun class asks for: button 2, title → "Jina la kitufe 2"; section 1, row 3, id
 * → "Kitambulisho cha safu 3 ya sehemu 1". Returns the phrase, so a sentence can agree with it
 * ("Jina la kitufe 2 linahitajika").
 */
export function swahiliField(path: IssuePath): Phrase {
  // A card's body is just its text: "maandishi ya kadi 1", not "…ya ujumbe wa kadi 1"; the body
  // itself too (an object, or one with an unknown field), never only "kadi 1".
  const parts = fieldParts(path).flatMap((part, i, all): FieldPart[] => {
    if (!(isWord(part, 'body') && isWord(all[i - 1], 'card'))) return [part]
    return i === all.length - 1 ? [{ word: 'text' }] : []
  })
  if (parts.length === 0) return phrase('Ujumbe', 'u')
  // The body alone is its text, so "ujumbe" never means both the message and its body.
  if (isWord(parts.at(-1), 'body')) parts.push({ word: 'text' })
  // The named thing comes first; an API name there keeps its spelling: "toString ya kitufe 1".
  const asWritten = 'name' in (parts.at(-1) ?? {})
  const phrases = parts.reverse().map((part): Phrase => {
    // "Kipengele", as the JSON sentences call a key: the key may be a noun of any class ("jina").
    if ('key' in part) return phrase(`kipengele "${part.key}"`, 'ki')
    if ('name' in part) return phrase(part.name, 'i')
    const word = WORDS[part.word]
    return part.number === undefined ? word : { ...word, text: `${word.text} ${part.number}` }
  })
  const [first, ...rest] = phrases as [Phrase, ...Phrase[]]
  // A hint in brackets ("(SKU)", "(JSON)") closes the whole name, as the builder's labels end with it.
  const hint = / \([^)]*\)$/.exec(first.text)?.[0] ?? ''
  let text = first.text.slice(0, first.text.length - hint.length)
  let tail = first.tail
  for (const next of rest) {
    text += ` ${of(tail)} ${next.text}`
    tail = next.tail
  }
  return { text: asWritten ? text + hint : capitalise(text + hint), head: first.head, tail }
}
