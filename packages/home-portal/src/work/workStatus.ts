import type { MantineColor } from '@mantine/core';
import type { TFunction } from 'i18next';
import { humanize } from '../app/humanize';
import type { ProjectStatus, QuoteStatus, RequestStatus } from '../gql/graphql';

// Badge colours per status, typed against the schema: a new status fails the build until it gets one.
// The key order is the order filters offer them in.

export const projectStatusColors = {
  REQUESTED: 'gray',
  IN_PROGRESS: 'blue',
  READY: 'cyan',
  DELIVERED: 'green',
  CLOSED: 'dark',
  CANCELLED: 'red',
} as const satisfies Record<ProjectStatus, MantineColor>;

export const quoteStatusColors = {
  PENDING: 'blue',
  ACCEPTED: 'green',
  REJECTED: 'red',
  EXPIRED: 'gray',
} as const satisfies Record<QuoteStatus, MantineColor>;

export const requestStatusColors = {
  SUBMITTED: 'orange',
  QUOTED: 'blue',
  CONVERTED_TO_PROJECT: 'green',
  DECLINED: 'gray',
  WITHDRAWN: 'dark',
} as const satisfies Record<RequestStatus, MantineColor>;

export const projectStatuses = Object.keys(projectStatusColors) as ProjectStatus[];
export const quoteStatuses = Object.keys(quoteStatusColors) as QuoteStatus[];
export const requestStatuses = Object.keys(requestStatusColors) as RequestStatus[];

export function isProjectStatus(value: string | null): value is ProjectStatus {
  return value !== null && Object.hasOwn(projectStatusColors, value);
}

export function isQuoteStatus(value: string | null): value is QuoteStatus {
  return value !== null && Object.hasOwn(quoteStatusColors, value);
}

export function isRequestStatus(value: string | null): value is RequestStatus {
  return value !== null && Object.hasOwn(requestStatusColors, value);
}

// A history entry's status is a plain string: read it as the record's status when it is one.

export function projectStatusLabel(status: string, t: TFunction): string {
  return isProjectStatus(status) ? t(`projects.status.${status}`) : humanize(status);
}

export function quoteStatusLabel(status: string, t: TFunction): string {
  return isQuoteStatus(status) ? t(`quotes.status.${status}`) : humanize(status);
}

export function requestStatusLabel(status: string, t: TFunction): string {
  return isRequestStatus(status) ? t(`requests.status.${status}`) : humanize(status);
}
