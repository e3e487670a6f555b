/**
 * The words the benchmark documents are made of: people, organisations and the stock phrases of
 * Swedish municipal minutes, modelled on examples/kommunchefsgruppen.minutes. The generator
 * combines them at random, so the text has the shape of real minutes (mixed line lengths, names,
 * dates, item references) without being one block repeated.
 */

export const FIRST_NAMES = [
  'Maria', 'Eva', 'Tina', 'Pia', 'Malin', 'Haleh', 'Gull-Britt', 'Elisabeth', 'Mio', 'Bengt',
  'Evike', 'Rickard', 'Gitte', 'Therese', 'Sofia', 'Anders', 'Christina', 'Johan', 'Karin', 'Lars',
  'Annika', 'Per', 'Ingrid', 'Mikael', 'Helena', 'Niklas', 'Åsa', 'Örjan', 'Lena', 'Fredrik',
] as const;

export const LAST_NAMES = [
  'Reinholdsson', 'Standar', 'Hessman', 'Eide', 'Alhäll', 'Aronsson', 'Lindqvist', 'Linderoth',
  'Saba', 'Randén', 'Jonsson', 'Sandor', 'Vidlund', 'Caous', 'Tanner', 'Larsson', 'Pettersson',
  'Thordén', 'Kopp', 'Berg', 'Ström', 'Nyström', 'Åberg', 'Öhman', 'Sjögren', 'Wallin',
] as const;

export const ORGANISATIONS = [
  'Ale', 'Alingsås', 'Göteborg', 'Härryda', 'Kungsbacka', 'Kungälv', 'Lerum', 'Lilla Edet',
  'Mölndal', 'Partille', 'Stenungsund', 'Tjörn', 'Öckerö', 'GR',
] as const;

export const ROLES = ['Förbundssekreterare', 'Sekreterare', 'Nämndsekreterare', 'Utredare', 'Kommunsekreterare'] as const;

export const MEETINGS = [
  'Kommunchefsgruppen, GR', 'Styrgruppen för regional utveckling', 'Ledningsgruppen, GR',
  'Beredningsgruppen för välfärd', 'Nätverket för digitalisering',
] as const;

export const PLACES = ['GR, Göteborg', 'Stadshuset, Mölndal', 'Kommunhuset, Lerum', 'Teams', 'GR, Göteborg och Teams'] as const;

/**
 * Attendance notes as secretaries write them, by what they say; `{n}` and `{m}` are early item
 * numbers. Present only at some items, arriving late, or taking part remotely.
 */
export const PARTIAL_NOTES = ['p {n}', 'p {n}–{m}', 't.o.m. p {m}', 'p {n}, {m}'] as const;
export const LATE_NOTES = ['digitalt from p {n}', 'from p {n}', 'digitalt from {n}', 'från punkt {n}'] as const;
export const REMOTE_NOTES = ['digitalt', 'på distans'] as const;

export const TOPICS = [
  'Statusrapport AI-uppdrag', 'Klimatanpassning', 'Säkerhetsläge', 'Förbundsdirektörens information',
  'Kompetensförsörjning inom välfärden', 'Budgetprocess och ekonomiskt läge', 'Regional utvecklingsstrategi',
  'Bredband och digital infrastruktur', 'Planering av heldag', 'Samverkan med Västra Götalandsregionen',
  'Rådslagsprocessen', 'Bostadsförsörjning', 'Kollektivtrafik och mobilitet', 'Arbetsmarknad och vuxenutbildning',
  'Folkhälsa och social hållbarhet', 'Krisberedskap och civilt försvar', 'Upphandling och avtal',
  'Lokalförsörjning', 'Löneöversyn', 'Välkomnande av ny kommunchef', 'SKR', 'Remiss om avfallsplan',
  'Näringslivsklimat', 'Besöksnäring och evenemang', 'Stående punkter och övriga frågor',
] as const;

export const TOPIC_SUFFIXES = ['', '', '', ' – uppföljning', ' inför beslut', ' – lägesrapport', ', fortsatt diskussion', ' i Stenungsund', ' 2025'] as const;

export const SUBJECTS = [
  'Gruppen', 'Kommunchefsgruppen', 'Förbundsdirektören', 'Arbetsgruppen', 'Nätverket', 'Styrelsen',
  'Förvaltningen', 'Beredningsgruppen', 'Sekretariatet', 'Medlemskommunerna', 'Projektledningen',
] as const;

