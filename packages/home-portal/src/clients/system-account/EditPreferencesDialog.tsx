import { Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { useFullScreenDialog } from '../../app/useFullScreenDialog';
import type { PortalLanguage } from '../../gql/graphql';
import { datePatternProblem, isKnownTimeZone, knownTimeZones, timePatternProblem } from '@portico/domain';
import {
  formatPreferenceExample,
  isWeekday,
  separatorLabel,
  weekdays,
  type FormatPreferenceField,
  type FormatPreferencesValues,
} from './formatPreferences';

/** The Select value standing for "Default for the language" (a Select cannot hold null). */
const DEFAULT = 'default';

const decimalOptions = { dot: '.', comma: ',' } as const;
const thousandsOptions = { comma: ',', dot: '.', space: ' ', apostrophe: "'", none: '' } as const;

interface PreferencesFormValues {
  dateFormatIsDefault: boolean;
  dateFormat: string;
  timeFormatIsDefault: boolean;
  timeFormat: string;
  decimalSeparator: string;
  thousandsSeparator: string;
  firstDayOfWeek: string;
  timeZone: string;
}

function optionKey<Options extends Record<string, string>>(options: Options, separator: string | null): string {
  if (separator === null) return DEFAULT;
  return Object.keys(options).find((key) => options[key] === separator) ?? DEFAULT;
}

function optionValue<Options extends Record<string, string>>(options: Options, key: string): string | null {
  return Object.hasOwn(options, key) ? (options[key] ?? null) : null;
}

function toFormValues(preferences: FormatPreferencesValues): PreferencesFormValues {
  return {
    dateFormatIsDefault: preferences.dateFormat === null,
    dateFormat: preferences.dateFormat ?? '',
    timeFormatIsDefault: preferences.timeFormat === null,
    timeFormat: preferences.timeFormat ?? '',
    decimalSeparator: optionKey(decimalOptions, preferences.decimalSeparator),
    thousandsSeparator: optionKey(thousandsOptions, preferences.thousandsSeparator),
    firstDayOfWeek: preferences.firstDayOfWeek ?? DEFAULT,
    timeZone: preferences.timeZone ?? DEFAULT,
  };
}

function toPreferences(values: PreferencesFormValues): FormatPreferencesValues {
  return {
    dateFormat: values.dateFormatIsDefault || values.dateFormat.trim() === '' ? null : values.dateFormat,
    timeFormat: values.timeFormatIsDefault || values.timeFormat.trim() === '' ? null : values.timeFormat,
    decimalSeparator: optionValue(decimalOptions, values.decimalSeparator),
    thousandsSeparator: optionValue(thousandsOptions, values.thousandsSeparator),
    firstDayOfWeek: isWeekday(values.firstDayOfWeek) ? values.firstDayOfWeek : null,
    timeZone: values.timeZone === DEFAULT ? null : values.timeZone,
  };
}

/** The API's rules for user-defined values, with a message for each problem. */
function preferencesSchema(t: TFunction) {
  return z
    .object({
      dateFormatIsDefault: z.boolean(),
      dateFormat: z.string(),
      timeFormatIsDefault: z.boolean(),
      timeFormat: z.string(),
      decimalSeparator: z.string(),
      thousandsSeparator: z.string(),
      firstDayOfWeek: z.string(),
      timeZone: z.string(),
    })
    .check(
      z.superRefine((values, context) => {
        const issue = (path: keyof PreferencesFormValues, message: string) =>
          context.addIssue({ code: 'custom', message, path: [path], input: values[path] });
        if (!values.dateFormatIsDefault) {
          const problem = values.dateFormat.trim() === '' ? 'EMPTY' : datePatternProblem(values.dateFormat);
          if (problem) issue('dateFormat', t(`formatPreferences.dateProblems.${problem}`));
        }
        if (!values.timeFormatIsDefault) {
          const problem = values.timeFormat.trim() === '' ? 'EMPTY' : timePatternProblem(values.timeFormat);
          if (problem) issue('timeFormat', t(`formatPreferences.timeProblems.${problem}`));
        }
        const decimal = optionValue(decimalOptions, values.decimalSeparator);
        const thousands = optionValue(thousandsOptions, values.thousandsSeparator);
        if (decimal !== null && thousands !== null && decimal === thousands) {
          issue('thousandsSeparator', t('formatPreferences.separatorsMustDiffer'));
        }
        if (values.timeZone !== DEFAULT && !isKnownTimeZone(values.timeZone)) {
          issue('timeZone', t('formatPreferences.unknownTimeZone', { timeZone: values.timeZone }));
        }
      }),
    );
}

interface EditPreferencesDialogProps {
  opened: boolean;
  preferences: FormatPreferencesValues;
  /** The client's Preferred Language for Interface: month names and "Default for the language" follow it. */
  language: PortalLanguage;
  /** Messages the API gave for the preferences, by field. */
  serverErrors: Partial<Record<FormatPreferenceField, ReactNode>>;
  onApply: (preferences: FormatPreferencesValues) => void;
  onClose: () => void;
}

/** "Edit Preferences": the dialog is mounted only while open, so it always starts from the values passed in. */
export function EditPreferencesDialog(props: EditPreferencesDialogProps) {
  const { t } = useTranslation();
  const fullScreen = useFullScreenDialog();
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('formatPreferences.dialogTitle')} size="xl" fullScreen={fullScreen}>
      {props.opened && <EditPreferencesForm {...props} />}
    </Modal>
  );
}

