import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError, parse } from 'graphql';
import { useMemo } from 'react';
import { renderWithProviders, type Mock } from '../test-support/renderWithProviders';
import { ConflictAlert } from './ConflictAlert';
import { useVersionedSave, versionedMutation, type SaveConflict, type VersionedValues } from './useVersionedSave';

interface NoteValues {
  title: string;
  body: string;
}

interface SaveNoteData {
  saveNote: { __typename: 'Note'; id: string; title: string; body: string; version: number };
}

const SaveNoteDocument = parse(`
  mutation SaveNote($id: ID!, $version: Int!, $title: String!, $body: String!) {
    saveNote(id: $id, version: $version, title: $title, body: $body) { id title body version }
  }
`) as TypedDocumentNode<SaveNoteData, { id: string; version: number; title: string; body: string }>;

function saveMock(version: number, title: string, result: Mock['result'], body = 'First'): Mock {
  return { request: { query: SaveNoteDocument, variables: { id: '7', version, title, body } }, result };
}

function savedNote(version: number, title: string, body = 'First') {
  return { data: { saveNote: { __typename: 'Note', id: '7', title, body, version } } };
}

const conflictError = new GraphQLError('Note 7 was saved by someone else.', {
  extensions: { code: 'CONFLICT', currentVersion: 2, updatedBy: 'Ada Admin', updatedAt: '2030-01-02T10:00:00.000Z' },
});

const NotesDocument = parse(`
  query Notes {
    notes { id title body version }
  }
`) as TypedDocumentNode<{ notes: SaveNoteData['saveNote'][] }, Record<string, never>>;

function notesMock(title: string): Mock {
  return { request: { query: NotesDocument }, result: { data: { notes: [{ __typename: 'Note', id: '8', title, body: '', version: 1 }] } } };
}

/** Another note's title, in a list the save may change. */
function NoteList() {
  const { data } = useQuery(NotesDocument);
  return <p>{data ? `Listed: ${data.notes.map((note) => note.title).join(', ')}` : 'Listing…'}</p>;
}

interface NoteFormProps {
  refetch: () => Promise<VersionedValues<NoteValues> | null>;
  onSaved: (values: NoteValues) => void;
  onConflict: (conflict: SaveConflict<NoteValues> | null) => void;
  evictLists?: string[];
}

function NoteForm({ refetch, onSaved, onConflict, evictLists }: NoteFormProps) {
  const stored = useMemo(() => ({ values: { title: 'Alpha', body: 'First' }, version: 1 }), []);
  const form = useForm<NoteValues>({ mode: 'controlled', initialValues: stored.values });
  const versioned = useVersionedSave<NoteValues>({
    form,
    stored,
    fields: [
      { path: 'title', label: 'Title', display: (values) => values.title },
      { path: 'body', label: 'Body', display: (values) => values.body },
    ],
    refetch,
    mutation: versionedMutation(SaveNoteDocument, {
      variables: (values, version) => ({ id: '7', version, title: values.title, body: values.body }),
      saved: (data) => ({ values: { title: data.saveNote.title, body: data.saveNote.body }, version: data.saveNote.version }),
      evictLists,
    }),
    formFields: ['title', 'body'],
    onSaved,
  });
  onConflict(versioned.conflict);
  return (
    <form onSubmit={versioned.handleSubmit} noValidate>
      <TextInput label="Title" {...form.getInputProps('title')} />
      <TextInput label="Body" {...form.getInputProps('body')} />
      {versioned.alert && <p role="status">{versioned.alert}</p>}
      <ConflictAlert versioned={versioned} />
      <Button type="submit" loading={versioned.saving} disabled={!versioned.dirty}>
        Save
      </Button>
    </form>
  );
}

function renderNoteForm(mocks: Mock[], refetch: NoteFormProps['refetch'] = () => Promise.resolve(null)) {
  const onSaved = jest.fn();
  let conflict: SaveConflict<NoteValues> | null = null;
  renderWithProviders(<NoteForm refetch={refetch} onSaved={onSaved} onConflict={(current) => (conflict = current)} />, { mocks });
  return { onSaved, conflict: () => conflict };
}

async function retitle(title: string) {
  const user = userEvent.setup();
  await user.clear(screen.getByRole('textbox', { name: 'Title' }));
  await user.type(screen.getByRole('textbox', { name: 'Title' }), title);
  await user.click(screen.getByRole('button', { name: 'Save' }));
  return user;
}

