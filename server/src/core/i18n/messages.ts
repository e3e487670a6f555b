import type { DeadlineWords } from '../dates/dateValue';
import type { ItemNaming } from '../model/itemNaming';
import type { Lang } from '../model/types';
import { capitalised, itemWords, list, type ItemWords } from './itemWords';

/**
 * Every diagnostic message, in Swedish and English. A message is a function of its parameters so
 * that word order can differ between the languages. A message that names an item names it as the
 * document does (`ItemWords`): `punkt 24` / `item 24`, or `§ 24` in a protokoll.
 */
interface Catalogue {
  missingAssignee(): string;
  /** An entry of an action list (`Actions:` and bullets) with no owner; `heading` as written. */
  missingAssigneeInList(heading: string): string;
  /** A missing owner where the task is only a name: `Action: Tom Reed`. */
  missingAssigneeNameAsTask(name: string): string;
  /** A missing owner where a name stands before a colon: `Action: Ann Bell: book the hall`. */
  missingAssigneeNameBeforeColon(name: string): string;
  /** A missing owner where names stand before a comma: `Action: Ann Bell, book the hall`; one name or more, as written. */
  missingAssigneeNamesBeforeComma(names: readonly string[]): string;
  /** A missing owner where a name begins the task: `Uppdrag: Nils-Erik tar fram ett förslag`. */
  missingAssigneeNameFirst(name: string): string;
  /** A missing owner where names stand in parentheses at the end of the task: `Action: Circulate the draft (JB)`. */
  missingAssigneeNameInParentheses(name: string): string;
  emptyAction(): string;
  /** `suggestions`: the closest names, equally close; none, one or more. */
  unknownAssignee(name: string, suggestions: readonly string[]): string;
  ambiguousAssignee(name: string, candidates: readonly string[]): string;
  assigneeNotPresent(name: string, item: number, attendance: string): string;
  absentAssignee(name: string): string;
  duplicateAttendee(name: string, firstLine: number): string;
  duplicateItemNumber(item: number): string;
  /** `before`: the number of the item just before, when it is not the highest so far (`expected - 1`). */
  itemNumberGap(item: number, expected: number, before?: number): string;
  itemNumberOrder(item: number, previous: number): string;
  itemNumberStart(item: number): string;
  /** `first`: the lowest item number of the document (a number below it is before the numbering begins). */
  unknownItemReference(item: number, last: number, first: number): string;
  impossibleDate(text: string): string;
  /**
   * `year`: the meeting's year, which the example date is written in (`Skriv t.ex. 2025-03-15`);
   * without one, 2024. So for every message that gives an example date.
   */
  unreadableDate(text: string, year?: number): string;
  /** An unreadable date that holds a character no date is written with (`⁄`, U+2044). */
  unreadableDateCharacter(text: string, character: string, codePoint: string, year?: number): string;
  /** Day and month in figures that make a date in either order (`03/04/2025`): the two, in ISO form. */
  ambiguousDate(text: string, dayFirst: string, monthFirst: string): string;
  /** `weekday`: 0 for Monday … 6 for Sunday. */
  wrongWeekday(text: string, iso: string, weekday: number): string;
  /** A deadline on the next day of a week (`nästa fredag`): the first such day after the meeting and the one a week later, in ISO form. */
  nextWeekday(text: string, first: string, second: string): string;
  /** A deadline keyword with nothing after it (`Senast:`). */
  emptyDeadline(keyword: string, year?: number): string;
  deadlineBeforeMeeting(deadline: string, meeting: string): string;
  missingDate(): string;
  /** No `Datum:` field, but a full date in the title (`written`), which is taken as the meeting's: `iso`. */
  missingDateInTitle(written: string, iso: string): string;
  missingDateBelowTitle(written: string, iso: string): string;
  proseAssignment(name: string): string;
  unknownHeaderField(key: string): string;
  unclosedNote(): string;
  /** An item heading written in another form (`1)`, `Item 3 –`), before the first item. */
  itemHeadingForm(written: string, item: number): string;
  /** The same inside item `inItem`, whose line it stays. */
  itemHeadingFormInItem(written: string, item: number, inItem: number): string;
  /** An action or decision line (`Action:`) inside an attendance list. */
  keywordInAttendance(written: string): string;
  /** An action or decision line (`Action:`) in the header, before the first item. */
  keywordInHeader(written: string): string;
  /** An action or decision line (`Action:`) in the footer. */
  keywordInFooter(written: string): string;
  syntaxError(detail: string): string;
  /** Attendance in words, for messages and hovers. */
  attendanceFrom(item: number): string;
  attendanceUntil(item: number): string;
  attendanceOnly(items: readonly number[]): string;
  attendanceExcept(items: readonly number[]): string;
  remote(): string;
  onSite(): string;
  /** Editing features: completion details, hovers, code action titles. */
  absentWord(): string;
  sectionName(kind: 'present' | 'absent' | 'substitutes' | 'others'): string;
  completionToday(): string;
  completionMeetingDay(): string;
  /** The description of a deadline in words proposed after `Senast:` (`snarast`). */
  completionDeadlineWords(): string;
  completionInWeeks(weeks: number): string;
  completionKnownMember(): string;
  completionOrganisation(people: readonly string[]): string;
  completionNewItem(): string;
  hoverOrganisation(): string;
  hoverRole(): string;
  hoverAttendance(): string;
  hoverPresenceAt(item: number, presence: string): string;
  hoverNotPresent(): string;
  hoverActions(): string;
  hoverNoActions(): string;
  hoverItem(item: number): string;
  hoverKnownMember(): string;
  hoverRepresentedBy(): string;
  hoverCouldBe(): string;
  hoverYearFromMeeting(): string;
  /** A deadline written in words (`Senast: snarast`): what it says, and that it has no date. */
  hoverDeadlineWords(words: DeadlineWords): string;
  /** A deadline that names a month (`Senast: april`): its date is the month's last day. */
  hoverMonthDeadline(): string;
  /** A deadline that names a quarter (`Due: Q2`): its date is the quarter's last day. */
  hoverQuarterDeadline(): string;
  /** A deadline that names a day of the week (`Senast: fredag`): its date is the first such day after the meeting. */
  hoverWeekdayAfterMeeting(): string;
  /** The word a hover puts before a deadline written at the end of the task, with no keyword of its own (`– 31 maj`). */
  hoverDue(): string;
  actionAssignTo(name: string): string;
  actionMakeOwner(name: string): string;
  /** `actionMakeOwner` for more than one name: `Action: Ann Bell, Tom Grey, book the hall`. */
  actionMakeOwners(names: readonly string[]): string;
  actionChangeTo(name: string): string;
  actionAddToSection(name: string, heading: string): string;
  actionRenumber(): string;
  actionRewriteProse(name: string): string;
  actionAddProseAction(name: string): string;
  actionRemoveDuplicate(name: string, line: number): string;
  /** `invalid-date` where a date may mean two days (`03/04/2025`, `nästa fredag`): write one of them. */
  actionWriteDate(iso: string): string;
  /** Rename of a person (navigation features). */
  renameNotAPerson(): string;
  renameEmpty(): string;
  renameMultiline(): string;
  renameInvalidCharacter(character: string): string;
  renameTaken(name: string): string;
  /** Names of outline entries that have no text of their own. */
  symbolHeader(): string;
  symbolFooter(): string;
}


