import { GraphQLError } from 'graphql';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useQuery } from '@apollo/client/react';
import { ClientProfileDocument } from '../profile/clientProfile.generated';
import { AddPartnerAliasDocument, CatToolsDocument, RemovePartnerAliasDocument } from './partnerAliases.generated';
import { aClientProfile, catToolsAnswer } from '../../test-support/clientFixtures';
import { renderWithProviders, type Mock } from '../../test-support/renderWithProviders';
import { PartnerAliasesDialog } from './PartnerAliasesDialog';

const catToolsMock: Mock = { request: { query: CatToolsDocument }, result: { data: { catTools: catToolsAnswer } } };

function addMock(tool: string, externalUsername: string, result: Mock['result']): Mock {
  return { request: { query: AddPartnerAliasDocument, variables: { input: { clientId: '10', tool, externalUsername } } }, result };
}

function renderDialog(mocks: Mock[], readOnly = false) {
  return renderWithProviders(
    <PartnerAliasesDialog
      opened
      onClose={jest.fn()}
      clientId="10"
      aliases={[{ id: '5', tool: 'XTM', externalUsername: 'acme.pharma' }]}
      readOnly={readOnly}
    />,
    { mocks: [catToolsMock, ...mocks] },
  );
}

/** The dialog as the System Account shows it: the aliases read from the cached client, as mutations change them. */
function DialogOverCachedClient() {
  const { data } = useQuery(ClientProfileDocument, { variables: { id: '10' } });
  if (!data?.client) return null;
  return <PartnerAliasesDialog opened onClose={jest.fn()} clientId="10" aliases={data.client.partnerAliases} readOnly={false} />;
}

const row = async (tool: string) => screen.findByRole('region', { name: tool });

