import type { PlaygroundMessages } from './en.ts'

/**
 * The playground's own Swahili strings, in the register the kit uses (see `en` for what belongs
 * here): "mfumo wa majaribio" for the mock, "muda wa saa 24" for the window, "Onyesho" for the
 * preview.
 */
export const sw = {
  appTitle: 'Uwanja wa majaribio wa Briq Interactive',
  appTagline:
    'Tunga ujumbe shirikishi wa WhatsApp kwa fomu, uhakiki dhidi ya kanuni za WhatsApp, uone onyesho lake, kisha uutume — bila mtandao, kwa mfumo wa majaribio uliojengwa ndani.',
  appTaglineProxy:
    'Tunga ujumbe shirikishi wa WhatsApp kwa fomu, uhakiki dhidi ya kanuni za WhatsApp, uone onyesho lake, kisha uutume kupitia proksi yako.',
  modeMock: 'Bila mtandao: mfumo wa majaribio uliojengwa ndani unajibu ndani ya kivinjari hiki.',
  mockFailed:
    'Mfumo wa majaribio uliojengwa ndani haukuweza kuanza. Kutuma kutashindikana: fungua uwanja huu kupitia http://localhost au https, ambapo service worker zinaruhusiwa.',
  mockRefused:
    'Mfumo wa majaribio uliojengwa ndani haukuweza kuanza: kivinjari hiki kimekataa service worker unamoendeshwa, kama kinavyofanya tovuti hii isiporuhusiwa kuhifadhi data (vidakuzi na data ya tovuti vimezuiwa kwa tovuti hii, au baadhi ya kurasa za hali fiche). Kutuma kutashindikana: ruhusu tovuti hii kuhifadhi data, kisha pakia upya ukurasa.',
  modeProxy: 'Imeunganishwa na {endpoint}.',
  settingsLabel: 'Mipangilio ya mwonekano',
  localeLabel: 'Lugha',
  themeLabel: 'Mandhari',
  themeLight: 'Angavu',
  themeDark: 'Giza',
  themeSystem: 'Kama kifaa',
  mockHeading: 'Mfumo wa majaribio',
  customerHeading: 'Jibu kama mteja',
  customerHint:
    'Baada ya kutuma, bonyeza kitufe au chagua safu kwenye onyesho ili ujibu kama mteja; jibu litaonekana chini ya ujumbe.',
  customerWritesFirst: 'Mteja aandike kwanza',
  customerWritesFirstHint: 'Huanzisha muda wa saa 24 wa {number}, kama mteja anapotuma ujumbe.',
  customerWritesFirstNoNumber: 'Andika namba sahihi kwenye “{field}” kwanza.',
  customerWritesFirstText: 'Habari',
  customerWrote: 'Mteja ({number}) ameandika “{text}”: muda wa saa 24 umeanza, kwa hiyo sasa unaweza kutuma.',
  customerWriteFailed: 'Mteja hakuweza kuandika kwanza: {reason}',
  replyFailed: 'Mfumo wa majaribio haukuweza kurekodi jibu: {reason}',
  answerHint: 'Ujumbe uliotumwa mwisho unaomba zaidi ya kubonyeza kitufe: ujibu kama mteja.',
  answer_location: 'Mteja atume mahali',
  answer_accept: 'Mteja aruhusu simu',
  answer_reject: 'Mteja akatae simu',
  answer_complete: 'Mteja akamilishe flow',
  answer_submit: 'Mteja atume anwani',
  mockControlNetwork: 'mfumo wa majaribio haukujibu',
  mockControlRefused: 'mfumo wa majaribio umekataa ({code})',
  scenarioLabel: 'Jinsi mfumo wa majaribio unavyojibu',
  scenario_happy: 'Kila kitu kinafanya kazi',
  'scenario_window-closed': 'Muda wa saa 24 umeisha kwa kila mteja',
  'scenario_rate-limited': 'Jumbe nyingi mno kwa wakati mmoja (429)',
  'scenario_server-error': 'Hitilafu ya seva (500)',
  'scenario_slow-network': 'Mtandao wa polepole',
  scenario_unavailable: 'Briq haipatikani kwa sasa (503)',
  'scenario_network-error': 'Hakuna muunganisho (hitilafu ya mtandao)',
  scenario_timeout: 'Hakuna jibu kwa wakati (muda umepita)',
  'scenario_invalid-response': 'Jibu lisilo la Briq (jibu batili)',
  scenarioChanged: 'Sasa mfumo wa majaribio unajibu hivi: {name}.',
  scenarioFailed: 'Jinsi mfumo wa majaribio unavyojibu haikuweza kubadilishwa: {reason}',
  flowIdHint: 'Ujumbe wa flow: mfumo wa majaribio haujui flow yoyote, hivyo “{field}” chochote kinafaa.',
  shopProducts:
    'Bidhaa za duka la majaribio (andika vitambulisho vyake kwenye visanduku vya bidhaa; kitambulisho chochote cha katalogi kinafaa)',
  resetMock: 'Rudisha mfumo wa majaribio',
  resetHint: 'Kurudi mwanzo: muda wa Amina uko wazi, wa wengine umeisha, hakuna ujumbe uliotumwa.',
  resetDone: 'Mfumo wa majaribio umerudi mwanzo.',
  resetFailed: 'Mfumo wa majaribio haukuweza kurudishwa: {reason}',
  snippetHeading: 'Nakili kama msimbo',
  copyCurl: 'Nakili kama curl',
  copyFetch: 'Nakili kama fetch',
  snippetLabel: 'Msimbo wa ombi hili',
  copied: 'Msimbo wa {what} umenakiliwa.',
  copyFailed: 'Ubao wa kunakili haupatikani; chagua msimbo ulio hapa chini uunakili.',
  curlForMock: 'Amri ya curl inaita mfumo wa majaribio unaojitegemea: uanzishe kwa {command} ({url}).',
  rulesHeading: 'Kanuni za ukaguzi',
  rulesHint:
    'Hapa vyanzo vya Meta vyenyewe vinatofautiana. Chagua jinsi mfumo wako wa majaribio au proksi yako ilivyowashwa, ili fomu ikague ujumbe kwa kanuni zilezile.',
  ruleExtendedListBody:
    'Maandishi ya orodha hadi herufi {extended}, kama mwongozo wa orodha unavyosema (kawaida {limit})',
  ruleFlowMediaHeader: 'Kichwa cha picha, video au hati kwenye ujumbe wa Flow',
  ruleQuickReplies: 'Vitufe vya kujibu kwa kila kadi kabla ya onyo',
  exampleRecipientNote: '255712345678 ni Amina, mteja wa majaribio ambaye muda wake wa saa 24 uko wazi.',
} as const satisfies PlaygroundMessages
