import { Card, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageHeading, usePageTitle } from '../app/usePageTitle';
import { useWelcomeText } from '../branding/brandingContext';
import { useClientFormatter } from '../formatting/useClientFormatter';
import { useNavigationItems } from '../navigation/useNavigationItems';
import { useSignedInClient } from '../session/sessionContext';
import { AttentionSections } from './AttentionSections';
import classes from './DashboardPage.module.css';

/**
 * The client's home page: a greeting, the previous sign-in, the agency's welcome text, what needs the
 * client's attention (quotes to decide, deliveries, answers to feedback, open requests) and the areas.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const viewer = useSignedInClient();
  const formatter = useClientFormatter();
  const welcomeText = useWelcomeText();
  const { places } = useNavigationItems();
  const heading = usePageHeading<HTMLHeadingElement>();
  usePageTitle(t('dashboard.navLabel'));

  return (
    <Stack gap="xl">
      <div>
        <Title order={1} size="h2" {...heading}>
          {t('dashboard.greeting', { name: viewer.name })}
        </Title>
        <Text c="dimmed" mt={4}>
          {viewer.previousSignInAt
            ? t('dashboard.lastLogin', { date: formatter.dateTime(viewer.previousSignInAt) })
            : t('dashboard.firstLogin')}
        </Text>
      </div>

      {welcomeText.trim() !== '' && (
        <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
          <Text style={{ whiteSpace: 'pre-line' }}>{welcomeText}</Text>
        </Paper>
      )}

      <AttentionSections />

      <Stack component="section" aria-labelledby="areas-title" gap="md">
        <Title order={2} size="h3" id="areas-title">
          {t('dashboard.areasTitle')}
        </Title>
        {places.length === 0 ? (
          <Paper withBorder p="lg">
            <Group wrap="nowrap" align="flex-start">
              <ThemeIcon variant="light" color="gray" size="lg" radius="xl">
                <IconLock size={20} aria-hidden />
              </ThemeIcon>
              <div>
                <Text fw={600}>{t('dashboard.noAreasTitle')}</Text>
                <Text c="dimmed" size="sm">
                  {t('dashboard.noAreasText')}
                </Text>
              </div>
            </Group>
          </Paper>
        ) : (
          <SimpleGrid component="ul" cols={{ base: 1, xs: 2, lg: 3 }} spacing="md" p={0} m={0} style={{ listStyle: 'none' }}>
            {places.map(({ key, to, label, description, icon: Icon }) => (
              <li key={key}>
                <Card component={Link} to={to} withBorder padding="lg" h="100%" className={classes.areaCard}>
                  <Group wrap="nowrap" align="flex-start" gap="md">
                    <ThemeIcon variant="light" size={44} radius="md">
                      <Icon size={24} stroke={1.6} aria-hidden />
                    </ThemeIcon>
                    <div>
                      <Text fw={600}>{label}</Text>
                      <Text c="dimmed" size="sm">
                        {description}
                      </Text>
                    </div>
                  </Group>
                </Card>
              </li>
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Stack>
  );
}
