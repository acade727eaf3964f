import { loadTranslation } from './i18n';
import { languages, type Language } from './languages';

type Tree = { [key: string]: string | Tree };

/** Every key path of a resource file, e.g. `landing.accessTitle`, with its text. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [childPath, text] of flatten(value, path)) entries.set(childPath, text);
  }
  return entries;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** A key with its plural suffix taken off (`units.bytes_few` → `units.bytes`): languages differ in their plural forms. */
const withoutPlural = (key: string) => key.replace(PLURAL, '');

/** The plural forms `language` needs, as i18next picks them: the categories of its plural rules. */
const pluralForms = (language: Language) => new Intl.PluralRules(language.toLowerCase()).resolvedOptions().pluralCategories.slice().sort();

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();

const otherLanguages = languages.filter((language) => language !== 'EN');
const resources = new Map<Language, Tree>();
let english: Map<string, string>;
beforeAll(async () => {
  for (const language of languages) resources.set(language, await loadTranslation(language));
  english = flatten(resources.get('EN')!);
});

describe('translations', () => {
  it('ship a resource file for each of the five languages', () => {
    expect([...languages].sort()).toEqual(['DE', 'EN', 'ES', 'FR', 'PL']);
  });

  it.each(otherLanguages)('%s has exactly the keys of English', (language) => {
    const translated = flatten(resources.get(language)!);
    const keys = (entries: Map<string, string>) => [...new Set([...entries.keys()].map(withoutPlural))].sort();
    expect(keys(translated)).toEqual(keys(english));
  });

  it.each(languages)('%s has every plural form its language needs, and no other', (language) => {
    const translated = [...flatten(resources.get(language)!).keys()];
    const plurals = new Set(translated.filter((key) => PLURAL.test(key)).map(withoutPlural));
    for (const base of plurals) {
      const forms = translated.filter((key) => withoutPlural(key) === base && key !== base).map((key) => PLURAL.exec(key)![1]);
      expect({ base, forms: forms.sort() }).toEqual({ base, forms: pluralForms(language) });
    }
  });

  it.each(languages)('%s has a text for every key, with the same placeholders as English', (language) => {
    for (const [key, text] of flatten(resources.get(language)!)) {
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
      const inEnglish = english.get(key) ?? english.get(`${withoutPlural(key)}_other`) ?? '';
      expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(inEnglish) });
    }
  });
});
