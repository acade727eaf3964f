import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  ColorInput,
  Fieldset,
  FileInput,
  Grid,
  Group,
  Image,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconExternalLink, IconPhoto, IconRocket, IconTrash } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { contrastRatio } from '../../app/theme';
import { useHasRight } from '../../auth/useHasRight';
import {
  ClientPortalSettingsDocument,
  UpdateClientPortalSettingsDocument,
  type ClientPortalSettingsFieldsFragment,
} from './clientPortalSettings.generated';
import { ConflictAlert } from '../../kit/ConflictAlert';
import { LoadFailed, Loading } from '../../kit/QueryStates';
import { useVersionedSave, versionedMutation } from '../../kit/useVersionedSave';
import { areaOptions } from '../client-groups/clientGroupRights';
import {
  clientPortalSettingsComparedFields,
  clientPortalSettingsFields,
  clientPortalSettingsInput,
  clientPortalSettingsSchema,
  COLOR_SHAPE,
  storedClientPortalSettings,
  type ClientPortalSettingsValues,
} from './clientPortalSettingsValues';
import { EnablePortal2Dialog } from './EnablePortal2Dialog';
import { LOGO_MAX_BYTES, LOGO_TYPES, logoFileProblem, readAsDataUrl } from './logoFile';
import { PortalSignInPreview } from './PortalSignInPreview';
import { textInLanguage } from '@portico/domain';
import { isPortalLanguage, portalLanguages } from '../../clients/system-account/formatPreferences';
import type { PortalLanguage } from '../../gql/graphql';

/**
 * Configuration → Portals → Client Portal: enabling Client Portal 2.0 (once, confirmed), and the
 * settings: enabled, public URL, branding with a live preview of the sign-in page, the areas
 * offered, and what clients learn about staff who sign in as them.
 */
export function ClientPortalSettingsPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(ClientPortalSettingsDocument);

  let content: ReactNode;
  if (error && !data) {
    content = <LoadFailed title={t('portalSettings.loadFailed')} error={error} onRetry={() => void refetch()} />;
  } else if (!data) {
    content = <Loading text={t('portalSettings.loading')} />;
  } else {
    content = (
      <ClientPortalSettingsForm
        settings={data.clientPortalSettings}
        refetch={async () => (await refetch()).data?.clientPortalSettings ?? null}
      />
    );
  }

  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Text size="sm" c="dimmed">
          {t('nav.configuration')} · {t('nav.portals')}
        </Text>
        <Title order={2}>{t('portalSettings.title')}</Title>
      </Stack>
      {content}
    </Stack>
  );
}

interface ClientPortalSettingsFormProps {
  settings: ClientPortalSettingsFieldsFragment;
  refetch: () => Promise<ClientPortalSettingsFieldsFragment | null>;
}

function portalAddress(publicUrl: string | null): string {
  return publicUrl ?? `${window.location.origin}/portal/`;
}

