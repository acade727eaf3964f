import { useMutation } from '@apollo/client/react';
import { Alert, Button, Fieldset, Group, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconAlertCircle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrors, errorMessage } from '../app/graphqlErrors';
import { createClientFormatter } from '../formatting/clientFormatter';
import { formatPreferencesInput } from '../formatting/formatPreferencesInput';
import { datePatternProblem, knownTimeZones, timePatternProblem } from '@portico/domain';
import { UpdateClientPreferencesDocument } from '../gql/graphql';
import { languageName } from '../i18n/languages';
import type { ProfileEditBlock } from '../session/clientRights';
import { ReadOnlyNotice } from '../session/ReadOnlyNotice';
import type { ClientViewer } from '../session/sessionContext';
import {
  CUSTOM,
  DEFAULT,
  datePresets,
  decimalSeparators,
  formFieldOfApiField,
  isPortalLanguage,
  portalLanguages,
  preferencesSchema,
  thousandsSeparators,
  timePresets,
  toFormatPreferences,
  toFormValues,
  weekdays,
  type PreferencesFormValues,
} from './preferencesFormValues';

/** The number every separator example shows. */
const EXAMPLE_NUMBER = 1234567.89;

interface PreferencesFormProps {
  viewer: ClientViewer;
  /** Why the values are shown, not changed; null when they may be saved. */
  editBlock: ProfileEditBlock | null;
  /** Whether "saved" is to be shown; kept by the page, since a new Preferred Language starts the form over. */
  saved: boolean;
  onSavedChange: (saved: boolean) => void;
}

/**
 * Preferred Language and Format Preferences. Each preference is "Default for my language" or a value,
 * with a live example of what it does, and the API's rules are checked as the client types.
 */
