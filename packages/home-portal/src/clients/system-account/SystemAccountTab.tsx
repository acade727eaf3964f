import { useQuery } from '@apollo/client/react';
import { decideClientAccess } from '@portico/domain';
import { Alert, Button, Checkbox, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconExternalLink } from '@tabler/icons-react';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/dateTime';
import { ClientGroupOptionsDocument } from '../clients.generated';
import { CatToolsDocument } from '../partner-aliases/partnerAliases.generated';
import { UpdateSystemAccountDocument, type ClientProfileFragment } from '../profile/clientProfile.generated';
import { ConflictAlert } from '../../kit/ConflictAlert';
import { useVersionedSave, versionedMutation, type VersionedValues } from '../../kit/useVersionedSave';
import { clientGroupSelectData } from '../clientGroupOptions';
import { PartnerAliasesDialog } from '../partner-aliases/PartnerAliasesDialog';
import { EditPreferencesDialog } from './EditPreferencesDialog';
import { EffectiveAccessLine } from './EffectiveAccessLine';
import { formatPreferenceFields, isPortalLanguage, portalLanguages, type FormatPreferenceField } from './formatPreferences';
import { FormatPreferencesSummary } from './FormatPreferencesSummary';
import { MessageLettersSelect } from './MessageLettersSelect';
import { ClientPortalAccount } from './ClientPortalAccount';
import { SignInAsPartnerDialog } from './SignInAsPartnerDialog';
import { SignInAttempts } from './SignInAttempts';
import {
  systemAccountComparedFields,
  systemAccountFields,
  systemAccountSchema,
  systemAccountValues,
  type SystemAccountValues,
} from './systemAccountValues';

interface SystemAccountTabProps {
  client: ClientProfileFragment;
  /** Reads the client from the server again (after a conflict). */
  refetch: () => Promise<ClientProfileFragment | null>;
  /** True without the right to edit clients. */
  readOnly: boolean;
}

function storedSystemAccount(client: ClientProfileFragment): VersionedValues<SystemAccountValues> {
  return { values: systemAccountValues(client), version: client.version };
}

/**
 * The System Account subtab as the reference describes it: Username and "username in external
 * system"; Access Rights ("Assign to Status" or "Assign to Group", and the effective access);
 * Client Portal Settings (access checkbox, the account with "Sign in as this Partner", "Send
 * Welcome E-mail", "Send Password Reset E-mail" and Unlock, login dates, Preferred Language for
 * Interface, Format Preferences); the recent sign-in attempts with their real outcome.
 */
