import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, useNavigate } from 'react-router';
import { renderWithProviders } from '../test-support/renderWithProviders';
import { useUnsavedChangesGuard } from './UnsavedChangesGuard';

function NoteForm() {
  const navigate = useNavigate();
  const form = useForm({ mode: 'controlled', initialValues: { title: 'Alpha' } });
  useUnsavedChangesGuard(form.isDirty());
  return (
    <form>
      <TextInput label="Title" {...form.getInputProps('title')} />
      <Link to="/requests">Requests</Link>
      <Link to="/notes?page=2">Next page</Link>
      <button type="button" onClick={() => void navigate(-1)}>
        Back
      </button>
    </form>
  );
}

function renderGuarded(path = '/notes') {
  renderWithProviders(null, {
    path,
    routes: [
      { path: '/notes', element: <NoteForm /> },
      {
        path: '/requests',
        element: (
          <>
            <p>The requests</p>
            <Link to="/notes">Notes</Link>
          </>
        ),
      },
    ],
  });
  return userEvent.setup();
}

function beforeUnloadPrevented(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('the unsaved-changes guard', () => {
  it('lets a clean form go without asking', async () => {
    const user = renderGuarded();
    await user.click(screen.getByRole('link', { name: 'Requests' }));
    expect(await screen.findByText('The requests')).toBeInTheDocument();
    expect(beforeUnloadPrevented()).toBe(false);
  });

  it('asks before in-app navigation throws typed changes away; "Stay" keeps them, "Leave" goes', async () => {
    const user = renderGuarded();
    await user.type(screen.getByRole('textbox', { name: 'Title' }), ' changed');
    await user.click(screen.getByRole('link', { name: 'Requests' }));

    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    expect(dialog).toHaveTextContent('If you leave now, they are lost.');
    await user.click(screen.getByRole('button', { name: 'Stay and keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Leave without saving?' })).not.toBeInTheDocument());
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Alpha changed');

    await user.click(screen.getByRole('link', { name: 'Requests' }));
    await user.click(await screen.findByRole('button', { name: 'Leave and discard changes' }));
    expect(await screen.findByText('The requests')).toBeInTheDocument();
  });

  it('asks before the Back button throws typed changes away, and stays on the form until told to leave', async () => {
    const user = renderGuarded('/requests');
    await user.click(screen.getByRole('link', { name: 'Notes' }));
    await user.type(await screen.findByRole('textbox', { name: 'Title' }), ' changed');
    await user.click(screen.getByRole('button', { name: 'Back' }));

    await user.click(await screen.findByRole('button', { name: 'Stay and keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Leave without saving?' })).not.toBeInTheDocument());
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Alpha changed');

    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(await screen.findByRole('button', { name: 'Leave and discard changes' }));
    expect(await screen.findByText('The requests')).toBeInTheDocument();
  });

  it('does not ask when only the query string of the same screen changes', async () => {
    const user = renderGuarded();
    await user.type(screen.getByRole('textbox', { name: 'Title' }), ' changed');
    await user.click(screen.getByRole('link', { name: 'Next page' }));
    expect(screen.queryByRole('dialog', { name: 'Leave without saving?' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Alpha changed');
  });

  it('asks the browser to prompt before a reload or tab close while changes are unsaved', async () => {
    const user = renderGuarded();
    expect(beforeUnloadPrevented()).toBe(false);
    await user.type(screen.getByRole('textbox', { name: 'Title' }), ' changed');
    await waitFor(() => expect(beforeUnloadPrevented()).toBe(true));
  });
});