/**
 * The year of the example date a message gives: the meeting's, when it has one written as four
 * digits, else 2024 (so that a document without a date gets the example it always got).
 */
function exampleYear(year: number | undefined): number {
  return year !== undefined && year >= 1000 && year <= 9999 ? year : 2024;
}

/** The example date of a message in ISO form: the 15th of March of `exampleYear`. */
function exampleIso(year: number | undefined): string {
  return `${exampleYear(year)}-03-15`;
}

function svCatalogue(w: ItemWords): Catalogue {
  return {
    missingAssignee: () => 'Uppdraget saknar ansvarig. Skriv "Uppdrag: Namn – uppgift" eller lägg till en rad "Ansvarig: Namn".',
    missingAssigneeInList: (heading) => `Uppdraget i listan under "${heading}:" saknar ansvarig. Skriv "Namn – uppgift" eller lägg till en rad "Ansvarig: Namn" under det.`,
    missingAssigneeNameAsTask: (name) => `Uppdraget saknar ansvarig: "${name}" läses som uppgiften. Skriv den ansvariga före ett tankstreck och uppgiften efter: "Uppdrag: ${name} – uppgift".`,
    missingAssigneeNameBeforeColon: (name) => `Uppdraget saknar ansvarig: "${name}" före kolonet ser ut att vara den ansvariga. Skriv ett tankstreck efter namnet i stället för kolonet: "Uppdrag: ${name} – uppgift".`,
    missingAssigneeNameFirst: (name) => `Uppdraget saknar ansvarig: "${name}" först i texten ser ut att vara den ansvariga. Skriv ett tankstreck efter namnet: "Uppdrag: ${name} – uppgift".`,
    missingAssigneeNameInParentheses: (name) => `Uppdraget saknar ansvarig: "${name}" inom parentes sist ser ut att vara den ansvariga. Skriv namnet först, före ett tankstreck: "Uppdrag: ${name} – uppgift".`,
  missingAssigneeNamesBeforeComma: (names) =>
    names.length === 1
      ? `Uppdraget saknar ansvarig: "${names[0]}" före kommat ser ut att vara den ansvariga. Skriv ett tankstreck efter namnet i stället för kommat: "Uppdrag: ${names[0]} – uppgift".`
      : `Uppdraget saknar ansvarig: ${list(names.map((x) => `"${x}"`), 'och')} före kommat ser ut att vara de ansvariga. Skriv ett tankstreck efter namnen i stället för kommat: "Uppdrag: ${names.join(', ')} – uppgift".`,
    emptyAction: () => 'Uppdraget saknar beskrivning av vad som ska göras.',
    unknownAssignee: (name, suggestions) =>
      `"${name}" finns inte bland de närvarande, de kända ledamöterna eller organisationerna.` +
      (suggestions.length > 0 ? ` Menade du ${list(suggestions.map((x) => `"${x}"`), 'eller')}?` : ''),
    ambiguousAssignee: (name, candidates) => `"${name}" kan syfta på flera personer: ${list(candidates, 'eller')}. Skriv hela namnet.`,
    assigneeNotPresent: (name, item, attendance) => `${name} var inte närvarande vid ${w.one(item)} (${attendance}).`,
    absentAssignee: (name) => `${name} är antecknad som frånvarande men får ett uppdrag.`,
    duplicateAttendee: (name, firstLine) => `${name} står redan med på rad ${firstLine}.`,
    duplicateItemNumber: (item) => `${capitalised(w.one(item))} finns redan.`,
    itemNumberGap: (item, expected, before) =>
      before === undefined || before === expected - 1
        ? `${capitalised(w.thePlural)} hoppar från ${w.number(expected - 1)} till ${w.number(item)}; ${w.one(expected)} borde komma här.`
        : `${capitalised(w.thePlural)} hoppar till ${w.number(item)} efter ${w.one(expected - 1)}, den högsta hittills; ${w.one(expected)} borde komma här.`,
    itemNumberOrder: (item, previous) => `${capitalised(w.one(item))} står efter ${w.one(previous)}; ${w.thePlural} ska vara i nummerordning.`,
    itemNumberStart: (item) => `Första ${w.theNoun} har nummer ${item}; väntade 1.`,
    unknownItemReference: (item, last, first) =>
      last === 0
        ? `Det finns ingen ${w.one(item)}: dokumentet har inga ${w.plural}.`
        : item > last
          ? `Det finns ingen ${w.one(item)}; sista ${w.theNoun} är ${w.number(last)}.`
          : item < first
            ? `Det finns ingen ${w.one(item)}; första ${w.theNoun} är ${w.number(first)}.`
            : `Det finns ingen ${w.one(item)}: numreringen hoppar över den.`,
    impossibleDate: (text) => `Datumet "${text}" finns inte.`,
    unreadableDate: (text, year) => `"${text}" går inte att läsa som ett datum. Skriv t.ex. ${exampleIso(year)} eller 15 mars ${exampleYear(year)}.`,
    unreadableDateCharacter: (text, character, codePoint, year) =>
      `"${text}" går inte att läsa som ett datum: tecknet "${character}" (${codePoint}) skrivs inte i datum, hur likt det än ser ut. Skriv t.ex. ${exampleIso(year)} eller 15 mars ${exampleYear(year)}.`,
    ambiguousDate: (text, dayFirst, monthFirst) =>
      `"${text}" kan läsas på två sätt: dagen först (${dayFirst}, som i Sverige) eller månaden först (${monthFirst}, som i USA). Skriv det datum som avses: ${dayFirst} eller ${monthFirst}.`,
    wrongWeekday: (text, iso, weekday) => `"${text}" stämmer inte: ${iso} är en ${['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'][weekday] ?? ''}.`,
    nextWeekday: (text, first, second) =>
      `"${text}" kan betyda två dagar: den första efter mötet (${first}) eller den veckan efter (${second}). Skriv det datum som avses: ${first} eller ${second}.`,
    emptyDeadline: (keyword, year) => `${keyword}: saknar datum. Skriv t.ex. ${keyword}: ${exampleIso(year)}, eller ta bort det.`,
    deadlineBeforeMeeting: (deadline, meeting) => `Sista dag ${deadline} är före mötesdagen ${meeting}.`,
    missingDate: () => 'Mötet saknar datum. Lägg till en rad "Datum: ÅÅÅÅ-MM-DD".',
    missingDateInTitle: (written, iso) => `Mötet saknar en rad "Datum:"; datumet i rubriken, "${written}", räknas som mötesdag. Lägg till en rad "Datum: ${iso}".`,
    missingDateBelowTitle: (written, iso) => `Mötet saknar en rad "Datum:"; datumet under rubriken, "${written}", räknas som mötesdag. Lägg till en rad "Datum: ${iso}".`,
    proseAssignment: (name) => `Det här ser ut som ett uppdrag till ${name}. Skriv det som en rad "Uppdrag: ${name} – …" så att det följs upp.`,
    unknownHeaderField: (key) => `"${key}" är inget känt fält; det visas som det står.`,
    unclosedNote: () => 'Anteckningen om närvaro saknar avslutande parentes.',
    itemHeadingForm: (written, item) =>
      `"${written}" ser ut som rubriken till ${w.one(item)}, men ${w.aNoun} skrivs "${w.heading(item)}" (eller "${w.otherHeading(item)}") först på raden; raden och allt under den läses nu som sidhuvud eller närvarolista.`,
    itemHeadingFormInItem: (written, item, inItem) =>
      `"${written}" ser ut som rubriken till ${w.one(item)}, men ${w.aNoun} skrivs "${w.heading(item)}" (eller "${w.otherHeading(item)}") först på raden; raden och allt under den läses nu som en del av ${w.one(inItem)}.`,
    keywordInFooter: (written) =>
      `"${written}" står i sidfoten och läses inte som uppdrag eller beslut: sidfoten börjar vid ett sidfotsord (Antecknat av:, Justeras:, Approved: …) under den sista ${w.theNoun}. Flytta raden ovanför, eller skriv ordet på annat sätt.`,
    keywordInAttendance: (written) =>
      `"${written}" står i närvarolistan och läses som en deltagare. Listan räcker till första ${w.theNoun} ("${w.heading(1)}"): skriv uppdrag och beslut under ${w.aNoun}.`,
    keywordInHeader: (written) => `"${written}" står före första ${w.theNoun} och läses som text i sidhuvudet, inte som uppdrag eller beslut: skriv uppdrag och beslut under ${w.aNoun} ("${w.heading(1)}").`,
    syntaxError: (detail) => `Raden kunde inte läsas: ${detail}`,
    attendanceFrom: (item) => `från ${w.one(item)}`,
    attendanceUntil: (item) => `till och med ${w.one(item)}`,
    attendanceOnly: (items) => `endast ${w.several(items)}`,
    attendanceExcept: (items) => `ej ${w.several(items)}`,
    remote: () => 'digitalt',
    onSite: () => 'på plats',
    absentWord: () => 'frånvarande',
    sectionName: (kind) => ({ present: 'Närvarande', absent: 'Frånvarande', substitutes: 'Ersättare', others: 'Övriga närvarande' })[kind],
    completionToday: () => 'idag',
    completionMeetingDay: () => 'mötesdagen',
    completionDeadlineWords: () => 'i ord, utan datum',
    completionInWeeks: (weeks) => (weeks === 1 ? 'om en vecka' : weeks === 2 ? 'om två veckor' : `om ${weeks} veckor`),
    completionKnownMember: () => 'känd ledamot',
    completionOrganisation: (people) => `organisation: ${list(people, 'och')}`,
    completionNewItem: () => `ny ${w.noun}`,
    hoverOrganisation: () => 'Organisation',
    hoverRole: () => 'Roll',
    hoverAttendance: () => 'Närvaro',
    hoverPresenceAt: (item, presence) => `Vid ${w.one(item)}: ${presence}`,
    hoverNotPresent: () => 'inte närvarande',
    hoverActions: () => 'Uppdrag i det här mötet',
    hoverNoActions: () => 'Inga uppdrag i det här mötet.',
    hoverItem: (item) => capitalised(w.one(item)),
    hoverKnownMember: () => 'Känd ledamot, inte med i närvarolistan.',
    hoverRepresentedBy: () => 'Företräds av',
    hoverCouldBe: () => 'Kan syfta på',
    hoverYearFromMeeting: () => 'Året är mötets.',
    hoverMonthDeadline: () => 'Månadens sista dag.',
    hoverQuarterDeadline: () => 'Kvartalets sista dag.',
    hoverWeekdayAfterMeeting: () => 'Den första sådana dagen efter mötet.',
  hoverDue: () => 'Senast',
    hoverDeadlineWords: (words) =>
      `${{ soon: 'Så snart som möjligt', nextMeeting: 'Till nästa möte', ongoing: 'Löpande, utan slutdatum', undecided: 'Inte bestämt ännu', season: 'En tid på året' }[words]}: en tidsgräns i ord, utan datum.`,
    actionAssignTo: (name) => `Tilldela ${name}`,
    actionMakeOwner: (name) => `Gör ${name} till ansvarig`,
  actionMakeOwners: (names) => `Gör ${list(names, 'och')} till ansvariga`,
    actionChangeTo: (name) => `Ändra till "${name}"`,
    actionAddToSection: (name, heading) => `Lägg till ${name} i ${heading}`,
    actionRenumber: () => `Numrera om ${w.thePlural}`,
    actionRewriteProse: (name) => `Skriv om som uppdrag till ${name}`,
    actionAddProseAction: (name) => `Lägg till ett uppdrag till ${name} och behåll texten`,
    actionRemoveDuplicate: (name, line) => `Ta bort dubbletten av ${name} (står redan på rad ${line})`,
    actionWriteDate: (iso) => `Skriv ${iso}`,
    renameNotAPerson: () => 'Här står inget namn på en person att byta.',
    renameEmpty: () => 'Det nya namnet får inte vara tomt.',
    renameMultiline: () => 'Det nya namnet måste stå på en rad.',
    renameInvalidCharacter: (character) => `Ett namn kan inte innehålla "${character}": tecknet skiljer fält eller namn åt på raderna.`,
    renameTaken: (name) => `${name} finns redan bland de närvarande; två personer kan inte slås ihop genom namnbyte.`,
    symbolHeader: () => 'Sidhuvud',
    symbolFooter: () => 'Sidfot',
  };
}

