import type { Wording } from './message.ts'

/** The builder's own controls (tabs, history, items, issues, JSON, drafts), as [English, Swahili]. */
export const builderMessages = {
  // Not words but how the language writes a label inside a sentence ("Umeongeza kitufe 2"): a
  // host's catalogue says 'as written' where its nouns keep their capital (see `withNames`).
  'names.inSentence': ['lowercase', 'lowercase'],
  'builder.tabs.label': ['Edit as', 'Hariri kama'],
  'builder.tab.form': ['Form', 'Fomu'],
  'builder.tab.json': ['JSON', 'JSON'],
  'builder.type.guide': ['What each type does', 'Kila aina inafanya nini'],
  'builder.history.label': ['History', 'Historia'],
  'builder.undo': ['Undo', 'Tendua'],
  'builder.redo': ['Redo', 'Rudia'],
  'builder.newMessage': ['New message', 'Ujumbe mpya'],
  'builder.item.moveUp': ['Move up', 'Sogeza juu'],
  'builder.item.moveDown': ['Move down', 'Sogeza chini'],
  'builder.item.remove': ['Remove', 'Ondoa'],
  'builder.item.drag': [
    'Drag to reorder (or Alt+Up and Alt+Down)',
    'Buruta ili kupanga upya (au Alt+Juu na Alt+Chini)',
  ],
  'builder.counter': ['{count} / {limit}', '{count} / {limit}'],
  'builder.counter.label': ['{count} of {limit} characters', 'Herufi {count} kati ya {limit}'],
  // Swahili puts the noun before the count, so it agrees with it: "Mstari mpya 1", "Kitufe 1".
  'builder.counter.lineBreaks': [
    '{count} of {limit} line breaks',
    { one: 'Mstari mpya {count} kati ya {limit}', other: 'Mistari mipya {count} kati ya {limit}' },
  ],
  'builder.group.button': ['Buttons', 'Vitufe'],
  'builder.group.cardButton': ['Buttons', 'Vitufe'],
  'builder.group.section': ['Sections', 'Sehemu'],
  'builder.group.productSection': ['Sections', 'Sehemu'],
  'builder.group.row': ['Rows', 'Safu'],
  'builder.group.product': ['Products', 'Bidhaa'],
  'builder.group.card': ['Cards', 'Kadi'],
  'builder.group.savedAddress': ['Saved addresses', 'Anwani zilizohifadhiwa'],
  'builder.count.button': [
    '{count} of {limit} buttons',
    { one: 'Kitufe {count} kati ya {limit}', other: 'Vitufe {count} kati ya {limit}' },
  ],
  'builder.count.cardButton': [
    '{count} of {limit} buttons on every card',
    {
      one: 'Kitufe {count} kati ya {limit} kwenye kila kadi',
      other: 'Vitufe {count} kati ya {limit} kwenye kila kadi',
    },
  ],
  // Quick replies past the number the builder offers (LIMITS.carousel.quickReplies, or 3 with
  // `carouselQuickReplyMax`): a count of the offered number would read as a cap the card broke,
  // while WhatsApp documents no maximum; the warning beside it says why fewer are offered.
  'builder.countBeyond.cardButton': [
    { one: '{count} button on every card', other: '{count} buttons on every card' },
    { one: 'Kitufe {count} kwenye kila kadi', other: 'Vitufe {count} kwenye kila kadi' },
  ],
  'builder.count.section': ['{count} of {limit} sections', 'Sehemu {count} kati ya {limit}'],
  'builder.count.productSection': ['{count} of {limit} sections', 'Sehemu {count} kati ya {limit}'],
  'builder.count.row': ['{count} of {limit} rows', 'Safu {count} kati ya {limit}'],
  'builder.count.product': ['{count} of {limit} products', 'Bidhaa {count} kati ya {limit}'],
  'builder.count.card': ['{count} of {limit} cards', 'Kadi {count} kati ya {limit}'],
  'builder.count.savedAddress': [
    '{count} of {limit} saved addresses',
    {
      one: 'Anwani iliyohifadhiwa {count} kati ya {limit}',
      other: 'Anwani zilizohifadhiwa {count} kati ya {limit}',
    },
  ],
  'builder.field.optional': ['Optional', 'Si lazima'],
  // Swahili: said of a flow's mode (toleo: li-) and a call button's validity (muda: u-), so the clause
  // is the person's ("ukiacha wazi"): "ikiachwa" agreed with neither.
  'builder.field.default': [
    'Optional; WhatsApp uses {value} when left empty',
    'Si lazima; ukiacha wazi, WhatsApp hutumia {value}',
  ],
  'builder.field.generatedId': ['Made from the title unless you type your own', 'Kinatokana na jina usipoandika chako'],
  'builder.field.keptId': [
    'Kept when the title changes; empty it to make one from the title',
    'Hakibadiliki jina likibadilika; kiache wazi ili kitengenezwe kutoka kwa jina',
  ],
  'builder.field.json': ['A JSON object, like {example}', 'Kitu cha JSON, kama {example}'],
  // Named apart from its field: a name holding the field's label ("Body text formatting") is a
  // second match for that label wherever labels are matched by part (a test's getByLabel), and
  // the toolbar sits between the label and the text area it formats. `{field}` is still filled
  // in for a host's own words.
  'builder.format.label': ['Text style', 'Mtindo wa maandishi'],
  'builder.format.bold': ['Bold', 'Herufi nzito'],
  'builder.format.italic': ['Italic', 'Herufi za mlalo'],
  'builder.format.strike': ['Strikethrough', 'Mstari katikati'],
  'builder.format.mono': ['Monospace', 'Herufi za upana sawa'],
  'builder.issues.label': ['Problems', 'Matatizo'],
  'builder.issues.none': ['No problems found', 'Hakuna tatizo lililopatikana'],
  // A host's `value={null}`: no draft given yet.
  'builder.issues.noDraft': [
    'No message yet: choose its type to start',
    'Bado hakuna ujumbe: chagua aina yake ili uanze',
  ],
  'builder.issues.errors': [
    { one: '{count} error', other: '{count} errors' },
    { one: 'Kosa {count}', other: 'Makosa {count}' },
  ],
  'builder.issues.warnings': [
    { one: '{count} warning', other: '{count} warnings' },
    { one: 'Onyo {count}', other: 'Maonyo {count}' },
  ],
  // Both counts: Swahili joins two with "na", the second named with a small letter ("Makosa 2 na
  // maonyo 1"), as a list of two is said.
  'builder.issues.both': ['{errorCount}, {warningCount}', '{errorCount} na {warningCount}'],
  'builder.issues.fixesWait': [
    'Fix-its wait until the JSON text parses: they change the message, and would replace that text.',
    'Marekebisho yanasubiri hadi maandishi ya JSON yasomeke: yanabadilisha ujumbe, na yangechukua nafasi ya maandishi hayo.',
  ],
  'builder.issue.error': ['Error', 'Kosa'],
  'builder.issue.warning': ['Warning', 'Onyo'],
  'builder.issue.suggestion': ['Suggestion', 'Pendekezo'],
  'builder.choice.unused': [
    'Not used in the message: WhatsApp takes only one of these two',
    'Havitumiki kwenye ujumbe: WhatsApp hupokea kimoja tu kati ya hivi viwili',
  ],
  'builder.choice.onlyWith': ['Used only with the action “{option}”', 'Hutumika tu na kitendo “{option}”'],
  'builder.json.label': ['Interactive object (JSON)', 'Kitu cha interactive (JSON)'],
  'builder.json.kept': [
    'The form keeps the last valid message until the JSON is fixed.',
    'Fomu inabaki na ujumbe sahihi wa mwisho hadi JSON irekebishwe.',
  ],
  'builder.json.plainSpaces': [
    'Replace invisible spaces between values',
    'Badilisha nafasi zisizoonekana zilizo kati ya thamani',
  ],
  'builder.json.formReplaces': [
    'The JSON tab holds text the form cannot use. The form shows the last valid message; a change here replaces that text (Undo brings it back).',
    'Kichupo cha JSON kina maandishi ambayo fomu haiwezi kuyatumia. Fomu inaonyesha ujumbe sahihi wa mwisho; badiliko hapa linachukua nafasi ya maandishi hayo (Tendua huyarudisha).',
  ],
  'builder.json.replacedByForm': [
    'Your change in the form replaced the JSON text the form could not use. Undo brings it back.',
    'Badiliko lako kwenye fomu limechukua nafasi ya maandishi ya JSON ambayo fomu haikuweza kuyatumia. Tendua huyarudisha.',
  ],
  'builder.json.replacedByDraft': [
    'A new draft replaced the JSON text the form could not use. Undo brings it back.',
    'Rasimu mpya imechukua nafasi ya maandishi ya JSON ambayo fomu haikuweza kuyatumia. Tendua huyarudisha.',
  ],
  'builder.json.open': ['Open JSON file', 'Fungua faili la JSON'],
  'builder.json.download': ['Download JSON', 'Pakua JSON'],
  'builder.json.opened': ['Opened {name}', 'Imefunguliwa: {name}'],
  'builder.json.openedRecipientKept': [
    'Opened {name}. It was for {to}: the number already entered for the customer was kept.',
    'Imefunguliwa: {name}. Ujumbe wake ulikuwa kwa {to}: namba ya mteja iliyokwisha kuwekwa imebaki.',
  ],
  // A whole message pasted in the JSON tab, of which only the interactive object is kept.
  'builder.json.pasted': [
    'You pasted a whole message: only its interactive object is kept here.',
    'Ulichobandika ni ujumbe mzima: kitu cha interactive kilichomo pekee ndicho kimebaki hapa.',
  ],
  'builder.json.pastedRecipientKept': [
    'You pasted a whole message: only its interactive object is kept here. It was for {to}: the number already entered for the customer was kept.',
    'Ulichobandika ni ujumbe mzima: kitu cha interactive kilichomo pekee ndicho kimebaki hapa. Ulikuwa kwa {to}: namba ya mteja iliyokwisha kuwekwa imebaki.',
  ],
  // A sender taken from a message opened or pasted (or kept by its fix-it), dropped once no "Send
  // from" can show it: worded for all three, as it is said once the senders are known.
  'builder.json.senderLeftOut': [
    'Left out, as there is no "Send from" to choose it in: the sender {sender} given with the message.',
    'Imeachwa, kwa kuwa hakuna "Tuma kutoka" ya kuichagua: namba ya mtumaji {sender} iliyokuja na ujumbe.',
  ],
  'builder.json.pastedUndo': ['Undo brings the whole message back.', 'Tendua huurudisha ujumbe mzima.'],
  'builder.json.downloadedUnparsed': [
    '{name} holds the text as shown, which is not valid JSON yet: it opens here again once the JSON is fixed',
    'Faili {name} lina maandishi kama yanavyoonekana, ambayo bado si JSON sahihi: litafunguka hapa tena JSON ikisharekebishwa',
  ],
  // {opened}: one of the sentences above, ending with its full stop; {fields}: API names, quoted.
  'builder.json.openedLeftOut': [
    '{opened} Left out, as the draft keeps only the interactive object: {fields}.',
    '{opened} Vimeachwa, kwa kuwa rasimu huhifadhi kitu cha interactive pekee: {fields}.',
  ],
  // Swahili: a file is a faili (ji-ma, as "faili la JSON"), so a sentence whose verb agrees with
  // the file names it first ("Faili x.json halina…"): a bare name would take the i- of no noun.
  'builder.json.fileNotObject': [
    '{name} holds no interactive message: it must be one JSON object, not a list or a single value',
    'Faili {name} halina ujumbe shirikishi: lazima liwe kitu kimoja cha JSON, si orodha wala thamani moja',
  ],
  'builder.json.fileNotInteractive': [
    '{name} holds no interactive message: expected an interactive object (with "type" and "action"), or a whole message with an "interactive" object',
    'Faili {name} halina ujumbe shirikishi: ilitarajiwa kitu cha interactive (chenye "type" na "action"), au ujumbe mzima wenye kitu cha "interactive"',
  ],
  'builder.json.fileNotText': [
    '{name} is not a text file (an image, perhaps): choose a .json file',
    '{name} si faili la maandishi (huenda ni picha): chagua faili la .json',
  ],
  'builder.json.fileEmpty': ['{name} is empty', '{name} ni tupu'],
  'builder.json.fileUnreadable': ['{name} could not be read', 'Faili {name} halikuweza kusomwa'],
  'builder.json.fileTooLarge': [
    '{name} is too large to be one message: {size}, and a message file is at most {limit}',
    '{name} ni kubwa mno kuwa ujumbe mmoja: {size}, na faili la ujumbe haliwezi kuzidi {limit}',
  ],
  'builder.refused.tooMany': [
    'No more can be added: the limit is {limit}',
    'Haiwezekani kuongeza zaidi: kikomo ni {limit}',
  ],
  'builder.refused.tooManyUndocumented': [
    'No more can be added here: WhatsApp documents no maximum, but {limit} is what is known to work',
    'Haiwezekani kuongeza zaidi hapa: WhatsApp haina kikomo rasmi, lakini {limit} ndiyo idadi inayojulikana kufanya kazi',
  ],
  'builder.refused.tooManyOf': ['No more can be added: {used}', 'Haiwezekani kuongeza zaidi: {used}'],
  'builder.refused.keepAtLeast': [
    '{item} cannot be removed: at least {limit} must stay',
    'Haiwezekani kuondoa {item}: idadi ya chini ni {limit}',
  ],
  'builder.refused.notAllowed': ['That move is not allowed here', 'Kusogeza huku hakuruhusiwi hapa'],
  // Swahili: the item's noun class varies (Kitufe, Safu), so these sentences need no concord with it.
  'builder.refused.atStart': ['{item} is already first', 'Tayari katika nafasi ya kwanza: {item}'],
  'builder.refused.atEnd': ['{item} is already last', 'Tayari katika nafasi ya mwisho: {item}'],
  'builder.refused.onlyInSection': [
    '{item} cannot leave {group}: it is the only one there, and WhatsApp rejects an empty section. Add another to {group} first.',
    '{item} haiwezi kutoka {group}: ndiyo pekee humo, na WhatsApp inakataa sehemu tupu. Ongeza nyingine kwenye {group} kwanza.',
  ],
  'builder.refused.sectionEmpty': [
    'A section keeps at least one item: WhatsApp rejects an empty section',
    'Sehemu inabaki na angalau kipengele kimoja: WhatsApp inakataa sehemu tupu',
  ],
  'builder.refused.staysOnCard': [
    'Quick replies stay on their card: every card of a carousel has the same buttons',
    'Vitufe vya kujibu hubaki kwenye kadi yao: kila kadi ina vitufe vilevile',
  ],
  'builder.refused.other': ['That change could not be made', 'Badiliko hilo halikuwezekana'],
  // Swahili: no concord with the item here either ("Imesogezwa" fits a safu, not a kitufe): "you
  // added/removed", and a move says where the item is now, as "Tayari katika nafasi…" does.
  'builder.announce.added': ['{item} added', 'Umeongeza {item}'],
  'builder.announce.removed': ['{item} removed', 'Umeondoa {item}'],
  'builder.announce.moved': [
    'Moved to position {position} of {count}',
    'Sasa katika nafasi {position} kati ya {count}',
  ],
  'builder.announce.movedTo': ['Moved to {group}, position {position}', 'Sasa katika {group}, nafasi {position}'],
  'builder.announce.undone': ['Undone', 'Imetenduliwa'],
  'builder.announce.redone': ['Redone', 'Imerudiwa'],
  'builder.announce.newMessage': [
    'New message started. Undo brings the previous one back.',
    'Ujumbe mpya umeanzishwa. Tendua huurudisha ujumbe wa awali.',
  ],
  // Said when the message shown was a new one already: what went is only text a switch kept
  // (of message type, header kind, card kind…) to bring back.
  'builder.announce.newMessageAside': [
    'New message started, and what you typed before changing a type or kind is gone too. Undo brings it back.',
    'Ujumbe mpya umeanzishwa, na ulichoandika kabla ya kubadilisha aina kimeondolewa pia. Tendua hukirudisha.',
  ],
  // What the undone or redone step did ("Undone: Button 3 added", "Redone: Body text changed").
  'builder.announce.undoneStep': ['Undone: {step}', 'Imetenduliwa: {step}'],
  'builder.announce.redoneStep': ['Redone: {step}', 'Imerudiwa: {step}'],
  'builder.step.changed': ['{field} changed', 'Mabadiliko ya {field}'],
  'builder.step.moved': ['{item} moved', 'Umesogeza {item}'],
  'builder.step.type': ['Message type set to {type}', 'Aina ya ujumbe imekuwa {type}'],
  'builder.step.replaced': ['Whole message replaced', 'Ujumbe wote umebadilishwa'],
  'builder.step.newMessage': ['New message started', 'Ujumbe mpya umeanzishwa'],
  'builder.announce.fixed': ['Done: {fix}', 'Imefanyika: {fix}'],
  'builder.announce.fixedRecipientKept': [
    'Done: {fix}. It was for {to}: the number already entered for the customer was kept.',
    'Imefanyika: {fix}. Ujumbe huo ulikuwa kwa {to}: namba ya mteja iliyokwisha kuwekwa imebaki.',
  ],
  'builder.persist.conflict': [
    'This draft was also changed in another tab ({time}). Which one do you want to keep?',
    'Rasimu hii ilibadilishwa pia kwenye kichupo kingine ({time}). Unataka kubaki na ipi?',
  ],
  'builder.persist.useTheirs': ['Use the other tab’s draft', 'Tumia rasimu ya kichupo kingine'],
  'builder.persist.conflictOnPage': [
    'This draft was also changed in another editor on this page ({time}). Which one do you want to keep?',
    'Rasimu hii ilibadilishwa pia kwenye kihariri kingine cha ukurasa huu ({time}). Unataka kubaki na ipi?',
  ],
  'builder.persist.useOtherEditors': ['Use the other editor’s draft', 'Tumia rasimu ya kihariri kingine'],
  'builder.persist.keepMine': ['Keep this draft', 'Baki na rasimu hii'],
  'builder.persist.updated': [
    'Updated with the draft saved in another tab',
    'Imesasishwa kwa rasimu iliyohifadhiwa kwenye kichupo kingine',
  ],
  'builder.persist.restored': ['Your last draft was restored', 'Rasimu yako ya mwisho imerejeshwa'],
  // Swahili: {download} is a button's name, itself a verb ("Pakua JSON"): "tumia Pakua JSON" read as
  // two orders; "bonyeza" (press) says it is a button. The note itself is a taarifa: ujumbe is the
  // WhatsApp message.
  'builder.persist.unsaved': [
    'This draft cannot be saved in this browser (its storage is full or turned off), so reloading the page would lose it. It stays here while the page is open: use {download} on the {tab} tab to keep a copy.',
    'Rasimu hii haiwezi kuhifadhiwa kwenye kivinjari hiki (hifadhi yake imejaa au imezimwa), kwa hiyo kupakia upya ukurasa kungeipoteza. Inabaki hapa ukurasa ukiwa wazi: bonyeza {download} kwenye kichupo cha {tab} ili kuweka nakala.',
  ],
  'builder.persist.unsavedPage': [
    'The drafts on this page cannot be saved in this browser (its storage is full or turned off), so reloading the page would lose them: this one and each other one showing this note. They stay here while the page is open: use {download} on each one’s {tab} tab to keep a copy.',
    'Rasimu za ukurasa huu haziwezi kuhifadhiwa kwenye kivinjari hiki (hifadhi yake imejaa au imezimwa), kwa hiyo kupakia upya ukurasa kungezipoteza: hii na kila nyingine inayoonyesha taarifa hii. Zinabaki hapa ukurasa ukiwa wazi: bonyeza {download} kwenye kichupo cha {tab} cha kila moja ili kuweka nakala.',
  ],
  'builder.persist.unreadable': [
    'A draft saved earlier could not be opened here (it was saved by another version of this page, or is damaged). It was set aside, not deleted.',
    'Rasimu iliyohifadhiwa awali haikuweza kufunguliwa hapa (ilihifadhiwa na toleo jingine la ukurasa huu, au imeharibika). Imewekwa kando, haijafutwa.',
  ],
  'builder.persist.closedUnsaved': [
    'Changes to this draft were set aside, not deleted: their editor was closed before you chose which draft to keep.',
    'Mabadiliko ya rasimu hii yamewekwa kando, hayajafutwa: kihariri chake kilifungwa kabla hujachagua rasimu ya kubaki nayo.',
  ],
  'builder.persist.downloadUnreadable': ['Download the earlier draft', 'Pakua rasimu ya awali'],
  'builder.persist.discardUnreadable': ['Discard the earlier draft', 'Futa rasimu ya awali'],
  'builder.persist.openUnreadable': ['Open the earlier draft', 'Fungua rasimu ya awali'],
  'builder.persist.opened': [
    'The earlier draft was opened in place of this one. Undo brings this one back.',
    'Rasimu ya awali imefunguliwa badala ya hii. Tendua huirudisha hii.',
  ],
} as const satisfies Record<string, Wording>
