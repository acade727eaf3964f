import { Autocomplete, MultiSelect, Pill, SimpleGrid, TagsInput, TextInput, type OptionsFilter } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { isLanguageCode, languageLabel, languageName, normalizeLanguageCode, suggestedLanguageCodes } from './languages';
import { serviceTypes } from './services';
import { useWorkFormat } from './useWorkFormat';
import type { WorkScopeValues } from './workScope';

interface WorkScopeFieldsProps<Values extends WorkScopeValues> {
  form: UseFormReturnType<Values>;
  readOnly?: boolean;
  /** Focus the name when shown (in a dialog whose client is already chosen). */
  autoFocus?: boolean;
}

/** Suggestions match the code or the language's name: "germ" finds de, de-AT, de-CH and de-DE. */
function languageFilter(locale: string): OptionsFilter {
  return ({ options, search }) => {
    const wanted = search.trim().toLowerCase();
    if (wanted === '') return options;
    return options.filter((option) => 'value' in option && languageLabel(option.value, locale).toLowerCase().includes(wanted));
  };
}

/** Name, services, source language and target languages of a project or quote. */
export function WorkScopeFields<Values extends WorkScopeValues>({
  form,
  readOnly = false,
  autoFocus = false,
}: WorkScopeFieldsProps<Values>) {
  const { t } = useTranslation();
  const { locale } = useWorkFormat();
  const values = form.getValues();
  const sourceProps = form.getInputProps('sourceLanguage');
  const targetProps = form.getInputProps('targetLanguages');
  const sourceName = isLanguageCode(normalizeLanguageCode(values.sourceLanguage))
    ? languageName(normalizeLanguageCode(values.sourceLanguage), locale)
    : null;
  const renderLanguageOption = ({ option }: { option: { value: string } }) => languageLabel(option.value, locale);

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <TextInput
        label={t('work.fields.name')}
        withAsterisk={!readOnly}
        readOnly={readOnly}
        data-autofocus={autoFocus || undefined}
        {...form.getInputProps('name')}
      />
      <MultiSelect
        label={t('work.fields.services')}
        data={serviceTypes.map((service) => ({ value: service, label: t(`work.services.${service}`) }))}
        withAsterisk={!readOnly}
        readOnly={readOnly}
        searchable
        hidePickedOptions
        comboboxProps={{ withinPortal: true }}
        {...form.getInputProps('services')}
      />
      <Autocomplete
        label={t('work.fields.sourceLanguage')}
        description={sourceName ?? t('work.form.languageCodeHint')}
        data={[...suggestedLanguageCodes]}
        filter={languageFilter(locale)}
        renderOption={renderLanguageOption}
        autoComplete="off"
        spellCheck={false}
        withAsterisk={!readOnly}
        readOnly={readOnly}
        comboboxProps={{ withinPortal: true }}
        {...sourceProps}
      />
      <TagsInput
        label={t('work.fields.targetLanguages')}
        description={t('work.form.targetLanguagesHint')}
        data={[...suggestedLanguageCodes]}
        filter={languageFilter(locale)}
        renderOption={renderLanguageOption}
        // Named pills; as with every tags input, Backspace removes the last one from the keyboard.
        renderPill={({ value, onRemove, disabled }) => (
          <Pill withRemoveButton={!disabled} onRemove={onRemove}>
            {value ? languageLabel(value, locale) : null}
          </Pill>
        )}
        splitChars={[',', ' ', ';']}
        withAsterisk={!readOnly}
        readOnly={readOnly}
        comboboxProps={{ withinPortal: true }}
        {...targetProps}
        // Codes are stored as the API writes them, whatever case was typed.
        onChange={(codes: string[]) => (targetProps.onChange as (codes: string[]) => void)([...new Set(codes.map(normalizeLanguageCode))])}
      />
    </SimpleGrid>
  );
}