describe('useVersionedSave', () => {
  it('saves with the version the form is based on and is clean again afterwards', async () => {
    const { onSaved } = renderNoteForm([saveMock(1, 'Beta', savedNote(2, 'Beta'))]);
    await retitle('Beta');
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith({ title: 'Beta', body: 'First' }));
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('drops the lists the save may change from the cache, so they load again', async () => {
    renderWithProviders(
      <>
        <NoteList />
        <NoteForm refetch={() => Promise.resolve(null)} onSaved={() => undefined} onConflict={() => undefined} evictLists={['notes']} />
      </>,
      { mocks: [notesMock('Delta'), saveMock(1, 'Beta', savedNote(2, 'Beta')), notesMock('Epsilon')] },
    );
    expect(await screen.findByText('Listed: Delta')).toBeInTheDocument();
    await retitle('Beta');
    expect(await screen.findByText('Listed: Epsilon')).toBeInTheDocument();
  });

  it('announces a CONFLICT beside Save, as a toast, and moves the focus to it', async () => {
    const { onSaved, conflict } = renderNoteForm([saveMock(1, 'Beta', { errors: [conflictError] })]);
    await retitle('Beta');

    const alert = await screen.findByRole('alert', { name: 'Someone else saved this in the meantime' });
    expect(alert).toHaveTextContent(/Ada Admin saved it/);
    await waitFor(() => expect(alert).toHaveFocus());
    // Beside the Save button: the next thing in the form after it.
    expect(alert.compareDocumentPosition(screen.getByRole('button', { name: 'Save' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(
      await screen.findByText('Your changes were not saved: Ada Admin saved this in the meantime. See the message beside Save.'),
    ).toBeInTheDocument();
    expect(conflict()).toMatchObject({
      details: { currentVersion: 2, updatedBy: 'Ada Admin' },
      opened: { values: { title: 'Alpha', body: 'First' }, version: 1 },
      edits: { title: 'Beta', body: 'First' },
      reloaded: null,
    });
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('merges three ways when only I changed a field: mine is kept and saved on the new version', async () => {
    const refetch = jest.fn(() => Promise.resolve({ values: { title: 'Alpha', body: 'First' }, version: 2 }));
    const { onSaved } = renderNoteForm(
      [saveMock(1, 'Beta', { errors: [conflictError] }), saveMock(2, 'Beta', savedNote(3, 'Beta'))],
      refetch,
    );
    const user = await retitle('Beta');
    await user.click(await screen.findByRole('button', { name: 'Reload and merge' }));

    expect(await screen.findByRole('list', { name: 'Your changes, kept:' })).toHaveTextContent('Title: Alpha → Beta');
    expect(screen.queryByRole('table', { name: 'Fields changed by both' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Beta');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith({ title: 'Beta', body: 'First' }));
  });

  it('merges three ways when only they changed a field: their value is taken, mine is not counted as mine', async () => {
    const refetch = jest.fn(() => Promise.resolve({ values: { title: 'Alpha', body: 'Second' }, version: 2 }));
    const { onSaved } = renderNoteForm(
      [saveMock(1, 'Beta', { errors: [conflictError] }), saveMock(2, 'Beta', savedNote(3, 'Beta', 'Second'), 'Second')],
      refetch,
    );
    const user = await retitle('Beta');
    await user.click(await screen.findByRole('button', { name: 'Reload and merge' }));

    expect(await screen.findByRole('list', { name: 'Taken from the other save (you had not changed these):' })).toHaveTextContent(
      'Body: First → Second',
    );
    expect(screen.getByRole('textbox', { name: 'Body' })).toHaveValue('Second');
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Beta');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    // The colleague's body survives the second save.
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith({ title: 'Beta', body: 'Second' }));
  });

  it('merges three ways when both changed a field: shows the three values side by side with a choice per field', async () => {
    const refetch = jest.fn(() => Promise.resolve({ values: { title: 'Gamma', body: 'First' }, version: 2 }));
    const { onSaved, conflict } = renderNoteForm(
      [saveMock(1, 'Beta', { errors: [conflictError] }), saveMock(2, 'Gamma', savedNote(3, 'Gamma'))],
      refetch,
    );
    const user = await retitle('Beta');
    await user.click(await screen.findByRole('button', { name: 'Reload and merge' }));

    const both = await screen.findByRole('table', { name: 'Fields changed by both' });
    expect(within(both).getAllByRole('row')[1]).toHaveTextContent('TitleAlphaGammaBeta');
    expect(within(both).getByRole('radio', { name: 'Title: keep your value Beta' })).toBeChecked();
    expect(conflict()).toMatchObject({
      opened: { values: { title: 'Alpha' }, version: 1 },
      reloaded: { stored: { values: { title: 'Gamma' }, version: 2 }, merge: { both: [{ path: 'title', choice: 'mine' }] } },
    });

    await user.click(within(both).getByRole('radio', { name: 'Title: take the stored value Gamma' }));
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Gamma');
    await user.click(within(both).getByRole('radio', { name: 'Title: keep your value Beta' }));
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Beta');
    await user.click(within(both).getByRole('radio', { name: 'Title: take the stored value Gamma' }));
    // Nothing left to save once their value is taken; Save stays off, the form is clean.
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('shows a refusal about a field beside it, and anything else in the alert', async () => {
    const refusal = new GraphQLError('A title this long is not allowed.', { extensions: { code: 'BAD_USER_INPUT', field: 'title' } });
    const readOnly = new GraphQLError('', { extensions: { code: 'READ_ONLY_SESSION' } });
    renderNoteForm([saveMock(1, 'Beta', { errors: [refusal] }), saveMock(1, 'Gamma', { errors: [readOnly] })]);

    await retitle('Beta');
    expect(await screen.findByText('A title this long is not allowed.')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    await retitle('Gamma');
    expect(await screen.findByRole('status')).toHaveTextContent('Something went wrong. Please try again.');
  });
});
