import { useMutation } from '@apollo/client/react';
import { Alert, Button, Fieldset, Group, MultiSelect, Paper, Radio, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../app/useNotify';
import { useNavigate } from 'react-router';
import { fromDateTimeLocalValue, toDateTimeLocalValue } from '@portico/domain';
import { useClientFormatter } from '../formatting/useClientFormatter';
import { SubmitRequestDocument, type RequestKind } from '../gql/graphql';
import { ReadOnlyNotice } from '../session/ReadOnlyNotice';
import { useFileUploadBlock, useNewRequestBlock } from '../session/clientRights';
import { LanguageCodeSelect, LanguageCodesMultiSelect } from '../work/LanguageCodeInputs';
import { mutationFailure } from '../work/mutationErrors';
import { PageHeader } from '../work/PageHeader';
import { RequestFilesInput, type RequestFile } from './RequestFilesInput';
import { emptyRequest, requestFormSchema, requestKinds, serviceTypes, type RequestFormValues } from './requestFormSchema';

const formFields = ['name', 'services', 'sourceLanguage', 'targetLanguages', 'deadline', 'instructions'] as const;
type FormField = (typeof formFields)[number];
const isFormField = (field: string): field is FormField => (formFields as readonly string[]).includes(field);

/**
 * "New request": ask the agency for a quote or a project, with services, languages, a deadline in the
 * client's time zone, instructions and files (uploaded at once, with Files Add).
 */
export function NewRequestPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const formatter = useClientFormatter();
  const requestBlock = useNewRequestBlock();
  const uploadBlock = useFileUploadBlock();
  const readOnlyStaffName = requestBlock?.kind === 'READ_ONLY_SESSION' ? requestBlock.staffName : null;
  const readOnly = readOnlyStaffName !== null;
  const timeZone = formatter.timeZone;
  const schema = useMemo(() => requestFormSchema(t, timeZone), [t, timeZone]);
  const form = useForm<RequestFormValues>({
    mode: 'controlled',
    initialValues: emptyRequest,
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnChange: true,
    onValuesChange: (values, previous) => {
      // Target languages are checked against the source language.
      if (values.sourceLanguage !== previous.sourceLanguage && form.isTouched('targetLanguages')) form.validateField('targetLanguages');
    },
  });
  const [files, setFiles] = useState<RequestFile[]>([]);
  const [filesError, setFilesError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [submitRequest, { loading }] = useMutation(SubmitRequestDocument);

  const uploading = files.some((file) => file.state === 'UPLOADING');
  const [minimumDeadline] = useState(() => toDateTimeLocalValue(new Date(), timeZone));
  const chosenDeadline = fromDateTimeLocalValue(form.values.deadline, timeZone);

  const serviceOptions = serviceTypes.map((service) => ({ value: service, label: t(`services.${service}`) }));

  const handleSubmit = form.onSubmit(async (values) => {
    setFailure(null);
    setFilesError(null);
    if (files.some((file) => file.state === 'FAILED')) {
      setFilesError(t('requests.form.removeFailedFiles'));
      return;
    }
    const deadline = fromDateTimeLocalValue(values.deadline, timeZone);
    const kind = requestKinds.find((candidate) => candidate === values.kind);
    const services = serviceTypes.filter((service) => values.services.includes(service));
    if (!deadline || !kind || !values.sourceLanguage) return;
    try {
      const result = await submitRequest({
        variables: {
          input: {
            kind,
            name: values.name.trim(),
            services,
            sourceLanguage: values.sourceLanguage,
            targetLanguages: values.targetLanguages,
            deadline: deadline.toISOString(),
            instructions: values.instructions.trim(),
            fileIds: files.flatMap((file) => (file.uploaded ? [file.uploaded.id] : [])),
          },
        },
      });
      const request = result.data?.submitRequest;
      if (!request) return;
      notify.success(t('requests.form.sent', { number: request.number }));
      void navigate(`/requests/${request.id}`);
    } catch (error) {
      setFailure(
        mutationFailure(error, t, {
          setFieldError: (field, message) => {
            if (field === 'fileIds') {
              setFilesError(message);
              return true;
            }
            if (!isFormField(field)) return false;
            form.setFieldError(field, message);
            return true;
          },
          fieldMessages: { deadline: t('requests.form.deadlineInPast') },
        }),
      );
    }
  });

  return (
    <Stack gap="lg">
      <PageHeader title={t('requests.form.title')} back={{ to: '/requests', label: t('requests.backToList') }} />
      {readOnlyStaffName && <ReadOnlyNotice id="request-read-only" staffName={readOnlyStaffName} />}
      <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
        <form onSubmit={handleSubmit} noValidate aria-label={t('requests.form.title')}>
          <Stack gap="lg">
            <Fieldset variant="unstyled" disabled={readOnly} m={0} p={0} miw={0}>
              <Stack gap="lg">
                <Radio.Group
                  label={t('requests.form.kind')}
                  withAsterisk
                  {...form.getInputProps('kind')}
                  onChange={(value) => {
                    const kind = requestKinds.find((candidate) => candidate === value);
                    if (kind) form.setFieldValue('kind', kind);
                  }}
                >
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
                    {requestKinds.map((kind: RequestKind) => (
                      <Radio
                        key={kind}
                        value={kind}
                        label={t(`requests.form.kinds.${kind}.label`)}
                        description={t(`requests.form.kinds.${kind}.description`)}
                        disabled={readOnly}
                      />
                    ))}
                  </SimpleGrid>
                </Radio.Group>
                <TextInput
                  label={t('requests.form.name')}
                  description={t('requests.form.nameHint')}
                  withAsterisk
                  maxLength={REQUEST_NAME_INPUT_MAX}
                  {...form.getInputProps('name')}
                />
                <MultiSelect
                  label={t('requests.form.services')}
                  placeholder={form.values.services.length === 0 ? t('requests.form.servicesPlaceholder') : undefined}
                  data={serviceOptions}
                  withAsterisk
                  clearable
                  clearButtonProps={{ 'aria-label': t('requests.form.clearServices') }}
                  {...form.getInputProps('services')}
                />
                <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
                  <LanguageCodeSelect
                    label={t('requests.form.sourceLanguage')}
                    description={t('requests.form.languageHint')}
                    placeholder={t('requests.form.languagePlaceholder')}
                    nothingFoundMessage={t('requests.form.noLanguageFound')}
                    withAsterisk
                    {...form.getInputProps('sourceLanguage')}
                  />
                  <LanguageCodesMultiSelect
                    label={t('requests.form.targetLanguages')}
                    description={t('requests.form.languageHint')}
                    placeholder={form.values.targetLanguages.length === 0 ? t('requests.form.languagePlaceholder') : undefined}
                    nothingFoundMessage={t('requests.form.noLanguageFound')}
                    withAsterisk
                    {...form.getInputProps('targetLanguages')}
                  />
                </SimpleGrid>
                <TextInput
                  type="datetime-local"
                  label={t('requests.form.deadline')}
                  description={
                    chosenDeadline
                      ? t('requests.form.deadlineChosen', {
                          deadline: formatter.dateTime(chosenDeadline),
                          zone: timeZone.replaceAll('_', ' '),
                        })
                      : t('requests.form.deadlineHint', { zone: timeZone.replaceAll('_', ' ') })
                  }
                  withAsterisk
                  min={minimumDeadline}
                  maw={{ sm: 320 }}
                  {...form.getInputProps('deadline')}
                />
                <Textarea
                  label={t('requests.form.instructions')}
                  description={t('requests.form.instructionsHint')}
                  autosize
                  minRows={4}
                  maxRows={12}
                  {...form.getInputProps('instructions')}
                />
              </Stack>
            </Fieldset>
            {uploadBlock?.kind !== 'NO_RIGHT' && (
              <RequestFilesInput files={files} onChange={setFiles} disabled={readOnly} error={filesError} />
            )}
            {failure && (
              <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
                {failure}
              </Alert>
            )}
            <Group justify="flex-end" gap="sm">
              <Button
                type="submit"
                loading={loading}
                disabled={readOnly || uploading}
                aria-describedby={readOnly ? 'request-read-only' : undefined}
              >
                {uploading ? t('requests.form.waitForUploads') : t('requests.form.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}

/** A little room over the API's limit, so the form can say what is too long instead of cutting the text. */
const REQUEST_NAME_INPUT_MAX = 250;