export function SystemAccountTab({ client, refetch, readOnly }: SystemAccountTabProps) {
  const { t } = useTranslation();
  const schema = useMemo(() => systemAccountSchema(t), [t]);
  const stored = useMemo(() => storedSystemAccount(client), [client]);
  const form = useForm<SystemAccountValues>({
    mode: 'controlled',
    initialValues: stored.values,
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnChange: true,
  });
  const groups = useQuery(ClientGroupOptionsDocument);
  const catTools = useQuery(CatToolsDocument);
  const groupName = (groupId: string | null) =>
    groups.data?.clientGroups.find((group) => group.id === groupId)?.name ?? t('systemAccount.noGroupChosen');
  const versioned = useVersionedSave<SystemAccountValues>({
    form,
    stored,
    fields: systemAccountComparedFields(t, groupName),
    refetch: async () => {
      const fresh = await refetch();
      return fresh ? storedSystemAccount(fresh) : null;
    },
    mutation: versionedMutation(UpdateSystemAccountDocument, {
      variables: (values, version) => ({
        input: {
          clientId: client.id,
          version,
          assignToStatus: values.assignToStatus,
          groupId: values.assignToStatus ? null : values.groupId,
          portalAccessAllowed: values.portalAccessAllowed,
          preferredLanguage: values.preferredLanguage,
          formatPreferences: values.formatPreferences,
        },
      }),
      saved: (data) => storedSystemAccount(data.updateSystemAccount),
      // Filtered pages of the clients list (by group, by access) may no longer hold.
      evictLists: ['clients'],
    }),
    // The profile's tabs stay mounted and keep what was typed: moving between them does not ask.
    guardScope: `/clients/${client.id}`,
    formFields: systemAccountFields,
    onSaved: () => notifications.show({ color: 'green', message: t('systemAccount.saved') }),
  });
  // The access the form would give once saved, decided by the API's own rule; null while nothing is typed.
  const preview = useMemo(() => {
    if (!versioned.dirty || !groups.data) return null;
    return decideClientAccess({ status: client.status, ...form.values }, groups.data.clientGroups);
  }, [versioned.dirty, groups.data, client.status, form.values]);
  const [aliasesOpened, aliasesDialog] = useDisclosure(false);
  const [preferencesOpened, preferencesDialog] = useDisclosure(false);
  const [signInAsPartnerOpened, signInAsPartnerDialog] = useDisclosure(false);

  const preferenceErrors: Partial<Record<FormatPreferenceField, ReactNode>> = {};
  for (const field of formatPreferenceFields) {
    const error = form.errors[`formatPreferences.${field}`];
    if (error) preferenceErrors[field] = error;
  }

  const aliasSummary = client.partnerAliases
    .map((alias) => {
      const label = catTools.data?.catTools.find((tool) => tool.tool === alias.tool)?.label ?? alias.tool;
      return t('systemAccount.aliasSummaryItem', { tool: label, username: alias.externalUsername });
    })
    .join(', ');

  return (
    <Stack gap="md">
      <form onSubmit={versioned.handleSubmit} noValidate>
        <Stack gap="lg">
          <Stack gap={6}>
            <Group align="flex-end" gap="sm" wrap="wrap">
              <TextInput
                label={t('systemAccount.username')}
                description={t('systemAccount.usernameDescription')}
                value={client.username}
                readOnly
                variant="filled"
                w={{ base: '100%', xs: 320 }}
              />
              <Button variant="default" leftSection={<IconExternalLink size={16} aria-hidden />} onClick={aliasesDialog.open}>
                {t('systemAccount.usernameInExternalSystem')}
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              {client.partnerAliases.length > 0 ? t('systemAccount.aliasSummary', { aliases: aliasSummary }) : t('systemAccount.noAliases')}
            </Text>
          </Stack>

          <Fieldset legend={t('systemAccount.accessRights')} disabled={readOnly}>
            <Stack gap="sm">
              <Checkbox
                label={t('systemAccount.assignToStatus')}
                description={
                  form.values.assignToStatus
                    ? t('systemAccount.assignToStatusDescription', { status: t(`clients.status.${client.status}`) })
                    : t('systemAccount.assignToGroupDescription', { status: t(`clients.status.${client.status}`) })
                }
                {...form.getInputProps('assignToStatus', { type: 'checkbox' })}
              />
              {!form.values.assignToStatus && (
                <Select
                  label={t('systemAccount.assignToGroup')}
                  placeholder={groups.loading ? t('systemAccount.groupsLoading') : t('systemAccount.chooseGroup')}
                  data={clientGroupSelectData(groups.data?.clientGroups ?? [], t, { withAccess: true })}
                  withAsterisk
                  searchable
                  allowDeselect={false}
                  nothingFoundMessage={t('clients.groupFilterNothingFound')}
                  maw={420}
                  {...form.getInputProps('groupId')}
                  error={form.errors.groupId ?? (groups.error ? t('systemAccount.groupsFailed') : undefined)}
                />
              )}
              <EffectiveAccessLine access={preview ?? client.effectiveAccess} status={client.status} preview={preview !== null} />
            </Stack>
          </Fieldset>

          {/* Not disabled as a whole when read-only: "Sign in as this Partner" depends on its own right. */}
          <Fieldset legend={t('systemAccount.clientPortalSettings')}>
            <Stack gap="md">
              <Checkbox
                label={t('systemAccount.portalAccessAllowed')}
                disabled={readOnly}
                {...form.getInputProps('portalAccessAllowed', { type: 'checkbox' })}
              />
              <ClientPortalAccount
                client={client}
                readOnly={readOnly}
                unsavedChanges={versioned.dirty}
                onSignInAsPartner={signInAsPartnerDialog.open}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput
                  label={t('systemAccount.lastLoginDate')}
                  value={client.lastLoginAt ? formatDateTime(client.lastLoginAt) : t('systemAccount.never')}
                  readOnly
                  variant="filled"
                />
                <TextInput
                  label={t('systemAccount.lastFailedLoginDate')}
                  value={client.lastFailedLoginAt ? formatDateTime(client.lastFailedLoginAt) : t('systemAccount.never')}
                  readOnly
                  variant="filled"
                />
              </SimpleGrid>
              <Select
                label={t('systemAccount.preferredLanguage')}
                description={t('systemAccount.preferredLanguageDescription')}
                data={portalLanguages.map((language) => ({ value: language, label: t(`languages.${language}`) }))}
                allowDeselect={false}
                maw={420}
                disabled={readOnly}
                {...form.getInputProps('preferredLanguage')}
                onChange={(value: string | null) => {
                  if (isPortalLanguage(value)) form.setFieldValue('preferredLanguage', value);
                }}
              />
              <FormatPreferencesSummary
                preferences={form.values.formatPreferences}
                language={form.values.preferredLanguage}
                errors={preferenceErrors}
                onEdit={readOnly ? undefined : preferencesDialog.open}
              />
              <MessageLettersSelect clientId={client.id} value={client.messageLetters} readOnly={readOnly} />
            </Stack>
          </Fieldset>

          {/* Beside Save, where the user is looking when a save is refused. */}
          <ConflictAlert versioned={versioned} />
          {versioned.alert && (
            <Alert color="red" title={t('systemAccount.saveFailed')}>
              {versioned.alert}
            </Alert>
          )}
          {!readOnly && (
            <Group justify="flex-end" gap="sm">
              <Button variant="default" disabled={!versioned.dirty || versioned.saving} onClick={versioned.discardChanges}>
                {t('common.discardChanges')}
              </Button>
              <Button type="submit" loading={versioned.saving} disabled={!versioned.dirty}>
                {t('common.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>

      <SignInAttempts clientId={client.id} />

      <SignInAsPartnerDialog opened={signInAsPartnerOpened} client={client} onClose={signInAsPartnerDialog.close} />
      <PartnerAliasesDialog
        opened={aliasesOpened}
        onClose={aliasesDialog.close}
        clientId={client.id}
        aliases={client.partnerAliases}
        readOnly={readOnly}
      />
      <EditPreferencesDialog
        opened={preferencesOpened}
        preferences={form.values.formatPreferences}
        language={form.values.preferredLanguage}
        serverErrors={preferenceErrors}
        onClose={preferencesDialog.close}
        onApply={(preferences) => {
          form.setFieldValue('formatPreferences', preferences);
          for (const field of formatPreferenceFields) form.clearFieldError(`formatPreferences.${field}`);
          preferencesDialog.close();
        }}
      />
    </Stack>
  );
}
