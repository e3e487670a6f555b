import type { ItemNaming } from '../model/itemNaming';
import type { Lang } from '../model/types';

/**
 * The words that name items, in one language and one naming (`itemNaming`): what messages, hovers,
 * completion and the published minutes say where they name an item. In anteckningar an item is a
 * *punkt* / an *item* (`punkt 24`, `punkterna 2 och 3`); in a protokoll a *paragraf* / a
 * *paragraph*, named with the paragraph sign (`§ 24`, `§§ 2 och 3`).
 */
export interface ItemWords {
  /** One item: `punkt 24`, `item 24`; `§ 24`. */
  one(item: number): string;
  /** One item after an article (English only): `an item 24`; `a § 24`. Swedish: as `one`. */
  aOne(item: number): string;
  /** Several items: `punkterna 2 och 3`, `items 2 and 3`; `§§ 2 och 3`, `§§ 2 and 3`. One: as `one`. */
  several(items: readonly number[]): string;
  /** A number where the sentence has named items already (`Punkterna hoppar från 2 till 5`): `2`; `§ 2`. */
  number(item: number): string;
  /** The noun: `punkt`, `item`; `paragraf`, `paragraph`. */
  readonly noun: string;
  /** The noun in its definite form: `punkten`, `paragrafen` (English: the noun; the message writes `the`). */
  readonly theNoun: string;
  /** The noun with its indefinite article: `en punkt`, `an item`; `en paragraf`, `a paragraph`. */
  readonly aNoun: string;
  /** The plural: `punkter`, `items`; `paragrafer`, `paragraphs`. */
  readonly plural: string;
  /** The plural in its definite form: `punkterna`, `paragraferna` (English: the plural). */
  readonly thePlural: string;
  /** A heading as this naming writes it: `1. Rubrik`, `1. Title`; `§ 1 Rubrik`, `§ 1 Title`. */
  heading(item: number): string;
  /** A heading in the other form: `§ 1 Rubrik` in anteckningar, `1. Rubrik` in a protokoll. */
  otherHeading(item: number): string;
}

/** "2, 3 och 5" / "2, 3 and 5": the messages' and the labels' lists. */
export function list(items: readonly (string | number)[], and: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

function svWords(naming: ItemNaming): ItemWords {
  const numbered = (item: number) => `${item}. Rubrik`;
  const signed = (item: number) => `§ ${item} Rubrik`;
  if (naming === 'paragraphs') {
    return {
      one: (item) => `§ ${item}`,
      aOne: (item) => `§ ${item}`,
      several: (items) => (items.length === 1 ? `§ ${items[0]}` : `§§ ${list(items, 'och')}`),
      number: (item) => `§ ${item}`,
      noun: 'paragraf',
      theNoun: 'paragrafen',
      aNoun: 'en paragraf',
      plural: 'paragrafer',
      thePlural: 'paragraferna',
      heading: signed,
      otherHeading: numbered,
    };
  }
  return {
    one: (item) => `punkt ${item}`,
    aOne: (item) => `punkt ${item}`,
    several: (items) => (items.length === 1 ? `punkt ${items[0]}` : `punkterna ${list(items, 'och')}`),
    number: (item) => `${item}`,
    noun: 'punkt',
    theNoun: 'punkten',
    aNoun: 'en punkt',
    plural: 'punkter',
    thePlural: 'punkterna',
    heading: numbered,
    otherHeading: signed,
  };
}

function enWords(naming: ItemNaming): ItemWords {
  const numbered = (item: number) => `${item}. Title`;
  const signed = (item: number) => `§ ${item} Title`;
  if (naming === 'paragraphs') {
    return {
      one: (item) => `§ ${item}`,
      aOne: (item) => `a § ${item}`,
      several: (items) => (items.length === 1 ? `§ ${items[0]}` : `§§ ${list(items, 'and')}`),
      number: (item) => `§ ${item}`,
      noun: 'paragraph',
      theNoun: 'paragraph',
      aNoun: 'a paragraph',
      plural: 'paragraphs',
      thePlural: 'paragraphs',
      heading: signed,
      otherHeading: numbered,
    };
  }
  return {
    one: (item) => `item ${item}`,
    aOne: (item) => `an item ${item}`,
    several: (items) => (items.length === 1 ? `item ${items[0]}` : `items ${list(items, 'and')}`),
    number: (item) => `${item}`,
    noun: 'item',
    theNoun: 'item',
    aNoun: 'an item',
    plural: 'items',
    thePlural: 'items',
    heading: numbered,
    otherHeading: signed,
  };
}

const WORDS: Readonly<Record<Lang, Readonly<Record<ItemNaming, ItemWords>>>> = {
  sv: { items: svWords('items'), paragraphs: svWords('paragraphs') },
  en: { items: enWords('items'), paragraphs: enWords('paragraphs') },
};

/** The words that name items in `lang`, as `naming` names them. */
export function itemWords(lang: Lang, naming: ItemNaming): ItemWords {
  return WORDS[lang][naming];
}

/** `text` with its first letter in upper case, where a sentence starts with it: `Punkt 4`, `§ 4`. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
