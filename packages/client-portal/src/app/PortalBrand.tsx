import { Box, Group, rem, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { useBranding } from '../branding/brandingContext';

/** The agency's logo and portal name, linking to the start page. */
export function PortalBrand() {
  const { portalName, logoUrl } = useBranding();
  return (
    <UnstyledButton component={Link} to="/" miw={0} style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
      <Group gap="sm" wrap="nowrap" miw={0}>
        {/* The name follows, so the logo itself says nothing more to a screen reader. */}
        {logoUrl && (
          <Box
            component="img"
            src={logoUrl}
            alt=""
            h={36}
            w="auto"
            maw={{ base: 96, sm: 160 }}
            style={{ objectFit: 'contain', objectPosition: 'left center', flexShrink: 0 }}
          />
        )}
        {/* Phones give a long name two smaller lines rather than cutting it short. */}
        {/* The name, not a heading: each page's own title is its one <h1>. */}
        <Text
          component="span"
          fw={700}
          fz={{ base: rem(17), sm: rem(22) }}
          lh={1.25}
          c="var(--mantine-primary-color-filled)"
          lineClamp={2}
          style={{ overflowWrap: 'anywhere' }}
        >
          {portalName}
        </Text>
      </Group>
    </UnstyledButton>
  );
}
