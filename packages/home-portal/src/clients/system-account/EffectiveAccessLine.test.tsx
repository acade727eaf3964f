import { screen } from '@testing-library/react';
import type { AccessDeniedReason } from '../../gql/graphql';
import type { ClientProfileFragment } from '../profile/clientProfile.generated';

type ClientEffectiveAccessFragment = ClientProfileFragment['effectiveAccess'];
import { renderWithProviders } from '../../test-support/renderWithProviders';
import { EffectiveAccessLine } from './EffectiveAccessLine';

function access(overrides: Partial<ClientEffectiveAccessFragment>): ClientEffectiveAccessFragment {
  return {
    assignedBy: 'STATUS',
    canSignIn: true,
    deniedReasons: [],
    group: { id: '1', name: 'Active', accessAllowed: true },
    ...overrides,
  };
}

describe('EffectiveAccessLine', () => {
  it('names the status group when the status decides and access is granted', () => {
    renderWithProviders(<EffectiveAccessLine access={access({})} status="ACTIVE" />);

    expect(screen.getByText('Can sign in to the Client Portal')).toBeInTheDocument();
    expect(
      screen.getByText('With the rights of the status group "Active", because the client is assigned to its status (Active).'),
    ).toBeInTheDocument();
  });

  it('names the chosen group when "Assign to Group" decides', () => {
    renderWithProviders(
      <EffectiveAccessLine
        access={access({ assignedBy: 'GROUP', group: { id: '4', name: 'Key Accounts', accessAllowed: true } })}
        status="POTENTIAL"
      />,
    );

    expect(screen.getByText('With the rights of the group "Key Accounts", chosen in "Assign to Group".')).toBeInTheDocument();
  });

  it.each<[AccessDeniedReason, Partial<ClientEffectiveAccessFragment>, string]>([
    [
      'STATUS_DENIES_ACCESS',
      { group: { id: '2', name: 'Potential', accessAllowed: false } },
      'The status Potential gives no access: its group "Potential" does not have "Access Allowed".',
    ],
    [
      'GROUP_DENIES_ACCESS',
      { assignedBy: 'GROUP', group: { id: '9', name: 'Blocked', accessAllowed: false } },
      'The group "Blocked" chosen in "Assign to Group" does not have "Access Allowed".',
    ],
    ['NO_GROUP_ASSIGNED', { assignedBy: 'GROUP', group: null }, '"Assign to Status" is off and no group is chosen in "Assign to Group".'],
    ['PORTAL_ACCESS_NOT_ALLOWED', {}, 'Access to the Client Portal is not allowed in the Client Portal Settings.'],
  ])('explains %s', (reason, overrides, sentence) => {
    renderWithProviders(
      <EffectiveAccessLine access={access({ ...overrides, canSignIn: false, deniedReasons: [reason] })} status="POTENTIAL" />,
    );

    expect(screen.getByText('Cannot sign in to the Client Portal')).toBeInTheDocument();
    expect(screen.getByText(sentence)).toBeInTheDocument();
  });

  it('lists every reason when several deny access, and says when it previews changes not saved yet', () => {
    renderWithProviders(
      <EffectiveAccessLine
        access={access({
          canSignIn: false,
          deniedReasons: ['STATUS_DENIES_ACCESS', 'PORTAL_ACCESS_NOT_ALLOWED'],
          group: { id: '3', name: 'Inactive', accessAllowed: false },
        })}
        status="INACTIVE"
        preview
      />,
    );

    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText('Will not be able to sign in to the Client Portal')).toBeInTheDocument();
    expect(screen.getByText('Not saved yet')).toBeInTheDocument();
  });
});