describe('PartnerAliasesDialog', () => {
  it('shows one row per CAT tool with its mapping rules beside the field', async () => {
    renderDialog([]);

    const xtm = within(await row('XTM Cloud'));
    expect(xtm.getByRole('textbox', { name: 'Username in XTM Cloud' })).toHaveValue('acme.pharma');
    expect(xtm.getByText('Between 2 and 50 characters.')).toBeInTheDocument();
    expect(xtm.getByText('Letters, digits, dot, underscore and hyphen only.')).toBeInTheDocument();
    expect(xtm.getByRole('button', { name: 'Remove' })).toBeInTheDocument();

    const trados = within(await row('Trados Enterprise'));
    expect(trados.getByRole('textbox', { name: 'Username in Trados Enterprise' })).toHaveValue('');
    expect(trados.getByText(/An e-mail address/)).toBeInTheDocument();
    expect(trados.getByRole('button', { name: 'Add' })).toBeDisabled();
  });

  it('ticks the rules off as the username is typed and names the broken one on the field', async () => {
    const user = userEvent.setup();
    renderDialog([]);
    const trados = within(await row('Trados Enterprise'));
    const field = trados.getByRole('textbox', { name: 'Username in Trados Enterprise' });

    await user.type(field, 'acme pharma');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(trados.getByText(/^Does not meet the rule: An e-mail address/)).toBeInTheDocument();
    expect(trados.getByRole('listitem')).toHaveTextContent('(not met)');
    expect(trados.getByRole('button', { name: 'Add' })).toBeDisabled();

    await user.clear(field);
    await user.type(field, 'docs@acme.example');
    expect(field).not.toHaveAttribute('aria-invalid', 'true');
    expect(trados.getByRole('listitem')).toHaveTextContent('(met)');
    expect(trados.getByRole('button', { name: 'Add' })).toBeEnabled();
  });

  it("shows the server's rule error on that tool's field and marks the rule", async () => {
    const user = userEvent.setup();
    const refused = new GraphQLError(
      '"docs@acme.example" in Trados Enterprise already maps to client NORDWIND; one external username maps to one client.',
      {
        extensions: { code: 'BAD_USER_INPUT', field: 'externalUsername', rule: 'UNIQUE_PER_TOOL' },
      },
    );
    const brokenRule = new GraphQLError('Trados Enterprise usernames must be: An e-mail address.', {
      extensions: { code: 'BAD_USER_INPUT', field: 'externalUsername', rule: 'TRADOS_EMAIL' },
    });
    renderDialog([
      addMock('TRADOS', 'docs@acme.example', { errors: [refused] }),
      addMock('TRADOS', 'docs@acme.ex', { errors: [brokenRule] }),
    ]);
    const trados = within(await row('Trados Enterprise'));
    const field = trados.getByRole('textbox', { name: 'Username in Trados Enterprise' });

    await user.type(field, 'docs@acme.example');
    await user.click(trados.getByRole('button', { name: 'Add' }));

    expect(await trados.findByText(/already maps to client NORDWIND/)).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    const xtm = within(await row('XTM Cloud'));
    expect(xtm.getByRole('textbox', { name: 'Username in XTM Cloud' })).not.toHaveAttribute('aria-invalid', 'true');

    await user.clear(field);
    await user.type(field, 'docs@acme.ex');
    expect(field).not.toHaveAttribute('aria-invalid', 'true');
    await user.click(trados.getByRole('button', { name: 'Add' }));

    expect(await trados.findByText('Trados Enterprise usernames must be: An e-mail address.')).toBeInTheDocument();
    expect(trados.getByRole('listitem')).toHaveTextContent('(not met)');
  });

  it('adds and removes usernames', async () => {
    const user = userEvent.setup();
    const added = jest.fn(() => ({
      data: {
        addPartnerAlias: { __typename: 'PartnerAlias', id: '6', clientId: '10', tool: 'TRADOS', externalUsername: 'docs@acme.example' },
      },
    }));
    const removed = jest.fn(() => ({ data: { removePartnerAlias: true } }));
    renderDialog([
      addMock('TRADOS', 'docs@acme.example', added),
      { request: { query: RemovePartnerAliasDocument, variables: { id: '5' } }, result: removed },
    ]);
    const trados = within(await row('Trados Enterprise'));

    await user.type(trados.getByRole('textbox', { name: 'Username in Trados Enterprise' }), '  docs@acme.example ');
    await user.click(trados.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(added).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Username in Trados Enterprise added.')).toBeInTheDocument();

    await user.click(within(await row('XTM Cloud')).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(removed).toHaveBeenCalledTimes(1));
  });

  it('removes a username at once and offers it back with Undo, focused and announced, keeping nothing lost', async () => {
    const user = userEvent.setup();
    const removed = jest.fn(() => ({ data: { removePartnerAlias: true } }));
    const restored = jest.fn(() => ({
      data: { addPartnerAlias: { __typename: 'PartnerAlias', id: '8', clientId: '10', tool: 'XTM', externalUsername: 'acme.pharma' } },
    }));
    renderWithProviders(<DialogOverCachedClient />, {
      mocks: [
        catToolsMock,
        { request: { query: ClientProfileDocument, variables: { id: '10' } }, result: { data: { client: aClientProfile() } } },
        { request: { query: RemovePartnerAliasDocument, variables: { id: '5' } }, result: removed },
        addMock('XTM', 'acme.pharma', restored),
      ],
    });

    await user.click(within(await row('XTM Cloud')).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(removed).toHaveBeenCalledTimes(1));
    const xtm = within(await row('XTM Cloud'));
    expect(await xtm.findByRole('status')).toHaveTextContent('"acme.pharma" removed from XTM Cloud.');
    const undo = xtm.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    expect(undo).toHaveAccessibleDescription('"acme.pharma" removed from XTM Cloud.');

    await user.keyboard('{Enter}');
    await waitFor(() => expect(restored).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Username in XTM Cloud restored.')).toBeInTheDocument();
    const again = within(await row('XTM Cloud'));
    expect(again.getByRole('textbox', { name: 'Username in XTM Cloud' })).toHaveValue('acme.pharma');
    expect(again.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });

  it('only shows the usernames to staff who may not edit clients', async () => {
    renderDialog([], true);

    const xtm = within(await row('XTM Cloud'));
    expect(xtm.getByRole('textbox', { name: 'Username in XTM Cloud' })).toHaveAttribute('readonly');
    expect(xtm.queryByRole('button')).not.toBeInTheDocument();
  });
});
