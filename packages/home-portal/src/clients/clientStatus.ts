import type { MantineColor } from '@mantine/core';
import type { ClientStatus } from '../gql/graphql';

/** Badge colour per status; typed against the schema, so a new status fails the build until it gets one. */
export const clientStatusColors = {
  ACTIVE: 'green',
  POTENTIAL: 'blue',
  INACTIVE: 'gray',
} as const satisfies Record<ClientStatus, MantineColor>;

export const clientStatuses = Object.keys(clientStatusColors) as ClientStatus[];

export function isClientStatus(value: string | null): value is ClientStatus {
  return value !== null && Object.hasOwn(clientStatusColors, value);
}
