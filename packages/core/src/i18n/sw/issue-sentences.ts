import { type ControlKind, controlKind } from '../../control-characters.ts'
import type { Issue } from '../../issue.ts'
import { ADDRESS_MESSAGE_COUNTRY, LIMITS } from '../../limits.ts'
import { ownEntry } from '../../own-entry.ts'
import { CAROUSEL_QUICK_REPLY_MAX_READINGS } from '../../schemas/schema-options.ts'
import { capitalise, uncapitalise } from '../capitalise.ts'
import { quotedCharacters } from '../character-label.ts'
import type { IssueSentences, JsonTextSentences } from '../core-messages.ts'
import { containerPath, isBriqFieldPath, isMessageTypePath, isUnseenPath, ownerPath } from '../field-paths.ts'
import type { CardKind, CountNoun, CountScope } from '../issue-reason.ts'
import { pickedType } from '../picked-type.ts'
import { wordFor } from '../word-for.ts'
import { swahiliField } from './field-names.ts'
import {
  of,
  type Phrase,
  phrase,
  denies as phraseDenies,
  says as phraseSays,
  subject as prefix,
  sizeSw,
} from './grammar.ts'
import { TYPE_NAMES_SW, typeSw as type } from './type-names.ts'

// WhatsApp's call button lifetime when ttl_minutes is left out (LIMITS), and a day in minutes.
const TTL_DEFAULT = LIMITS.voiceCall.ttlMinutes.default
const MINUTES_PER_DAY = 24 * 60
// Quick replies per carousel card in Meta's example, and the caps libraries set (LIMITS, the option).
const QUICK_REPLIES_SHOWN = LIMITS.carousel.quickReplies.max
const QUICK_REPLY_READINGS = CAROUSEL_QUICK_REPLY_MAX_READINGS.map(String)

const HEADER_KINDS: Record<string, string> = {
  text: 'maandishi',
  image: 'picha',
  video: 'video',
  document: 'hati',
  gif: 'gif',
}
const headerKind = (kind: string | undefined): string =>
  (kind !== undefined && ownEntry(HEADER_KINDS, kind)) || (kind ?? '')

