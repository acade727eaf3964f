import { Box, Container, Group, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';

/** Header with the portal's name and the language switcher, then the page. */
export function PortalLayout() {
  const { t } = useTranslation();
  const title = t('app.title');

  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <Box mih="100vh" bg="light-dark(var(--mantine-color-gray-0), var(--mantine-color-dark-8))">
      <Box component="header" bg="var(--mantine-color-body)" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Container size="md" py="sm">
          <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
            <Title order={1} size="h3" c="teal.7">
              {title}
            </Title>
            <LanguageSwitcher />
          </Group>
        </Container>
      </Box>
      <Container size="md" py="xl" component="main">
        <Outlet />
      </Container>
    </Box>
  );
}