export const VERBS = [
  'diskuterar', 'går igenom', 'lyfter', 'konstaterar behovet av', 'ser över', 'tar fram förslag på',
  'återkopplar kring', 'informerar om', 'betonar vikten av', 'föreslår', 'följer upp', 'redovisar',
  'uttrycker sitt gillande över', 'efterfrågar', 'samlar in synpunkter på',
] as const;

export const OBJECTS = [
  'behovet av samordning', 'den regionala handlingsplanen', 'arbetet med klimatanpassning',
  'de prioriteringar som SKR tar fram', 'bemanningen i nätverket', 'uppdragets inriktning',
  'tidplanen för våren', 'resultatet av enkäten', 'kostnadsfördelningen mellan kommunerna',
  'förslaget till agenda', 'de strategival som måste göras framåt', 'kommunernas gemensamma yttrande',
  'statistiken över inflyttning', 'lägesbilden inom området', 'erfarenheterna från pilotprojektet',
  'formerna för samverkan', 'den nationella bredbandsstrategin', 'rekryteringsläget',
] as const;

export const QUALIFIERS = [
  'inom GR', 'under våren', 'i samverkan med SKR', 'inför nästa möte', 'för medlemskommunerna',
  'på regional nivå', 'i sin helhet', 'med kort varsel', 'utifrån tidigare diskussioner',
  'tillsammans med förbundsdirektören', 'i respektive kommun', 'under hösten', 'på ett tydligare sätt',
] as const;

export const FOLLOW_UPS = [
  'De efterföljande diskussionerna handlar om hur det går att samlas regionalt kring detta.',
  'Frågan väcks om hur den gemensamma kunskapen kan höjas inom området.',
  'Flera kommuner delar bilden och ser ett behov av gemensamma riktlinjer.',
  'Det finns ännu inget färdigt underlag men arbetet fortsätter.',
  'Gruppen är enig om att frågan behöver förankras i respektive kommunledning.',
  'Underlaget skickas ut tillsammans med anteckningarna.',
  'Ingen invändning framförs mot förslaget.',
] as const;

export const BULLETS = [
  'Aktuell status kring rådslagsprocessen', 'Påminnelse om att skicka ut kallelsen till rådslaget',
  'Agendan för kommande kommunchefsmöte på SKR', 'Övriga nätverk inom SKR och arbetsformer mellan nätverken',
  'Industridagen är förlagd till Göteborg', 'Återkoppling från regionala rådets senaste möte',
  'Arbetet med löneöversyn i kommunerna', 'GR kommer kunna erbjuda lokaler för uthyrning',
  'Byggbenchen är planerad till slutet av april', 'Ny version av handlingsplanen är utskickad',
  'Enkäten till medlemskommunerna stänger om två veckor', 'Dialogmöte med regionen planeras',
] as const;

export const TASKS = [
  'ta fram förslag på agenda för heldagen', 'återkomma med lämplig tidpunkt för en dragning',
  'avrapportera uppdraget i sin helhet', 'informera om lokaler för uthyrning till medlemskommunerna',
  'ta reda på syfte och funktion för nätverket', 'sammanställa kommunernas synpunkter',
  'boka in ett möte med regiondirektören', 'skicka ut underlaget till gruppen', 'bjuda in SKR till nästa möte',
  'ta fram en tidplan för arbetet', 'undersöka möjligheten till gemensam upphandling',
] as const;

export const DECISIONS = [
  'Kommunchefsgruppen utser Anders Kopp, Lilla Edet, till GR:s representant.',
  'Gruppen ställer sig bakom förslaget.', 'Ärendet bordläggs till nästa möte.',
  'Förslaget till yttrande godkänns med de ändringar som framkom vid mötet.',
  'Informationen noteras.', 'Gruppen beslutar att tillsätta en arbetsgrupp.',
  'Frågan lyfts till styrelsen för beslut.',
] as const;

export const COMMENTS = [
  'Punkten flyttad från förra mötet.', 'Bilaga saknas, kompletteras.', 'Kontrollera stavningen av namnet.',
  'TODO: lägg till länk till presentationen.', 'Utkast, ej justerat.',
] as const;

export const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'] as const;