const either = (values: readonly string[]): string =>
  values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} au ${values.at(-1)}`
// Each value quoted, the last joined by "au" as Swahili lists a choice: `"navigate" au "data_exchange"`.
const quoted = (values: readonly string[]): string => either(values.map((v) => `"${v}"`))
// Whose rule it is, with the class its verbs agree with: "WhatsApp inaruhusu", "kiunda ujumbe hiki
// kinaruhusu" (the kit, by the composer's name for its builder; "kifaa" would read as a device).
const ownerPhrase = (issue: Issue): Phrase =>
  issue.rule === 'kit' ? phrase('kiunda ujumbe hiki', 'ki') : phrase(issue.rule === 'briq' ? 'Briq' : 'WhatsApp', 'i')
const owner = (issue: Issue): string => ownerPhrase(issue).text
/** "<owner> <verb>", the verb agreeing with the owner: `ownerSays(i, "naruhusu")` → "WhatsApp inaruhusu". */
const ownerSays = (issue: Issue, verb: string): string => phraseSays(ownerPhrase(issue), verb)
/** The negative: `ownerDenies(i, "ziruhusu")` → "WhatsApp haiziruhusu", "kiunda ujumbe hiki hakiziruhusu". */
const ownerDenies = (issue: Issue, verb: string): string => phraseDenies(ownerPhrase(issue), verb)

/** The issue's field as a phrase the sentence agrees with. */
const subject = (issue: Issue): Phrase => (issue.params?.request ? phrase('Ombi', 'li') : swahiliField(issue.path))

/** "<field> <verb>" with the verb agreeing with the field: `says(i, "nahitajika")` → "Jina la kitufe 2 linahitajika". */
const says = (issue: Issue, verb: string): string => phraseSays(subject(issue), verb)
/** "<the text> has" or, for a file, "Faili <name> lina" (a faili is ji-ma): a JSON text's refusals. */
const textOrFileHas = (issue: Issue): string =>
  issue.params?.file === undefined ? says(issue, 'na') : `Faili ${issue.params.file} lina`
/** The negative: `denies(i, "ruhusiwi")` → "Kichwa hakiruhusiwi". */
const denies = (issue: Issue, verb: string): string => phraseDenies(subject(issue), verb)
/** "<field> lazima <agreeing>we <what>": "Maandishi ya ujumbe lazima yawe maandishi". */
const mustBe = (issue: Issue, what: string): string => {
  const field = subject(issue)
  return `${field.text} lazima ${prefix(field.head)}we ${what}`
}

// What the JSON grammar wanted (JsonExpected) where a text stops being JSON.
const JSON_EXPECTED: Record<string, string> = {
  value: 'thamani',
  name: 'jina la kipengele ndani ya alama za nukuu (")',
  colon: '":"',
  object_next: '"," au "}"',
  array_next: '"," au "]"',
  end: 'mwisho wa JSON',
  string_end: 'alama ya nukuu ya kufunga (")',
  escape: 'mfuatano kama \\n, \\" au \\u00e9',
  digit: 'tarakimu',
}

// What a JavaScript habit that JSON refuses (JsonSyntaxCause) needs changed.
const JSON_CAUSE: Record<string, string> = {
  comment: 'JSON haikubali maelezo ya // au /* */; yaondoe',
  trailing_comma: 'JSON haikubali "," baada ya kipengele cha mwisho; iondoe',
  single_quotes: 'JSON huweka maandishi na majina ya vipengele ndani ya alama za nukuu mbili ("), si moja',
}

/** "ilitarajiwa thamani, lakini imepatikana "}"", from the position data only. */
function jsonProblem(i: Issue): string {
  const { line, column, expected = '', found, cause } = i.params ?? {}
  const where = line === undefined ? 'si JSON sahihi' : `si JSON sahihi kwenye mstari ${line}, safu wima ${column}`
  const habit = cause === undefined ? undefined : ownEntry(JSON_CAUSE, cause)
  const what =
    habit !== undefined
      ? habit
      : expected === 'control'
        ? 'mstari mpya au tab ndani ya alama za nukuu lazima viandikwe \\n au \\t'
        : expected === ''
          ? undefined
          : `ilitarajiwa ${ownEntry(JSON_EXPECTED, expected) ?? expected}, ${found === undefined ? 'lakini maandishi yanaishia hapo' : `lakini imepatikana ${quotedCharacters(found)}`}`
  return `${i.params?.file ?? subject(i).text} ${where}${what === undefined ? '' : `: ${what}`}`
}

// A control character named for what it does; each a herufi (class n), as the sentence's
// "kuikosa" agrees.
const CONTROLS: Record<ControlKind, string> = {
  line_break: 'herufi ya mstari mpya',
  tab: 'herufi ya tab',
  direction: 'herufi isiyoonekana ya mwelekeo wa maandishi',
  invisible: 'herufi ya udhibiti isiyoonekana',
}

// Counted nouns: one, many, and "not even one" (hata kimoja / hata moja). A carousel card's quick
// replies are "vitufe vya kujibu", as the builder's card kind and fix-its and the type picker's
// reply buttons call them: one term for the buttons a customer taps to answer.
const NOUNS: Record<CountNoun, { one: string; many: string; none: string }> = {
  button: { one: 'kitufe', many: 'vitufe', none: 'kitufe hata kimoja' },
  section: { one: 'sehemu', many: 'sehemu', none: 'sehemu hata moja' },
  row: { one: 'safu', many: 'safu', none: 'safu hata moja' },
  product: { one: 'bidhaa', many: 'bidhaa', none: 'bidhaa hata moja' },
  card: { one: 'kadi', many: 'kadi', none: 'kadi hata moja' },
  quick_reply: {
    one: 'kitufe cha kujibu',
    many: 'vitufe vya kujibu',
    none: 'kitufe cha kujibu hata kimoja',
  },
}
// "vitufe 3", "kitufe 1", "vitufe 3 vya kujibu".
const counted = (noun: CountNoun, count: number): string => {
  const words = wordFor(NOUNS, noun)
  const [head, ...rest] = (count === 1 ? words.one : words.many).split(' ')
  return [head, count, ...rest].join(' ')
}

// A repeated value's item, and the item it repeats: "Kitufe 2", "kitufe 1".
const item = (i: Issue): string => swahiliField(containerPath(i.path)).text
const firstItem = (i: Issue): string => swahiliField(containerPath(i.params?.first ?? [])).text.toLowerCase()

function scope(issue: Issue): Phrase {
  const at = issue.params?.at ?? 0
  const scopes: Record<CountScope, Phrase> = {
    message: phrase('Ujumbe', 'u'),
    list: phrase('Orodha', 'i'),
    product_list: phrase('Orodha ya bidhaa', 'i'),
    // As the type picker and the other sentences name it ("ujumbe wa kadi za kusogeza").
    carousel: phrase(`Ujumbe wa ${type('carousel')}`, 'u', 'zi'),
    section: phrase(`Sehemu ${at}`, 'i'),
    card: phrase(`Kadi ${at}`, 'i'),
  }
  return wordFor(scopes, issue.params?.scope ?? 'message')
}

function cardKind(kind: CardKind | undefined, buttons: number | undefined): string {
  if (kind === 'product') return 'bidhaa'
  if (kind === 'url') return 'kitufe cha kiungo'
  return counted('quick_reply', buttons ?? 0)
}

// What repeats, for `unique`: singular and plural, each with its class.
const REPEATED: Record<string, { one: Phrase; many: Phrase }> = {
  id: { one: phrase('kitambulisho', 'ki'), many: phrase('vitambulisho', 'vi') },
  title: { one: phrase('jina', 'li'), many: phrase('majina', 'ya') },
}

/** What repeats, for `unique` and `looks_alike`: capitalised with its words, or an API name kept as written. */
function repeated(i: Issue): { text: string; one: Phrase; many: Phrase } {
  const what = i.params?.what ?? 'id'
  const worded = ownEntry(REPEATED, what)
  const { one, many } = worded ?? { one: phrase(what, 'i'), many: phrase(what, 'zi') }
  return { text: worded === undefined ? one.text : capitalise(one.text), one, many }
}

const EXPECTED: Record<string, string> = {
  string: 'maandishi',
  number: 'namba',
  int: 'namba kamili',
  boolean: 'true au false',
  object: 'kitu cha JSON (object)',
  array: 'orodha (array)',
  record: 'kitu cha JSON (object)',
}

/** Swahili sentences for every issue code and reason except the phone ones. */
// Kiswahili keeps the JSON-text sentences in this table: only bundles that import it carry it.
export const issueSentencesSw: IssueSentences & JsonTextSentences = {
  required: (i) => `${says(i, 'nahitajika')} na ${owner(i)}`,
  invalid_type: (i) => {
    const expected = i.params?.expected ?? ''
    return `${mustBe(i, ownEntry(EXPECTED, expected) ?? expected)} kwa ${owner(i)}`
  },
  invalid_value: (i) => `${subject(i).text} si sahihi kwa ${owner(i)}`,
  too_long: (i) => `${says(i, 'na')} herufi ${i.actual}; ${ownerSays(i, 'naruhusu')} hadi ${i.limit}`,
  too_short: (i) =>
    i.actual === 0
      ? `${subject(i).text} ni tupu; ${ownerSays(i, 'nahitaji')} angalau herufi ${i.limit}`
      : `${says(i, 'na')} herufi ${i.actual}; ${ownerSays(i, 'nahitaji')} angalau ${i.limit}`,
  too_many: (i) => `${says(i, 'na')} ${i.actual}; ${ownerSays(i, 'naruhusu')} hadi ${i.limit}`,
  too_few: (i) => `${says(i, 'na')} ${i.actual}; ${ownerSays(i, 'nahitaji')} angalau ${i.limit}`,
  too_big: (i) => `${subject(i).text} ni ${i.actual}; ${ownerSays(i, 'naruhusu')} hadi ${i.limit}`,
  too_small: (i) => `${subject(i).text} ni ${i.actual}; ${ownerSays(i, 'nahitaji')} angalau ${i.limit}`,
  duplicate: (i) => {
    const field = subject(i)
    return `${says(i, 'merudiwa')}; ${ownerSays(i, 'nataka')} ${prefix(field.head)}we ${of(field.head)} kipekee`
  },
  not_allowed: (i) => `${denies(i, 'ruhusiwi')} hapa na ${owner(i)}`,
  unknown_key: (i) => {
    const holder = swahiliField(ownerPath(i.path))
    return `${phraseSays(holder, 'na')} kipengele kisichojulikana "${i.params?.key}"; ${ownerSays(i, 'nakikataa')}`
  },
  invalid_url: (i) =>
    mustBe(i, `kiungo kamili cha http(s) (${owner(i)} hufungua hivyo tu), kama https://example.com/page`),
  recipient_digits: (i) =>
    mustBe(i, `namba katika muundo wa kimataifa ambao ${ownerSays(i, 'nahitaji')}: tarakimu tu, kama 255712345678`),
  invalid_phone: (i) =>
    mustBe(
      i,
      `namba katika muundo wa kimataifa ambao ${ownerSays(i, 'nahitaji')}: tarakimu ${LIMITS.send.to.min} hadi ${LIMITS.send.to.max} tu, ya kwanza si 0, kama 255712345678 (+ mwanzoni inaruhusiwa)`,
    ),
  invalid_uuid: (i) => mustBe(i, `UUID kwa ${owner(i)}`),
  invalid_format: (i) => `Muundo wa ${uncapitalise(subject(i).text)} si sahihi kwa ${owner(i)}`,
  conflict: (i) => `${denies(i, 'wezi')} kutumika pamoja na kipengele kingine; ${ownerSays(i, 'napokea')} kimoja tu`,
  too_long_utf16: (i) =>
    `${says(i, 'na')} herufi zisizozidi ${i.limit}, lakini ni vizio ${i.actual} vya UTF-16 (baadhi ya programu huhesabu emoji mara mbili); huenda ${ownerSays(i, 'kaukataa')} ujumbe`,
  not_recommended: (i) => denies(i, 'shauriwi'),
  unusually_long: (i) => `${says(i, 'na')} herufi ${i.actual}, nyingi kuliko kawaida; hakuna kikomo rasmi`,
  unusually_many: (i) => `${says(i, 'na')} ${i.actual}, zaidi ya kawaida; hakuna kikomo rasmi`,
  unusually_large: (i) => `${subject(i).text} ni ${i.actual}, zaidi ya kawaida; hakuna kikomo rasmi`,
  more_issues: (i) =>
    i.actual === 1
      ? 'Kuna jingine 1 ambalo halijaorodheshwa; rekebisha haya kwanza'
      : `Kuna mengine ${i.actual} ambayo hayajaorodheshwa; rekebisha haya kwanza`,

  not_in_type: (i) => `${denies(i, 'ruhusiwi')} na ${owner(i)} katika ujumbe wa ${type(i.params?.type)}`,
  header_kind: (i) => {
    const header = swahiliField(i.path.slice(0, -1))
    const allowed = either((i.params?.allowed ?? []).map(headerKind))
    return `${phraseDenies(header, 'wezi')} kuwa ${headerKind(i.params?.kind)}: ${ownerSays(i, 'naruhusu')} kichwa cha ${allowed} tu katika ujumbe wa ${type(i.params?.type)}`
  },
  one_of: (i) => {
    const allowed = i.params?.allowed ?? []
    // An unknown message type: the types as the type picker names them, each with its API name for JSON.
    if (isMessageTypePath(i.path) && allowed.length > 1)
      return `${mustBe(i, `mojawapo ya ${either(allowed.map((value) => pickedType(TYPE_NAMES_SW, value)))}`)} kwa ${owner(i)}`
    const what = allowed.length === 1 ? quoted(allowed) : `mojawapo ya ${quoted(allowed)}`
    return `${mustBe(i, what)} kwa ${owner(i)}`
  },
  unknown_field: (i) => {
    const holder = swahiliField(ownerPath(i.path))
    return `${phraseSays(holder, 'na')} kipengele kisichojulikana "${i.params?.key}"; WhatsApp inakataa vipengele visivyojulikana (hitilafu 100)`
  },
  unknown_request_field: (i) => `"${i.params?.key}" si kipengele ambacho Briq inasoma; kinapuuzwa`,
  unreadable: (i) => `Thamani haikuweza kusomwa: ${i.params?.detail}`,
  list_items: (i) => `${says(i, 'na')} vitu ${i.actual}; kiunda ujumbe hiki hukagua orodha zenye vitu hadi ${i.limit}`,
  json_depth: (i) =>
    `${says(i, 'na')} ngazi zaidi ya ${i.limit} za ndani; kiunda ujumbe hiki hukagua data huru hadi ngazi ${i.limit}`,
  json_data: (i) =>
    mustBe(i, `data safi ya JSON kwa ${owner(i)} (maandishi, namba halisi, true/false, null, orodha au kitu cha JSON)`),
  not_json: jsonProblem,
  json_text_too_large: (i) =>
    `${says(i, 'na')} maandishi mengi mno kuweza kusomwa hapa: ${sizeSw(i.actual ?? 0)}, na kikomo ni ${sizeSw(i.limit ?? 0)} (ujumbe wa WhatsApp huwa mdogo sana kuliko hapo); hakuna kilichobadilishwa`,
  json_text_too_deep: (i) =>
    `${textOrFileHas(i)} ngazi zaidi ya ${i.limit} za ndani, kupita kiwango kinachosomwa hapa (ujumbe wa WhatsApp huwa na ngazi chache sana); hakuna kilichobadilishwa`,
  json_number_too_big: (i) =>
    `${textOrFileHas(i)} namba kubwa mno kuweza kusomwa kwenye ${i.params?.key ?? ''} (zaidi ya takriban 1.8e308, ingesomwa kama isiyo na kikomo na kuandikwa null); hakuna kilichobadilishwa`,
  // Maandishi (plural, "ya") or a faili (ji-ma, "lina"), as in not_json_object.
  other_message: (i) =>
    `${i.params?.file === undefined ? 'Maandishi haya yana' : `Faili ${i.params.file} lina`} ujumbe wa WhatsApp wa aina "${i.params?.type ?? ''}", si ujumbe shirikishi`,
  not_json_object: (i) =>
    i.params?.file === undefined
      ? mustBe(i, 'kitu cha JSON, ndani ya mabano ya kujipinda { }')
      : // A file is a faili (ji-ma, as "faili la JSON"): named, so its verb agrees (liwe).
        `Faili ${i.params.file} lazima liwe kitu cha JSON, ndani ya mabano ya kujipinda { }`,
  spaces_around: (i) =>
    i.code === 'not_recommended'
      ? `${says(i, 'na')} nafasi mwanzoni au mwishoni; ni rahisi kuzikosa, ingawa hakuna kanuni rasmi`
      : `${says(i, 'na')} nafasi mwanzoni au mwishoni; ${ownerDenies(i, 'ziruhusu')}`,
  blank: (i) =>
    isBriqFieldPath(i.path)
      ? `${says(i, 'na')} nafasi tu; Briq inaweza kukataa ombi`
      : isUnseenPath(i.path)
        ? `${says(i, 'na')} nafasi tu; WhatsApp inaweza kukataa ujumbe`
        : `${says(i, 'na')} nafasi tu; mteja haoni chochote hapo, na WhatsApp inaweza kukataa ujumbe`,
  broken_character: (i) =>
    `${says(i, 'na')} herufi iliyovunjika (nusu ya emoji au alama) katika nafasi ya ${i.params?.at}; ${isBriqFieldPath(i.path) ? 'Briq' : 'WhatsApp'} inaweza kuikataa, ingawa hakuna kanuni rasmi`,
  control_character: (i) =>
    `${says(i, 'na')} ${CONTROLS[controlKind(i.params?.character ?? '')]} (${i.params?.character}) katika nafasi ya ${i.params?.at}; ni rahisi kuikosa, na ${isBriqFieldPath(i.path) ? 'Briq' : 'WhatsApp'} inaweza kuikataa, ingawa hakuna kanuni rasmi`,
  url_spaces: (i) =>
    `${says(i, 'na')} nafasi au herufi za udhibiti, ambazo ${ownerDenies(i, 'ziruhusu')}; andika nafasi kama %20`,
  url_local_host: (i) =>
    `${says(i, 'naelekeza')} kwenye "${i.params?.host}", ambayo simu ya mteja haiwezi kuifikia; tumia anwani ya wavuti ya umma`,
  url_http: (i) => `${says(i, 'natumia')} http; WhatsApp inashauri https`,
  no_emoji: (i) => `${denies(i, 'paswi')} kuwa na emoji; ${ownerSays(i, 'nazikataa')}`,
  maybe_emoji: (i) =>
    `${says(i, 'na')} ${i.params?.character}, alama ambayo programu nyingi huionyesha kama emoji; WhatsApp hairuhusu emoji hapa na inaweza kuikataa, ingawa haisemi ni alama zipi zinahesabiwa kuwa emoji`,
  count: (i) => {
    const where = scope(i)
    const noun = i.params?.noun ?? 'button'
    const count = i.actual ?? 0
    const has = phraseSays(where, 'na')
    if (i.code === 'unusually_many' && noun === 'quick_reply') {
      return `${has} ${counted(noun, count)}; WhatsApp haina kikomo rasmi, lakini mfano wa Meta una ${QUICK_REPLIES_SHOWN} na maktaba za kawaida huruhusu ${either(QUICK_REPLY_READINGS)}`
    }
    if (i.code === 'unusually_many') return `${has} ${counted(noun, count)}, zaidi ya kawaida; hakuna kikomo rasmi`
    if (i.code === 'too_many') return `${has} ${counted(noun, count)}; ${ownerSays(i, 'naruhusu')} hadi ${i.limit}`
    if (count === 0) {
      return `${phraseDenies(where, 'na')} ${wordFor(NOUNS, noun).none}; ${ownerSays(i, 'nahitaji')} angalau ${i.limit}`
    }
    return `${has} ${counted(noun, count)}; ${ownerSays(i, 'nahitaji')} angalau ${i.limit}`
  },
  unique: (i) => {
    const { text, one, many } = repeated(i)
    return `${text} "${i.params?.value}" ${of(one.head)} ${item(i).toLowerCase()} ni sawa na ${of(one.head)} ${firstItem(i)}; ${ownerSays(i, 'nataka')} ${phraseSays(many, 'we')} tofauti`
  },
  looks_alike: (i) => {
    const { text, one } = repeated(i)
    return `${text} "${i.params?.value}" ${of(one.head)} ${item(i).toLowerCase()} ${prefix(one.head)}naonekana sawa na ${of(one.head)} ${firstItem(i)}, ila tofauti ni nafasi, herufi zisizoonekana au jinsi herufi yenye alama ilivyoandikwa; watu hawataona tofauti, na huenda WhatsApp ikachukulia kuwa ni sawa`
  },
  differs_in_case: (i) => {
    const { text, one } = repeated(i)
    return `${text} "${i.params?.value}" ${of(one.head)} ${item(i).toLowerCase()} ${prefix(one.head)}natofautiana na ${of(one.head)} ${firstItem(i)} kwa herufi kubwa na ndogo tu; mteja anaweza kuyasoma kama jibu moja, na huenda WhatsApp ikachukulia kuwa ni sawa`
  },
  repeated_reply_id: (i) =>
    `Kitambulisho "${i.params?.value}" cha ${item(i).toLowerCase()} ni sawa na cha ${firstItem(i)}; jibu la mteja halitaonyesha ni kipi kilichochaguliwa`,
  repeated_product: (i) =>
    `${item(i)} ni bidhaa ileile ("${i.params?.value}") kama ${firstItem(i)}; itaorodheshwa mara mbili`,
  ttl_range: (i) =>
    `${subject(i).text} ni ${i.actual}; ${ownerSays(i, 'naruhusu')} dakika ${i.params?.min}–${i.params?.max} (kawaida ${TTL_DEFAULT}, siku ${TTL_DEFAULT / MINUTES_PER_DAY})`,
  card_index_range: (i) =>
    `${subject(i).text} ni ${i.actual}; ${ownerSays(i, 'naruhusu')} ${i.params?.min}–${i.params?.max}`,
  number_too_big: (i) =>
    `${subject(i).text} ni namba ${i.code === 'too_small' ? 'hasi ' : ''}kubwa mno kuweza kusomwa (namba za JSON zaidi ya takriban 1.8e308 husomwa kama zisizo na kikomo); ${ownerSays(i, 'naruhusu')} ${i.params?.min}–${i.params?.max}`,
  card_line_breaks: (i) =>
    `${says(i, 'na')} mistari mipya ${i.actual}; ${ownerSays(i, 'naruhusu')} hadi ${i.limit} kwenye kadi`,
  quick_replies_exclusive: (i) =>
    `${denies(i, 'wezi')} kutumika pamoja na vitufe vya kujibu; ${ownerDenies(i, 'ruhusu')} hivyo`,
  card_kind_mismatch: (i) => {
    const p = i.params ?? {}
    return `Kadi ${p.at} ina ${cardKind(p.cardKind, p.buttons)} lakini kadi 1 ina ${cardKind(p.firstKind, p.firstButtons)}; ${ownerSays(i, 'nataka')} kila kadi itumie aina moja na idadi moja ya vitufe`
  },
  card_media_id: (i) =>
    `Kichwa cha kadi ${i.params?.at} kinatumia kitambulisho (id) cha faili lililopakiwa; Meta inaeleza kiungo (link) tu kwa kadi za kusogeza`,
  card_index_duplicate: (i) =>
    `card_index ${i.params?.index} ya kadi ${i.params?.at} ni sawa na ya kadi ${i.params?.firstCard}; ${ownerSays(i, 'nataka')} card_index tofauti`,
  catalog_mismatch: (i) =>
    `Kadi ${i.params?.at} inatumia katalogi nyingine; ${ownerSays(i, 'nataka')} kila kadi ya bidhaa itumie kitambulisho cha katalogi kilekile`,
  card_index_gap: () => 'Namba za card_index zinaruka; WhatsApp hupanga kadi kwa card_index, kwa hiyo tumia 0, 1, 2, …',
  card_index_order: (i) =>
    `Kadi hazijaorodheshwa kwa mpangilio wa card_index: WhatsApp huzionyesha kwa card_index, kwa hiyo kadi ${i.params?.at} hapa (card_index ${i.params?.index}) si kadi ${i.params?.at} anayoiona mteja`,
  section_title_required: (i) =>
    `Sehemu ${i.params?.at} inahitaji kichwa: sehemu zikiwa zaidi ya moja, WhatsApp inataka kila moja iwe na kichwa`,
  catalog_thumbnail: () =>
    'Hakuna kitambulisho cha bidhaa ya picha ndogo: Meta inasema si lazima, lakini API imeonekana ikikataa ujumbe wa katalogi bila hiyo',
  header_caption: () =>
    'Meta haielezi maelezo (caption) kwenye kichwa cha ujumbe: WhatsApp inaweza kutoyaonyesha au kuukataa ujumbe, kwa hiyo yaondoe',
  // The two sources as the builder's choice names them ("Kiungo (URL)", "Kitambulisho cha faili
  // lililopakiwa") and card_media_id words them, each with its API name for the JSON.
  media_source_required: (i) =>
    `${says(i, 'nahitaji')} kiungo (link) au kitambulisho (id) cha faili lililopakiwa kwa ${owner(i)}`,
  media_source_conflict: (i) =>
    `${denies(i, 'wezi')} kutumika pamoja na kitambulisho (id) cha faili; ${ownerSays(i, 'napokea')} kimoja tu kati ya kiungo (link) na kitambulisho (id)`,
  country_code: (i) => mustBe(i, `msimbo wa nchi wa herufi mbili wa ISO ambao ${ownerSays(i, 'nahitaji')}, kama "IN"`),
  country_india_only: (i) =>
    `${ownerSays(i, 'naruhusu')} ujumbe wa anwani nchini India ("${ADDRESS_MESSAGE_COUNTRY.iso}") tu`,
  address_error_key: (i) => {
    const field = subject(i)
    return `${phraseSays(field, 'na')} kipengele "${i.params?.key}", ambacho si kipengele cha anwani, kwa hiyo ${ownerDenies(i, 'na')} mahali pa kuonyesha ujumbe wake; tumia ${either(i.params?.allowed ?? [])}`
  },
  flow_media_header: (i) =>
    `${ownerSays(i, 'naeleza')} kichwa cha maandishi tu kwa ujumbe wa Flow; kichwa cha ${headerKind(i.params?.kind)} kinaweza kukataliwa, kwa hiyo tumia kichwa cha maandishi au usiweke kichwa`,
  flow_id_and_name: (i) =>
    `Flow ina kitambulisho cha flow na jina la flow vyote viwili; ${ownerSays(i, 'napokea')} kimoja tu`,
  flow_id_or_name: (i) => `${ownerSays(i, 'nahitaji')} kitambulisho cha flow au jina la flow kwa Flow`,
  flow_cta_long: (i) =>
    `${says(i, 'na')} herufi ${i.actual}; Meta inaruhusu ${LIMITS.flow.cta.max} lakini baadhi ya programu huyakata kwenye ${i.limit}`,
  flow_payload_navigate_only: (i) =>
    `Kwa flow_action "data_exchange" seva yako ya flow hutuma skrini ya kwanza na data yake, hivyo ${ownerDenies(i, 'pokei')} flow_action_payload: iondoe, au tumia "navigate"`,
  flow_data_empty: (i) => `${ownerSays(i, 'nakataa')} data tupu ya Flow; iondoe badala yake`,
  target_conflict: (i) => `${ownerSays(i, 'napokea')} namba ya mpokeaji (to) au conversation_id, si vyote viwili`,
  target_required: (i) => `${ownerSays(i, 'nahitaji')} namba ya mpokeaji (to) au conversation_id`,
  address_recipient_india_only: () =>
    `WhatsApp hufikisha ujumbe wa anwani kwa wateja walio India tu: namba hii haianzi na +${ADDRESS_MESSAGE_COUNTRY.callingCode}`,
  to_ignored: () =>
    'conversation_id ikiwepo, Briq inapuuza namba ya mpokeaji (to): mazungumzo ndiyo huamua nani anapokea na namba ipi inatuma',
  sender_ignored: () => 'conversation_id ikiwepo, Briq inapuuza mtumaji (sender): mazungumzo ndiyo huamua mtumaji',
  sender_id_deprecated: () => 'Briq imeacha kutumia kipengele cha sender_id; tumia sender',
  media_unchecked: () =>
    'Kiunda ujumbe hiki hakikagui ujumbe wa faili (media_kind, media_url, caption, filename); Briq huukagua unapofika',
}
