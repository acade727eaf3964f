import { Box, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { contrastRatio } from '../../app/theme';
import { COLOR_SHAPE } from './clientPortalSettingsValues';

interface PortalSignInPreviewProps {
  portalName: string;
  logoUrl: string | null;
  primaryColor: string;
  welcomeText: string;
  /** The language the welcome text is shown in. */
  languageName?: string;
}

/** Black or white, whichever reads better on `background`. */
export function readableTextOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, '#000000') ? '#ffffff' : '#000000';
}

/** A field of the pictured sign-in form: looks like an input, is not one (nothing here can be typed into). */
function PreviewField({ label }: { label: string }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Box
        h={36}
        style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 'var(--mantine-radius-default)', background: 'white' }}
      />
    </Stack>
  );
}

/**
 * The Client Portal's sign-in page as clients will see it with the branding being edited: logo,
 * portal name, welcome text and the primary colour. It follows the form as the user types.
 */
export function PortalSignInPreview({ portalName, logoUrl, primaryColor, welcomeText, languageName }: PortalSignInPreviewProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const color = COLOR_SHAPE.test(primaryColor) ? primaryColor : '#1c7ed6';
  const name = portalName.trim() || t('portalSettings.previewUnnamed');

  return (
    <Stack gap="xs" component="figure" m={0} aria-labelledby={titleId}>
      <Text id={titleId} component="figcaption" size="sm" fw={500}>
        {t('portalSettings.previewTitle')}
      </Text>
      {languageName && (
        <Text size="xs" c="dimmed">
          {t('portalSettings.previewIn', { language: languageName })}
        </Text>
      )}
      <Paper withBorder radius="md" p="lg" bg="var(--mantine-color-gray-0)" c="var(--mantine-color-black)">
        <Stack gap="md" maw={360} mx="auto">
          <Stack gap="xs" align="center">
            {logoUrl ? (
              <Image src={logoUrl} alt={t('portalSettings.previewLogoAlt', { name })} h={48} w="auto" fit="contain" />
            ) : (
              <Box
                w={48}
                h={48}
                style={{
                  borderRadius: 12,
                  background: color,
                  color: readableTextOn(color),
                  display: 'grid',
                  placeItems: 'center',
                  fontWeight: 700,
                  fontSize: 22,
                }}
                aria-hidden
              >
                {name.charAt(0).toUpperCase()}
              </Box>
            )}
            <Title order={3} size="h4" ta="center" style={{ overflowWrap: 'anywhere' }}>
              {name}
            </Title>
            {welcomeText.trim() && (
              <Text size="sm" ta="center" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {welcomeText.trim()}
              </Text>
            )}
          </Stack>
          <Paper withBorder p="md" radius="md" bg="white">
            <Stack gap="sm">
              <PreviewField label={t('portalSettings.previewUsername')} />
              <PreviewField label={t('portalSettings.previewPassword')} />
              <Box
                py={8}
                ta="center"
                fw={600}
                fz="sm"
                style={{ background: color, color: readableTextOn(color), borderRadius: 'var(--mantine-radius-default)' }}
              >
                {t('portalSettings.previewSignIn')}
              </Box>
              <Text
                size="sm"
                ta="center"
                style={{
                  color: contrastRatio(color, '#ffffff') >= 4.5 ? color : 'var(--mantine-color-black)',
                  textDecoration: 'underline',
                }}
              >
                {t('portalSettings.previewForgot')}
              </Text>
            </Stack>
          </Paper>
        </Stack>
      </Paper>
    </Stack>
  );
}
