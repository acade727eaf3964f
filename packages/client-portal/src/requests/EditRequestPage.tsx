import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Fieldset, Group, Paper, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { fromDateTimeLocalValue, toDateTimeLocalValue } from '@portico/domain';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { apiErrors } from '../app/graphqlErrors';
import { NotFoundPage } from '../app/NotFoundPage';
import { useNotify } from '../app/useNotify';
import { useClientFormatter } from '../formatting/useClientFormatter';
import { EditMyRequestDocument, MyRequestDocument, type MyRequestQuery } from '../gql/graphql';
import { ReadOnlyNotice } from '../session/ReadOnlyNotice';
import { useChangeBlock } from '../session/clientRights';
import { mutationFailure } from '../work/mutationErrors';
import { PageHeader } from '../work/PageHeader';
import { isNotFound, LoadError, LoadingState } from '../work/QueryStates';
import { requestConflictMessages } from './requestConflicts';
import { requestFormSchema, serviceTypes, type RequestFormValues } from './requestFormSchema';
import { isRequestFormField, RequestScopeFields } from './RequestScopeFields';

/** "Edit request": the client corrects what it asked for while the agency has not answered yet (Requests Edit). */
export function EditRequestPage() {
  const { requestId = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MyRequestDocument, {
    variables: { id: requestId, withFiles: false },
    fetchPolicy: 'network-only',
  });
  const back = { to: `/requests/${requestId}`, label: t('requests.edit.back') };

  if (!data) {
    if (error && isNotFound(error)) return <NotFoundPage />;
    return (
      <Stack gap="lg">
        <PageHeader title={t('requests.edit.title')} back={back} />
        {error ? <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} /> : <LoadingState />}
      </Stack>
    );
  }
  // Answered or withdrawn meanwhile: nothing to edit any more; the request page says what became of it.
  if (data.myRequest.status !== 'SUBMITTED') return <Navigate to={`/requests/${requestId}`} replace />;
  return <EditRequestForm key={data.myRequest.version} request={data.myRequest} back={back} onStale={() => void refetch()} />;
}

function EditRequestForm({
  request,
  back,
  onStale,
}: {
  request: MyRequestQuery['myRequest'];
  back: { to: string; label: string };
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const formatter = useClientFormatter();
  const block = useChangeBlock('REQUESTS', 'EDIT');
  const readOnly = block?.kind === 'READ_ONLY_SESSION';
  const timeZone = formatter.timeZone;
  const schema = useMemo(() => requestFormSchema(t, timeZone), [t, timeZone]);
  const form = useForm<RequestFormValues>({
    mode: 'controlled',
    initialValues: {
      kind: request.kind,
      name: request.name,
      services: [...request.services],
      sourceLanguage: request.sourceLanguage,
      targetLanguages: [...request.targetLanguages],
      deadline: toDateTimeLocalValue(new Date(request.deadline), timeZone),
      instructions: request.instructions,
    },
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnChange: true,
  });
  const [failure, setFailure] = useState<string | null>(null);
  const [editRequest, { loading }] = useMutation(EditMyRequestDocument);

  const handleSubmit = form.onSubmit(async (values) => {
    setFailure(null);
    const deadline = fromDateTimeLocalValue(values.deadline, timeZone);
    if (!deadline || !values.sourceLanguage) return;
    try {
      await editRequest({
        variables: {
          input: {
            id: request.id,
            version: request.version,
            name: values.name.trim(),
            services: serviceTypes.filter((service) => values.services.includes(service)),
            sourceLanguage: values.sourceLanguage,
            targetLanguages: values.targetLanguages,
            deadline: deadline.toISOString(),
            instructions: values.instructions.trim(),
          },
        },
      });
      notify.success(t('requests.edit.saved', { number: request.number }));
      void navigate(back.to);
    } catch (error) {
      setFailure(
        mutationFailure(error, t, {
          ...requestConflictMessages(t),
          setFieldError: (field, message) => {
            if (!isRequestFormField(field)) return false;
            form.setFieldError(field, message);
            return true;
          },
          fieldMessages: { deadline: t('requests.form.deadlineInPast') },
        }),
      );
      if (apiErrors(error).some((apiError) => apiError.code === 'CONFLICT')) onStale();
    }
  });

  return (
    <Stack gap="lg">
      <PageHeader title={t('requests.edit.title')} subtitle={request.number} back={back} />
      {block?.kind === 'READ_ONLY_SESSION' && <ReadOnlyNotice id="edit-request-read-only" staffName={block.staffName} />}
      <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
        <form onSubmit={handleSubmit} noValidate aria-label={t('requests.edit.title')}>
          <Stack gap="lg">
            <Fieldset variant="unstyled" disabled={readOnly} m={0} p={0} miw={0}>
              <Stack gap="lg">
                <RequestScopeFields form={form} />
              </Stack>
            </Fieldset>
            {failure && (
              <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
                {failure}
              </Alert>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => void navigate(back.to)}>
                {t('app.cancel')}
              </Button>
              <Button
                type="submit"
                loading={loading}
                disabled={readOnly}
                aria-describedby={readOnly ? 'edit-request-read-only' : undefined}
              >
                {t('requests.edit.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