function ClientPortalSettingsForm({ settings, refetch }: ClientPortalSettingsFormProps) {
  const { t } = useTranslation();
  const mayEdit = useHasRight('PORTAL_CONFIGURATION:EDIT');
  const readOnly = !mayEdit;
  const schema = useMemo(() => clientPortalSettingsSchema(t), [t]);
  const comparedFields = useMemo(() => clientPortalSettingsComparedFields(t), [t]);
  const areas = useMemo(() => areaOptions(t), [t]);
  const stored = useMemo(() => storedClientPortalSettings(settings), [settings]);
  const form = useForm<ClientPortalSettingsValues>({
    mode: 'controlled',
    initialValues: stored.values,
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnChange: true,
  });
  const [logoFile, setLogoFile] = useState<File | null>(null);
  // The language whose welcome text is edited and previewed.
  const [textLanguage, setTextLanguage] = useState<PortalLanguage>('EN');
  const [enableOpened, enableDialog] = useDisclosure(false);
  const versioned = useVersionedSave<ClientPortalSettingsValues>({
    form,
    stored,
    fields: comparedFields,
    refetch: async () => {
      const fresh = await refetch();
      return fresh ? storedClientPortalSettings(fresh) : null;
    },
    mutation: versionedMutation(UpdateClientPortalSettingsDocument, {
      variables: (values, version) => ({ input: clientPortalSettingsInput(values, version) }),
      saved: (data) => storedClientPortalSettings(data.updateClientPortalSettings),
    }),
    formFields: clientPortalSettingsFields,
    onSaved: () => {
      setLogoFile(null);
      notifications.show({ color: 'green', message: t('portalSettings.saved') });
    },
  });

  const chooseLogo = async (file: File | null) => {
    setLogoFile(file);
    form.clearFieldError('logoUrl');
    if (!file) return;
    const problem = logoFileProblem(file, t);
    if (problem) {
      form.setFieldError('logoUrl', problem);
      return;
    }
    try {
      form.setFieldValue('logoUrl', await readAsDataUrl(file));
    } catch {
      form.setFieldError('logoUrl', t('portalSettings.logoUnreadable'));
    }
  };

  const colorContrast = COLOR_SHAPE.test(form.values.primaryColor) ? contrastRatio(form.values.primaryColor, '#ffffff') : null;
  const isV2 = settings.portalVersion === 'V2';

  return (
    <Stack gap="lg">
      {isV2 ? (
        <Group gap="sm" wrap="wrap">
          <Badge color="green" variant="light" size="lg">
            {t('portalSettings.version2Badge')}
          </Badge>
          <Anchor href={portalAddress(settings.publicUrl ?? null)} target="_blank" rel="noopener noreferrer" size="sm">
            <Group gap={4} component="span">
              {t('portalSettings.openPortal')}
              <IconExternalLink size={14} aria-hidden />
            </Group>
          </Anchor>
        </Group>
      ) : (
        <Paper
          withBorder
          p="lg"
          radius="md"
          style={{ borderColor: 'var(--mantine-color-orange-6)', borderWidth: 2 }}
          component="section"
          aria-labelledby="enable-portal-2"
        >
          <Stack gap="sm" align="flex-start">
            <Group gap="xs">
              <IconRocket size={22} aria-hidden />
              <Title order={3} id="enable-portal-2">
                {t('portalSettings.enable2Title')}
              </Title>
            </Group>
            <Text size="sm">{t('portalSettings.classicIntro')}</Text>
            <Text size="sm">{t('portalSettings.classicWarning')}</Text>
            {mayEdit ? (
              <Button leftSection={<IconRocket size={16} aria-hidden />} onClick={enableDialog.open}>
                {t('portalSettings.enable2Button')}
              </Button>
            ) : (
              <Text size="sm" c="dimmed">
                {t('portalSettings.enable2NeedsRight')}
              </Text>
            )}
          </Stack>
        </Paper>
      )}

      {readOnly && (
        <Text size="sm" c="dimmed">
          {t('portalSettings.readOnly')}
        </Text>
      )}

      <Grid gap="xl">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <form onSubmit={versioned.handleSubmit} noValidate aria-label={t('portalSettings.formLabel')}>
            <Stack gap="lg">
              <Fieldset legend={t('portalSettings.availability')} disabled={readOnly}>
                <Stack gap="md">
                  <Checkbox
                    label={t('portalSettings.enabled')}
                    description={isV2 ? t('portalSettings.enabledDescription') : t('portalSettings.enabledClassicDescription')}
                    {...form.getInputProps('enabled', { type: 'checkbox' })}
                  />
                  <TextInput
                    label={t('portalSettings.publicUrl')}
                    description={t('portalSettings.publicUrlDescription')}
                    placeholder={t('portalSettings.publicUrlPlaceholder')}
                    type="url"
                    {...form.getInputProps('publicUrl')}
                  />
                </Stack>
              </Fieldset>

              <Fieldset legend={t('portalSettings.branding')} disabled={readOnly}>
                <Stack gap="md">
                  <TextInput label={t('portalSettings.portalName')} withAsterisk {...form.getInputProps('portalName')} />
                  <Stack gap={6}>
                    <FileInput
                      label={t('portalSettings.logo')}
                      description={t('portalSettings.logoDescription', { max: LOGO_MAX_BYTES / 1024 })}
                      placeholder={form.values.logoUrl ? t('portalSettings.replaceLogo') : t('portalSettings.chooseLogo')}
                      accept={LOGO_TYPES.join(',')}
                      leftSection={<IconPhoto size={16} aria-hidden />}
                      value={logoFile}
                      onChange={(file) => void chooseLogo(file)}
                      error={form.errors.logoUrl}
                      clearable={false}
                    />
                    {form.values.logoUrl && (
                      <Group gap="sm">
                        <Image
                          src={form.values.logoUrl}
                          alt={t('portalSettings.currentLogo')}
                          h={40}
                          w="auto"
                          maw={160}
                          fit="contain"
                          style={{
                            border: '1px solid var(--mantine-color-default-border)',
                            borderRadius: 4,
                            padding: 2,
                            background: 'white',
                          }}
                        />
                        {!readOnly && (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            leftSection={<IconTrash size={14} aria-hidden />}
                            onClick={() => {
                              setLogoFile(null);
                              form.clearFieldError('logoUrl');
                              form.setFieldValue('logoUrl', null);
                            }}
                          >
                            {t('portalSettings.removeLogo')}
                          </Button>
                        )}
                      </Group>
                    )}
                  </Stack>
                  <ColorInput
                    label={t('portalSettings.primaryColor')}
                    description={
                      colorContrast !== null && colorContrast < 4.5
                        ? t('portalSettings.primaryColorLowContrast', { ratio: colorContrast.toFixed(1) })
                        : t('portalSettings.primaryColorDescription')
                    }
                    format="hex"
                    withAsterisk
                    swatches={[
                      '#1c7ed6',
                      '#1864ab',
                      '#3b5bdb',
                      '#5f3dc4',
                      '#0b7285',
                      '#087f5b',
                      '#2b8a3e',
                      '#c92a2a',
                      '#d9480f',
                      '#212529',
                    ]}
                    eyeDropperButtonProps={{ 'aria-label': t('portalSettings.eyeDropper') }}
                    {...form.getInputProps('primaryColor')}
                  />
                  <Textarea
                    label={t('portalSettings.welcomeText')}
                    description={t('portalSettings.welcomeTextDescription', { count: form.values.welcomeText.trim().length, max: 1000 })}
                    autosize
                    minRows={2}
                    maxRows={8}
                    {...form.getInputProps('welcomeText')}
                  />
                  <Stack gap={6}>
                    <Text size="sm" fw={500} id="welcome-language-label">
                      {t('portalSettings.welcomeLanguage')}
                    </Text>
                    <SegmentedControl
                      aria-labelledby="welcome-language-label"
                      value={textLanguage}
                      onChange={(value) => {
                        if (isPortalLanguage(value)) setTextLanguage(value);
                      }}
                      data={portalLanguages.map((language) => ({ value: language, label: language }))}
                      w="fit-content"
                    />
                    <Textarea
                      label={t('portalSettings.welcomeTranslation', { language: t(`languages.${textLanguage}`) })}
                      description={t('portalSettings.welcomeTranslationDescription')}
                      autosize
                      minRows={2}
                      maxRows={8}
                      {...form.getInputProps(`welcomeTranslations.${textLanguage}`)}
                    />
                  </Stack>
                </Stack>
              </Fieldset>

              <Fieldset legend={t('portalSettings.offeredAreas')} disabled={readOnly}>
                <Stack gap="xs">
                  <Text size="xs" c="dimmed">
                    {t('portalSettings.offeredAreasDescription')}
                  </Text>
                  {areas.map((area) => (
                    <Checkbox
                      key={area.value}
                      label={area.label}
                      checked={form.values.offeredAreas.includes(area.value)}
                      onChange={(event) => {
                        const offered = event.currentTarget.checked;
                        form.setFieldValue(
                          'offeredAreas',
                          areas
                            .map((candidate) => candidate.value)
                            .filter((value) => (value === area.value ? offered : form.values.offeredAreas.includes(value))),
                        );
                      }}
                    />
                  ))}
                  {form.values.offeredAreas.length === 0 && (
                    <Text size="sm" c="orange">
                      {t('portalSettings.noAreasWarning')}
                    </Text>
                  )}
                  {form.errors.offeredAreas && (
                    <Text size="sm" c="red">
                      {form.errors.offeredAreas}
                    </Text>
                  )}
                </Stack>
              </Fieldset>

              <Fieldset legend={t('portalSettings.staffSessions')} disabled={readOnly}>
                <Stack gap="md">
                  <Checkbox
                    label={t('portalSettings.showStaffIdentity')}
                    description={t('portalSettings.showStaffIdentityDescription')}
                    {...form.getInputProps('showStaffIdentityToClients', { type: 'checkbox' })}
                  />
                  <Checkbox
                    label={t('portalSettings.notifyChangeSessions')}
                    description={t('portalSettings.notifyChangeSessionsDescription')}
                    {...form.getInputProps('notifyClientsOfChangeSessions', { type: 'checkbox' })}
                  />
                </Stack>
              </Fieldset>

              {/* Beside Save, where the user is looking when a save is refused. */}
              <ConflictAlert versioned={versioned} />
              {versioned.alert && (
                <Alert color="red" title={t('portalSettings.saveFailed')}>
                  {versioned.alert}
                </Alert>
              )}
              {!readOnly && (
                <Group justify="flex-end" gap="sm">
                  <Button
                    variant="default"
                    disabled={!versioned.dirty || versioned.saving}
                    onClick={() => {
                      setLogoFile(null);
                      versioned.discardChanges();
                    }}
                  >
                    {t('common.discardChanges')}
                  </Button>
                  <Button type="submit" loading={versioned.saving} disabled={!versioned.dirty}>
                    {t('common.save')}
                  </Button>
                </Group>
              )}
            </Stack>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <div style={{ position: 'sticky', top: 72 }}>
            <PortalSignInPreview
              portalName={form.values.portalName}
              logoUrl={form.values.logoUrl}
              primaryColor={form.values.primaryColor}
              welcomeText={textInLanguage(
                form.values.welcomeText,
                portalLanguages.map((language) => ({ language, text: form.values.welcomeTranslations[language] })),
                textLanguage,
              )}
              languageName={t(`languages.${textLanguage}`)}
            />
          </div>
        </Grid.Col>
      </Grid>

      <EnablePortal2Dialog
        opened={enableOpened}
        hasClassicCustomization={settings.hasClassicCustomization}
        onClose={enableDialog.close}
        onAlreadyEnabled={() => void refetch()}
      />
    </Stack>
  );
}
