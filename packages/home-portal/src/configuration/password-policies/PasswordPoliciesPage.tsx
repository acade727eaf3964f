import { useQuery } from '@apollo/client/react';
import { Button, Group, NumberInput, Paper, SegmentedControl, Stack, Switch, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { PASSWORD_POLICY_MIN_LENGTH, PasswordStrength } from '@portico/domain';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasRight } from '../../auth/useHasRight';
import type { PasswordPortal } from '../../gql/graphql';
import { PasswordPoliciesDocument, UpdatePasswordPolicyDocument, type PasswordPolicyFieldsFragment } from './passwordPolicies.generated';
import { ConflictAlert } from '../../kit/ConflictAlert';
import { LoadFailed, Loading } from '../../kit/QueryStates';
import { useVersionedSave, versionedMutation, type VersionedValues } from '../../kit/useVersionedSave';

interface PolicyValues {
  strength: PasswordStrength;
  minLength: number;
  rejectCommonPasswords: boolean;
}

function stored(policy: PasswordPolicyFieldsFragment): VersionedValues<PolicyValues> {
  return {
    values: {
      strength: policy.strength as PasswordStrength,
      minLength: policy.minLength,
      rejectCommonPasswords: policy.rejectCommonPasswords,
    },
    version: policy.version,
  };
}

/** Configuration → Portals → Password policies: the rules of new passwords, one policy per portal. */
export function PasswordPoliciesPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(PasswordPoliciesDocument);
  let content: ReactNode;
  if (error && !data) content = <LoadFailed title={t('passwordPolicies.loadFailed')} error={error} onRetry={() => void refetch()} />;
  else if (!data) content = <Loading text={t('passwordPolicies.loading')} />;
  else
    content = data.passwordPolicies.map((policy) => (
      <PolicyForm
        key={policy.portal}
        policy={policy}
        refetch={async () => (await refetch()).data?.passwordPolicies.find((fresh) => fresh.portal === policy.portal) ?? null}
      />
    ));
  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Text size="sm" c="dimmed">
          {t('nav.configuration')} · {t('nav.portals')}
        </Text>
        <Title order={2}>{t('passwordPolicies.title')}</Title>
        <Text size="sm">{t('passwordPolicies.intro')}</Text>
      </Stack>
      {content}
    </Stack>
  );
}

function PolicyForm({
  policy,
  refetch,
}: {
  policy: PasswordPolicyFieldsFragment;
  refetch: () => Promise<PasswordPolicyFieldsFragment | null>;
}) {
  const { t } = useTranslation();
  const readOnly = !useHasRight('PORTAL_CONFIGURATION:EDIT');
  const storedValues = useMemo(() => stored(policy), [policy]);
  const form = useForm<PolicyValues>({ mode: 'controlled', initialValues: storedValues.values });
  const portal: PasswordPortal = policy.portal;
  const fields = useMemo(
    () => [
      {
        path: 'strength',
        label: t('passwordPolicies.strength'),
        display: (values: PolicyValues) => t(`passwordPolicies.strengths.${values.strength}`),
      },
      { path: 'minLength', label: t('passwordPolicies.minLength'), display: (values: PolicyValues) => String(values.minLength) },
      {
        path: 'rejectCommonPasswords',
        label: t('passwordPolicies.rejectCommon'),
        display: (values: PolicyValues) => (values.rejectCommonPasswords ? '✓' : '–'),
      },
    ],
    [t],
  );
  const versioned = useVersionedSave<PolicyValues>({
    form,
    stored: storedValues,
    fields,
    refetch: async () => {
      const fresh = await refetch();
      return fresh ? stored(fresh) : null;
    },
    mutation: versionedMutation(UpdatePasswordPolicyDocument, {
      variables: (values, version) => ({ input: { portal, ...values, version } }),
      saved: (data) => stored(data.updatePasswordPolicy),
    }),
    formFields: ['strength', 'minLength', 'rejectCommonPasswords'],
    onSaved: () => notifications.show({ color: 'green', message: t('passwordPolicies.saved') }),
  });
  const titleId = `password-policy-${portal}`;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={titleId}>
      <form onSubmit={versioned.handleSubmit} noValidate>
        <Stack gap="md">
          <Title order={3} id={titleId}>
            {t(`passwordPolicies.${portal}`)}
          </Title>
          <ConflictAlert versioned={versioned} />
          <Stack gap={4}>
            <Text size="sm" fw={500} id={`${titleId}-strength`}>
              {t('passwordPolicies.strength')}
            </Text>
            <SegmentedControl
              aria-labelledby={`${titleId}-strength`}
              disabled={readOnly}
              data={Object.values(PasswordStrength).map((strength) => ({
                value: strength,
                label: t(`passwordPolicies.strengths.${strength}`),
              }))}
              {...form.getInputProps('strength')}
            />
            <Text size="xs" c="dimmed">
              {t(`passwordPolicies.strengthDescriptions.${form.values.strength}`)}
            </Text>
          </Stack>
          <NumberInput
            label={t('passwordPolicies.minLength')}
            min={PASSWORD_POLICY_MIN_LENGTH.min}
            max={PASSWORD_POLICY_MIN_LENGTH.max}
            allowDecimal={false}
            disabled={readOnly}
            w={200}
            {...form.getInputProps('minLength')}
          />
          <Switch
            label={t('passwordPolicies.rejectCommon')}
            description={t('passwordPolicies.rejectCommonDescription')}
            disabled={readOnly}
            {...form.getInputProps('rejectCommonPasswords', { type: 'checkbox' })}
          />
          {readOnly ? (
            <Text size="sm" c="dimmed">
              {t('passwordPolicies.readOnly')}
            </Text>
          ) : (
            <Group justify="flex-end">
              <Button type="submit" loading={versioned.saving} disabled={!versioned.dirty}>
                {t('passwordPolicies.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