export function PreferencesForm({ viewer, editBlock, saved, onSavedChange }: PreferencesFormProps) {
  const mayEdit = editBlock === null;
  const { t } = useTranslation();
  const schema = useMemo(() => preferencesSchema(t), [t]);
  const [now] = useState(() => new Date());
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<PreferencesFormValues>({
    mode: 'controlled',
    initialValues: toFormValues(viewer.preferredLanguage, viewer.formatPreferences),
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnChange: true,
    onValuesChange: () => onSavedChange(false),
  });
  const [save, { loading }] = useMutation(UpdateClientPreferencesDocument);

  const zones = useMemo(() => {
    const known = knownTimeZones();
    const current = viewer.formatPreferences.timeZone;
    return current && !known.includes(current) ? [current, ...known] : known;
  }, [viewer.formatPreferences.timeZone]);

  // Examples follow the form as it is now, not as it was saved.
  const chosen = toFormatPreferences(form.values);
  const example = createClientFormatter(chosen, form.values.preferredLanguage);
  const exampleText = (text: string) => t('preferences.example', { example: text });
  const defaultOption = { value: DEFAULT, label: t('preferences.defaultForLanguage') };

  const dateOptions = [
    defaultOption,
    ...datePresets.map((pattern) => ({
      value: pattern,
      label: `${pattern} (${createClientFormatter({ ...chosen, dateFormat: pattern }, form.values.preferredLanguage).date(now)})`,
    })),
    { value: CUSTOM, label: t('preferences.customPattern') },
  ];
  const timeOptions = [
    defaultOption,
    ...timePresets.map((pattern) => ({
      value: pattern,
      label: `${pattern} (${createClientFormatter({ ...chosen, timeFormat: pattern }, form.values.preferredLanguage).time(now)})`,
    })),
    { value: CUSTOM, label: t('preferences.customPattern') },
  ];
  const decimalOptions = [
    defaultOption,
    ...Object.keys(decimalSeparators).map((key) => ({
      value: key,
      label: t(`preferences.separators.${key as keyof typeof decimalSeparators}`),
    })),
  ];
  const thousandsOptions = [
    defaultOption,
    ...Object.keys(thousandsSeparators).map((key) => ({
      value: key,
      label: t(`preferences.separators.${key as keyof typeof thousandsSeparators}`),
    })),
  ];
  const weekdayOptions = [defaultOption, ...weekdays.map((day) => ({ value: day, label: t(`weekdays.${day}`) }))];
  const zoneOptions = [defaultOption, ...zones.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }))];
  const languageOptions = portalLanguages.map((language) => ({
    value: language,
    label: languageName(language),
  }));

  const zoneExample = `${example.time(now)} (${chosen.timeZone === null ? t('preferences.deviceTimeZone', { zone: example.timeZone }) : utcOffset(now, example.timeZone)})`;

  const handleSubmit = form.onSubmit(async (values) => {
    setFailure(null);
    onSavedChange(false);
    try {
      await save({
        variables: {
          input: { preferredLanguage: values.preferredLanguage, formatPreferences: formatPreferencesInput(toFormatPreferences(values)) },
        },
      });
      form.resetDirty(values);
      onSavedChange(true);
    } catch (error) {
      const [first] = apiErrors(error);
      const field = first?.code === 'BAD_USER_INPUT' && first.field ? formFieldOfApiField(first.field, values) : null;
      if (first && field) form.setFieldError(field, first.message);
      else if (first?.code === 'FORBIDDEN') setFailure(t('preferences.forbidden'));
      else setFailure(errorMessage(error, t));
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="lg">
        {editBlock === 'NO_RIGHT' && (
          <Alert color="gray" icon={<IconInfoCircle aria-hidden />}>
            {t('preferences.readOnly')}
          </Alert>
        )}
        {editBlock === 'READ_ONLY_SESSION' && viewer.impersonation && (
          <ReadOnlyNotice id="preferences-read-only" staffName={viewer.impersonation.staffName} />
        )}
        <Fieldset variant="unstyled" disabled={!mayEdit}>
          <Select
            label={t('preferences.preferredLanguage')}
            description={t('preferences.preferredLanguageHint')}
            data={languageOptions}
            allowDeselect={false}
            maw={{ sm: 360 }}
            {...form.getInputProps('preferredLanguage')}
            onChange={(value: string | null) => {
              if (isPortalLanguage(value)) form.setFieldValue('preferredLanguage', value);
            }}
          />
        </Fieldset>

        <Fieldset
          variant="unstyled"
          disabled={!mayEdit}
          legend={
            <Title order={3} size="h4" mb="xs">
              {t('preferences.formatsLegend')}
            </Title>
          }
        >
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" verticalSpacing="lg">
            <Stack gap="xs">
              <Select
                label={t('preferences.fields.dateFormat')}
                description={exampleText(chosen.dateFormat !== null && datePatternProblem(chosen.dateFormat) ? '—' : example.date(now))}
                data={dateOptions}
                allowDeselect={false}
                {...form.getInputProps('dateFormatChoice')}
              />
              {form.values.dateFormatChoice === CUSTOM && (
                <TextInput
                  label={t('preferences.customDateFormat')}
                  description={t('preferences.dateTokens')}
                  placeholder="dd.MM.yyyy"
                  autoComplete="off"
                  spellCheck={false}
                  {...form.getInputProps('dateFormatCustom')}
                />
              )}
            </Stack>

            <Stack gap="xs">
              <Select
                label={t('preferences.fields.timeFormat')}
                description={exampleText(chosen.timeFormat !== null && timePatternProblem(chosen.timeFormat) ? '—' : example.time(now))}
                data={timeOptions}
                allowDeselect={false}
                {...form.getInputProps('timeFormatChoice')}
              />
              {form.values.timeFormatChoice === CUSTOM && (
                <TextInput
                  label={t('preferences.customTimeFormat')}
                  description={t('preferences.timeTokens')}
                  placeholder="HH:mm"
                  autoComplete="off"
                  spellCheck={false}
                  {...form.getInputProps('timeFormatCustom')}
                />
              )}
            </Stack>

            <Select
              label={t('preferences.fields.decimalSeparator')}
              description={exampleText(form.errors.thousandsSeparator ? '—' : example.number(EXAMPLE_NUMBER, 2))}
              data={decimalOptions}
              allowDeselect={false}
              {...form.getInputProps('decimalSeparator')}
              onChange={(value: string | null) => {
                form.setFieldValue('decimalSeparator', value ?? DEFAULT);
                // The two separators are checked against each other: the error may be on the other one.
                form.validateField('thousandsSeparator');
              }}
            />
            <Select
              label={t('preferences.fields.thousandsSeparator')}
              description={exampleText(form.errors.thousandsSeparator ? '—' : example.number(EXAMPLE_NUMBER, 2))}
              data={thousandsOptions}
              allowDeselect={false}
              {...form.getInputProps('thousandsSeparator')}
            />

            <Select
              label={t('preferences.fields.firstDayOfWeek')}
              description={t('preferences.weekStartsOn', { day: t(`weekdays.${example.firstDayOfWeek}`) })}
              data={weekdayOptions}
              allowDeselect={false}
              {...form.getInputProps('firstDayOfWeek')}
            />
            <Select
              label={t('preferences.fields.timeZone')}
              description={exampleText(zoneExample)}
              data={zoneOptions}
              searchable
              limit={100}
              allowDeselect={false}
              nothingFoundMessage={t('preferences.noTimeZoneFound')}
              {...form.getInputProps('timeZone')}
            />
          </SimpleGrid>
        </Fieldset>

        {failure && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {failure}
          </Alert>
        )}
        {saved && (
          <Alert color="teal" icon={<IconCircleCheck aria-hidden />} role="status">
            {t('preferences.saved')}
          </Alert>
        )}
        {editBlock !== 'NO_RIGHT' && (
          <Group justify="flex-end">
            {/* In a read-only staff session the button stays in view, disabled, beside the reason. */}
            <Button
              type="submit"
              loading={loading}
              disabled={!mayEdit || !form.isDirty()}
              aria-describedby={mayEdit ? undefined : 'preferences-read-only'}
            >
              {t('preferences.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

/** "UTC+01:00"-style offset of a zone at a moment, as the browser names it ("GMT+1"). */
function utcOffset(moment: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(moment)
    .find((candidate) => candidate.type === 'timeZoneName');
  return part?.value ?? timeZone;
}
