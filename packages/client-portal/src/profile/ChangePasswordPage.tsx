import { Stack } from '@mantine/core';
import { useSignedInClient } from '../session/sessionContext';
import { ChangePasswordSection } from './ChangePasswordSection';

/** Change password for a client whose rights do not show the Profile (the user menu links here then). */
export function ChangePasswordPage() {
  const viewer = useSignedInClient();
  return (
    <Stack gap="lg">
      {/* The section's own heading is the page's: "Change password" once, as its <h1>. */}
      <ChangePasswordSection viewer={viewer} standalone />
    </Stack>
  );
}
