import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ServiceType } from '../gql/graphql';

/** The services of a project, quote or request, by their translated names. */
export function ServiceList({ services }: { services: readonly ServiceType[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {services.map((service) => (
        <Badge
          key={service}
          component="li"
          variant="outline"
          color="gray"
          tt="none"
          fw={500}
          styles={{ label: { color: 'var(--mantine-color-text)' } }}
        >
          {t(`services.${service}`)}
        </Badge>
      ))}
    </Group>
  );
}
