import { Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageTitle } from '../app/PageTitle';

interface AuthCardProps {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}

/** The narrow card of the pages around signing in: forgot password, set a password, sign in as the client. */
export function AuthCard({ title, intro, children }: AuthCardProps) {
  return (
    <Paper withBorder shadow="xs" p={{ base: 'md', sm: 'xl' }} maw={520} mx="auto" component="section" aria-labelledby="auth-card-title">
      <Stack gap="lg">
        <div>
          <PageTitle id="auth-card-title">{title}</PageTitle>
          {intro && (
            <Text mt="xs" c="dimmed">
              {intro}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}
