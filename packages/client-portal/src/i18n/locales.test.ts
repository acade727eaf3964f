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
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(languages)('%s has a text for every key, with the same placeholders as English', (language) => {
    for (const [key, text] of flatten(resources.get(language)!)) {
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(english.get(key) ?? '') });
    }
  });
});
