import { Anchor, Badge, Center, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { searchTerms } from '@portico/domain';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useHasRight } from '../auth/useHasRight';
import type { ClientSortField, SortDirection } from '../gql/graphql';
import type { ClientListItemFragment } from './clients.generated';
import { clientProfilePath } from './clientPaths';
import { ClientStatusBadge } from './ClientStatusBadge';
import { SearchHighlight } from './SearchHighlight';
import { PhoneCards, usePhoneLayout } from '../kit/PhoneCards';

export interface ClientSort {
  sortBy: ClientSortField;
  sortDirection: SortDirection;
}

interface ClientsTableProps {
  clients: readonly ClientListItemFragment[];
  sort: ClientSort;
  onSortChange: (sort: ClientSort) => void;
  /** What was searched for: the matching starts of words are marked. */
  search?: string;
}

/**
 * One row per client, its ID linking to the client profile. At phone width the rows become cards
 * that keep what matters in view: ID, name, status and whether the client can sign in.
 */
export function ClientsTable({ clients, sort, onSortChange, search = '' }: ClientsTableProps) {
  const { t } = useTranslation();
  const mayOpenClients = useHasRight('CLIENTS:DISPLAY');
  const phone = usePhoneLayout();
  const terms = useMemo(() => searchTerms(search), [search]);
  const mark = (text: string) => <SearchHighlight text={text} terms={terms} />;

  const idLink = (client: ClientListItemFragment) =>
    mayOpenClients ? (
      <Anchor component={Link} to={clientProfilePath(client.id)} size="sm" fw={500}>
        {mark(client.username)}
      </Anchor>
    ) : (
      <Text size="sm" fw={500}>
        {mark(client.username)}
      </Text>
    );

  if (phone) {
    return (
      <PhoneCards
        label={t('clients.cardsLabel')}
        cards={clients.map((client) => ({
          key: client.id,
          title: idLink(client),
          subtitle: mark(client.name),
          badges: <ClientStatusBadge status={client.status} />,
          facts: [
            ...(client.email
              ? [
                  {
                    value: (
                      <Text span size="xs" c="dimmed">
                        {mark(client.email)}
                      </Text>
                    ),
                  },
                ]
              : []),
            { value: <EffectiveAccessCell access={client.effectiveAccess} /> },
          ],
        }))}
      />
    );
  }

  const sortableHeader = (field: ClientSortField, label: string) => (
    <SortableHeader field={field} label={label} sort={sort} onSortChange={onSortChange} />
  );

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            {sortableHeader('USERNAME', t('clients.columns.username'))}
            {sortableHeader('NAME', t('clients.columns.name'))}
            {sortableHeader('STATUS', t('clients.columns.status'))}
            <Table.Th>{t('clients.columns.email')}</Table.Th>
            <Table.Th>{t('clients.columns.access')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {clients.map((client) => (
            <Table.Tr key={client.id}>
              <Table.Td>
                {idLink(client)}
                <Text size="xs" c="dimmed">
                  {t('clients.clientId', { id: client.id })}
                </Text>
              </Table.Td>
              <Table.Td>{mark(client.name)}</Table.Td>
              <Table.Td>
                <ClientStatusBadge status={client.status} />
              </Table.Td>
              <Table.Td>
                {client.email ? (
                  <Text size="sm" component="a" href={`mailto:${client.email}`} c="inherit">
                    {mark(client.email)}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('clients.noEmail')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <EffectiveAccessCell access={client.effectiveAccess} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Whether the client can sign in to the Client Portal; if not, every reason, as the API gives them. */
function EffectiveAccessCell({ access }: { access: ClientListItemFragment['effectiveAccess'] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} align="flex-start">
      {access.canSignIn ? (
        <Badge color="green" variant="dot">
          {t('clients.canSignIn')}
        </Badge>
      ) : (
        <>
          <Badge color="red" variant="dot">
            {t('clients.cannotSignIn')}
          </Badge>
          {access.deniedReasons.map((reason) => (
            <Text key={reason} size="xs" c="dimmed">
              {t(`clients.accessDenied.${reason}`)}
            </Text>
          ))}
        </>
      )}
      {access.group && (
        <Text size="xs" c="dimmed">
          {t('clients.groupName', { name: access.group.name })}
        </Text>
      )}
    </Stack>
  );
}

interface SortableHeaderProps {
  field: ClientSortField;
  label: string;
  sort: ClientSort;
  onSortChange: (sort: ClientSort) => void;
}

/** A column header that sorts by its column; a second click reverses the order. */
function SortableHeader({ field, label, sort, onSortChange }: SortableHeaderProps) {
  const { t } = useTranslation();
  const sorted = sort.sortBy === field;
  let icon: ReactNode = <IconArrowsSort size={14} stroke={1.6} aria-hidden />;
  if (sorted) {
    icon =
      sort.sortDirection === 'ASC' ? (
        <IconArrowUp size={14} stroke={1.6} aria-hidden />
      ) : (
        <IconArrowDown size={14} stroke={1.6} aria-hidden />
      );
  }

  return (
    <Table.Th aria-sort={sorted ? (sort.sortDirection === 'ASC' ? 'ascending' : 'descending') : undefined}>
      <UnstyledButton
        onClick={() =>
          onSortChange({
            sortBy: field,
            sortDirection: sorted && sort.sortDirection === 'ASC' ? 'DESC' : 'ASC',
          })
        }
        title={t('clients.sortBy', { column: label })}
        fw={700}
        fz="sm"
      >
        <Center inline style={{ gap: 4 }}>
          {label}
          {icon}
        </Center>
      </UnstyledButton>
    </Table.Th>
  );
}
