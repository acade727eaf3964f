import {
  MultiSelect,
  Select,
  isOptionsGroup,
  type ComboboxItem,
  type ComboboxParsedItem,
  type MultiSelectProps,
  type SelectProps,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pageLocale } from '../i18n/languages';
import { commonLanguageCodes, languageName, normalizeLanguageCode } from './languageCodes';

/**
 * The options of a language picker: the common codes, the codes already chosen, and the code being
 * typed when it is a valid one the list lacks; each named in the portal's language with its code.
 */
function useLanguageOptions(chosen: readonly string[], search: string): ComboboxItem[] {
  const { i18n } = useTranslation();
  const uiLanguage = pageLocale(i18n.resolvedLanguage ?? i18n.language);
  const typed = normalizeLanguageCode(search);
  return useMemo(() => {
    const codes = new Set([...commonLanguageCodes, ...chosen, ...(typed ? [typed] : [])]);
    const collator = new Intl.Collator(uiLanguage);
    return [...codes]
      .map((code) => {
        const name = languageName(code, uiLanguage);
        return { value: code, label: name === code ? code : `${name} · ${code}` };
      })
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [chosen, typed, uiLanguage]);
}

/** Finds options by name or code, the code also as typed in another spelling ("pt_br" finds pt-BR). */
function languageFilter({ options, search }: { options: ComboboxParsedItem[]; search: string }): ComboboxParsedItem[] {
  const query = search.trim().toLocaleLowerCase();
  if (!query) return options;
  const typed = normalizeLanguageCode(search);
  return options.filter(
    (option) => !isOptionsGroup(option) && (option.label.toLocaleLowerCase().includes(query) || option.value === typed),
  );
}

type LanguageSelectProps = Omit<SelectProps, 'data' | 'searchable' | 'filter' | 'onSearchChange'>;

/** One language code, chosen from common languages by name or typed as a code (e.g. "sr-Latn"). */
export function LanguageCodeSelect(props: LanguageSelectProps) {
  const [search, setSearch] = useState('');
  const value = typeof props.value === 'string' ? [props.value] : [];
  const options = useLanguageOptions(value, search);
  return <Select {...props} data={options} searchable filter={languageFilter} onSearchChange={setSearch} limit={80} />;
}

type LanguagesMultiSelectProps = Omit<MultiSelectProps, 'data' | 'searchable' | 'filter' | 'onSearchChange'>;

/** Several language codes, chosen from common languages by name or typed as codes. */
export function LanguageCodesMultiSelect(props: LanguagesMultiSelectProps) {
  const [search, setSearch] = useState('');
  const options = useLanguageOptions(props.value ?? [], search);
  return <MultiSelect {...props} data={options} searchable filter={languageFilter} onSearchChange={setSearch} limit={80} />;
}
