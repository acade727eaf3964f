import { useMutation } from '@apollo/client/react';
import { Alert, Button, Fieldset, Group, Paper, Radio, SimpleGrid, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../app/useNotify';
import { useNavigate } from 'react-router';
import { fromDateTimeLocalValue } from '@portico/domain';
import { useClientFormatter } from '../formatting/useClientFormatter';
import { SubmitRequestDocument, type RequestKind } from '../gql/graphql';
import { ReadOnlyNotice } from '../session/ReadOnlyNotice';
import { useFileUploadBlock, useNewRequestBlock } from '../session/clientRights';
import { mutationFailure } from '../work/mutationErrors';
import { PageHeader } from '../work/PageHeader';
import { RequestFilesInput, type RequestFile } from './RequestFilesInput';
import { isRequestFormField, RequestScopeFields } from './RequestScopeFields';
import { emptyRequest, requestFormSchema, requestKinds, serviceTypes, type RequestFormValues } from './requestFormSchema';

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
            if (!isRequestFormField(field)) return false;
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
                <RequestScopeFields form={form} />
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