function EditPreferencesForm({ preferences, language, serverErrors, onApply, onClose }: EditPreferencesDialogProps) {
  const { t } = useTranslation();
  const schema = useMemo(() => preferencesSchema(t), [t]);
  const [now] = useState(() => new Date());
  const form = useForm<PreferencesFormValues>({
    mode: 'controlled',
    initialValues: toFormValues(preferences),
    initialErrors: serverErrors,
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnChange: true,
  });
  const zones = useMemo(() => {
    const known = knownTimeZones();
    return preferences.timeZone && !known.includes(preferences.timeZone) ? [preferences.timeZone, ...known] : known;
  }, [preferences.timeZone]);

  const chosen = toPreferences(form.values);
  const example = (field: FormatPreferenceField) => {
    const rendered = formatPreferenceExample(field, chosen, language, now);
    return rendered === null ? null : t('formatPreferences.example', { example: rendered });
  };

  const defaultCheckbox = (field: 'dateFormatIsDefault' | 'timeFormatIsDefault', patternField: 'dateFormat' | 'timeFormat') => (
    <Checkbox
      label={t('formatPreferences.useDefault')}
      {...form.getInputProps(field, { type: 'checkbox' })}
      onChange={(event) => {
        form.setFieldValue(field, event.currentTarget.checked);
        form.clearFieldError(patternField);
      }}
    />
  );

  const defaultOption = { value: DEFAULT, label: t('formatPreferences.defaultForLanguage') };

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        onApply(toPreferences(values));
      })}
    >
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          {t('formatPreferences.dialogIntro')}
        </Text>

        <PreferenceRow example={example('dateFormat')}>
          <TextInput
            label={t('formatPreferences.fields.dateFormat')}
            description={t('formatPreferences.dateTokens')}
            placeholder="dd.MM.yyyy"
            disabled={form.values.dateFormatIsDefault}
            autoComplete="off"
            spellCheck={false}
            {...form.getInputProps('dateFormat')}
          />
          {defaultCheckbox('dateFormatIsDefault', 'dateFormat')}
        </PreferenceRow>

        <PreferenceRow example={example('timeFormat')}>
          <TextInput
            label={t('formatPreferences.fields.timeFormat')}
            description={t('formatPreferences.timeTokens')}
            placeholder="HH:mm"
            disabled={form.values.timeFormatIsDefault}
            autoComplete="off"
            spellCheck={false}
            {...form.getInputProps('timeFormat')}
          />
          {defaultCheckbox('timeFormatIsDefault', 'timeFormat')}
        </PreferenceRow>

        <PreferenceRow example={example('decimalSeparator')}>
          <Select
            label={t('formatPreferences.fields.decimalSeparator')}
            data={[
              defaultOption,
              ...Object.entries(decimalOptions).map(([value, separator]) => ({ value, label: separatorLabel(separator, t) })),
            ]}
            allowDeselect={false}
            {...form.getInputProps('decimalSeparator')}
          />
        </PreferenceRow>

        <PreferenceRow example={example('thousandsSeparator')}>
          <Select
            label={t('formatPreferences.fields.thousandsSeparator')}
            data={[
              defaultOption,
              ...Object.entries(thousandsOptions).map(([value, separator]) => ({ value, label: separatorLabel(separator, t) })),
            ]}
            allowDeselect={false}
            {...form.getInputProps('thousandsSeparator')}
          />
        </PreferenceRow>

        <PreferenceRow example={null}>
          <Select
            label={t('formatPreferences.fields.firstDayOfWeek')}
            data={[defaultOption, ...weekdays.map((day) => ({ value: day, label: t(`weekdays.${day}`) }))]}
            allowDeselect={false}
            {...form.getInputProps('firstDayOfWeek')}
          />
        </PreferenceRow>

        <PreferenceRow example={example('timeZone')}>
          <Select
            label={t('formatPreferences.fields.timeZone')}
            data={[defaultOption, ...zones.map((zone) => ({ value: zone, label: zone }))]}
            searchable
            limit={100}
            nothingFoundMessage={t('formatPreferences.noTimeZoneFound')}
            allowDeselect={false}
            {...form.getInputProps('timeZone')}
          />
        </PreferenceRow>

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit">{t('formatPreferences.apply')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A preference's control(s) beside a live example of what it produces. */
function PreferenceRow({ example, children }: { example: string | null; children: ReactNode }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing={4}>
      <Stack gap={6}>{children}</Stack>
      <Text size="sm" c="dimmed" pt={{ base: 0, sm: 26 }} aria-live="polite">
        {example}
      </Text>
    </SimpleGrid>
  );
}