function enCatalogue(w: ItemWords): Catalogue {
  return {
    missingAssignee: () => 'This action has no owner. Write "Action: Name – task" or add a line "Owner: Name".',
    missingAssigneeInList: (heading) => `This action in the list under "${heading}:" has no owner. Write "Name – task", or add a line "Owner: Name" below it.`,
    missingAssigneeNameAsTask: (name) => `This action has no owner: "${name}" is read as its task. Write the owner before a dash and the task after it: "Action: ${name} – task".`,
    missingAssigneeNameBeforeColon: (name) => `This action has no owner: "${name}" before the colon looks like the owner. Write a dash after the name instead of the colon: "Action: ${name} – task".`,
    missingAssigneeNameFirst: (name) => `This action has no owner: "${name}" at the start looks like the owner. Write a dash after the name: "Action: ${name} – task".`,
    missingAssigneeNameInParentheses: (name) => `This action has no owner: "${name}" in parentheses at the end looks like the owner. Write the name first, before a dash: "Action: ${name} – task".`,
  missingAssigneeNamesBeforeComma: (names) =>
    names.length === 1
      ? `This action has no owner: "${names[0]}" before the comma looks like the owner. Write a dash after the name instead of the comma: "Action: ${names[0]} – task".`
      : `This action has no owner: ${list(names.map((x) => `"${x}"`), 'and')} before the comma look like the owners. Write a dash after the names instead of the comma: "Action: ${names.join(', ')} – task".`,
    emptyAction: () => 'This action does not say what is to be done.',
    unknownAssignee: (name, suggestions) =>
      `"${name}" is not an attendee, a known member or an organisation.` +
      (suggestions.length > 0 ? ` Did you mean ${list(suggestions.map((x) => `"${x}"`), 'or')}?` : ''),
    ambiguousAssignee: (name, candidates) => `"${name}" could be several people: ${list(candidates, 'or')}. Write the full name.`,
    assigneeNotPresent: (name, item, attendance) => `${name} was not present at ${w.one(item)} (${attendance}).`,
    absentAssignee: (name) => `${name} is listed as absent but is given an action.`,
    duplicateAttendee: (name, firstLine) => `${name} is already listed on line ${firstLine}.`,
    duplicateItemNumber: (item) => `There is already ${w.aOne(item)}.`,
    itemNumberGap: (item, expected, before) =>
      before === undefined || before === expected - 1
        ? `${capitalised(w.thePlural)} jump from ${w.number(expected - 1)} to ${w.number(item)}; expected ${w.one(expected)}.`
        : `${capitalised(w.thePlural)} jump to ${w.number(item)} after ${w.one(expected - 1)}, the highest so far; expected ${w.one(expected)}.`,
    itemNumberOrder: (item, previous) => `${capitalised(w.one(item))} comes after ${w.one(previous)}; ${w.thePlural} should be in numerical order.`,
    itemNumberStart: (item) => `The first ${w.theNoun} is numbered ${item}; expected 1.`,
    unknownItemReference: (item, last, first) =>
      last === 0
        ? `There is no ${w.one(item)}: the document has no ${w.plural}.`
        : item > last
          ? `There is no ${w.one(item)}; the last ${w.theNoun} is ${w.number(last)}.`
          : item < first
            ? `There is no ${w.one(item)}; the first ${w.theNoun} is ${w.number(first)}.`
            : `There is no ${w.one(item)}: the numbering skips it.`,
    impossibleDate: (text) => `The date "${text}" does not exist.`,
    unreadableDate: (text, year) => `"${text}" cannot be read as a date. Write e.g. ${exampleIso(year)} or 15 March ${exampleYear(year)}.`,
    unreadableDateCharacter: (text, character, codePoint, year) =>
      `"${text}" cannot be read as a date: the character "${character}" (${codePoint}) is not one dates are written with, however alike it looks. Write e.g. ${exampleIso(year)} or 15 March ${exampleYear(year)}.`,
    ambiguousDate: (text, dayFirst, monthFirst) =>
      `"${text}" can be read two ways: day first (${dayFirst}, as in Britain) or month first (${monthFirst}, as in the US). Write the date meant: ${dayFirst} or ${monthFirst}.`,
    wrongWeekday: (text, iso, weekday) => `"${text}" does not add up: ${iso} is a ${['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][weekday] ?? ''}.`,
    nextWeekday: (text, first, second) =>
      `"${text}" can mean two days: the first after the meeting (${first}) or the one a week later (${second}). Write the date meant: ${first} or ${second}.`,
    emptyDeadline: (keyword, year) => `${keyword}: has no date. Write e.g. ${keyword}: ${exampleIso(year)}, or remove it.`,
    deadlineBeforeMeeting: (deadline, meeting) => `The deadline ${deadline} is before the meeting date ${meeting}.`,
    missingDate: () => 'The meeting has no date. Add a line "Date: YYYY-MM-DD".',
    missingDateInTitle: (written, iso) => `The meeting has no "Date:" line; the date in the title, "${written}", is taken as the meeting date. Add a line "Date: ${iso}".`,
    missingDateBelowTitle: (written, iso) => `The meeting has no "Date:" line; the date below the title, "${written}", is taken as the meeting date. Add a line "Date: ${iso}".`,
    proseAssignment: (name) => `This reads like an action for ${name}. Write it as an "Action: ${name} – …" line so that it is followed up.`,
    unknownHeaderField: (key) => `"${key}" is not a known field; it is shown as written.`,
    unclosedNote: () => 'The attendance note has no closing parenthesis.',
    itemHeadingForm: (written, item) =>
      `"${written}" looks like the heading of ${w.one(item)}, but ${w.aNoun} is written "${w.heading(item)}" (or "${w.otherHeading(item)}") at the start of a line; this line and everything below it are read as header or attendance list.`,
    itemHeadingFormInItem: (written, item, inItem) =>
      `"${written}" looks like the heading of ${w.one(item)}, but ${w.aNoun} is written "${w.heading(item)}" (or "${w.otherHeading(item)}") at the start of a line; this line and everything below it are read as part of ${w.one(inItem)}.`,
    keywordInFooter: (written) =>
      `"${written}" stands in the footer and is not read as an action or decision: the footer begins at a footer keyword (Minutes taken by:, Approved: …) below the last ${w.theNoun}. Move the line above it, or word that line differently.`,
    keywordInAttendance: (written) =>
      `"${written}" stands in the attendance list and is read as an attendee. The list runs until the first ${w.theNoun} ("${w.heading(1)}"): write actions and decisions under ${w.aNoun}.`,
    keywordInHeader: (written) => `"${written}" stands before the first ${w.theNoun} and is read as text of the header, not as an action or decision: write actions and decisions under ${w.aNoun} ("${w.heading(1)}").`,
    syntaxError: (detail) => `The line could not be read: ${detail}`,
    attendanceFrom: (item) => `from ${w.one(item)}`,
    attendanceUntil: (item) => `up to and including ${w.one(item)}`,
    attendanceOnly: (items) => `only ${w.several(items)}`,
    attendanceExcept: (items) => `not ${w.several(items)}`,
    remote: () => 'remote',
    onSite: () => 'on site',
    absentWord: () => 'absent',
    sectionName: (kind) => ({ present: 'Present', absent: 'Absent', substitutes: 'Substitute', others: 'Also present' })[kind],
    completionToday: () => 'today',
    completionMeetingDay: () => 'meeting day',
    completionDeadlineWords: () => 'in words, no date',
    completionInWeeks: (weeks) => (weeks === 1 ? 'in one week' : weeks === 2 ? 'in two weeks' : `in ${weeks} weeks`),
    completionKnownMember: () => 'known member',
    completionOrganisation: (people) => `organisation: ${list(people, 'and')}`,
    completionNewItem: () => `new ${w.noun}`,
    hoverOrganisation: () => 'Organisation',
    hoverRole: () => 'Role',
    hoverAttendance: () => 'Attendance',
    hoverPresenceAt: (item, presence) => `At ${w.one(item)}: ${presence}`,
    hoverNotPresent: () => 'not present',
    hoverActions: () => 'Actions in this meeting',
    hoverNoActions: () => 'No actions in this meeting.',
    hoverItem: (item) => capitalised(w.one(item)),
    hoverKnownMember: () => 'Known member, not in the attendance list.',
    hoverRepresentedBy: () => 'Represented by',
    hoverCouldBe: () => 'Could be',
    hoverYearFromMeeting: () => "The year is the meeting's.",
    hoverMonthDeadline: () => "The month's last day.",
    hoverQuarterDeadline: () => "The quarter's last day.",
    hoverWeekdayAfterMeeting: () => 'The first such day after the meeting.',
  hoverDue: () => 'Due',
    hoverDeadlineWords: (words) =>
      `${{ soon: 'As soon as possible', nextMeeting: 'By the next meeting', ongoing: 'Ongoing, with no end date', undecided: 'Not decided yet', season: 'A time of the year' }[words]}: a deadline in words, with no date.`,
    actionAssignTo: (name) => `Assign to ${name}`,
    actionMakeOwner: (name) => `Make ${name} the owner`,
  actionMakeOwners: (names) => `Make ${list(names, 'and')} the owners`,
    actionChangeTo: (name) => `Change to "${name}"`,
    actionAddToSection: (name, heading) => `Add ${name} to ${heading}`,
    actionRenumber: () => `Renumber ${w.thePlural}`,
    actionRewriteProse: (name) => `Rewrite as an action for ${name}`,
    actionAddProseAction: (name) => `Add an action for ${name} and keep the text`,
    actionRemoveDuplicate: (name, line) => `Remove the duplicate of ${name} (already on line ${line})`,
    actionWriteDate: (iso) => `Write ${iso}`,
    renameNotAPerson: () => 'Nothing here names a person to rename.',
    renameEmpty: () => 'The new name must not be empty.',
    renameMultiline: () => 'The new name must fit on one line.',
    renameInvalidCharacter: (character) => `A name cannot contain "${character}": it separates fields or names on the lines.`,
    renameTaken: (name) => `${name} is already an attendee; renaming cannot merge two people.`,
    symbolHeader: () => 'Header',
    symbolFooter: () => 'Footer',
  };
}

const catalogues: Readonly<Record<Lang, Readonly<Record<ItemNaming, Catalogue>>>> = {
  sv: { items: svCatalogue(itemWords('sv', 'items')), paragraphs: svCatalogue(itemWords('sv', 'paragraphs')) },
  en: { items: enCatalogue(itemWords('en', 'items')), paragraphs: enCatalogue(itemWords('en', 'paragraphs')) },
};

/**
 * The messages in `lang`, naming items as `naming` says (`itemNaming`): `punkt 24` / `item 24`, or
 * `§ 24` in a protokoll.
 */
export function messages(lang: Lang, naming: ItemNaming = 'items'): Catalogue {
  return catalogues[lang][naming];
}

export type { Catalogue };
