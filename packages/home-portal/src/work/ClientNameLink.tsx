import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useHasRight } from '../auth/useHasRight';
import { clientProfilePath } from '../clients/clientPaths';

/** A client's name, linking to its profile for staff who may open clients. */
export function ClientNameLink({ clientId, clientName }: { clientId: string; clientName: string }) {
  const mayOpenClients = useHasRight('CLIENTS:DISPLAY');
  if (!mayOpenClients) return <Text size="sm">{clientName}</Text>;
  return (
    <Anchor component={Link} to={clientProfilePath(clientId)} size="sm">
      {clientName}
    </Anchor>
  );
}
