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
}

interface SaveNoteData {
  saveNote: { __typename: 'Note'; id: string; title: string; version: number };
}

const SaveNoteDocument = parse(`
  mutation SaveNote($id: ID!, $version: Int!, $title: String!) {
    saveNote(id: $id, version: $version, title: $title) { id title version }
  }
`) as TypedDocumentNode<SaveNoteData, { id: string; version: number; title: string }>;

function saveMock(version: number, title: string, result: Mock['result']): Mock {
  return { request: { query: SaveNoteDocument, variables: { id: '7', version, title } }, result };
}

function savedNote(version: number, title: string) {
  return { data: { saveNote: { __typename: 'Note', id: '7', title, version } } };
}

const conflictError = new GraphQLError('Note 7 was saved by someone else.', {
  extensions: { code: 'CONFLICT', currentVersion: 2, updatedBy: 'Ada Admin', updatedAt: '2030-01-02T10:00:00.000Z' },
});

const NotesDocument = parse(`
  query Notes {
    notes { id title version }
  }
`) as TypedDocumentNode<{ notes: SaveNoteData['saveNote'][] }, Record<string, never>>;

function notesMock(title: string): Mock {
  return { request: { query: NotesDocument }, result: { data: { notes: [{ __typename: 'Note', id: '8', title, version: 1 }] } } };
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
  const stored = useMemo(() => ({ values: { title: 'Alpha' }, version: 1 }), []);
  const form = useForm<NoteValues>({ mode: 'controlled', initialValues: stored.values });
  const versioned = useVersionedSave<NoteValues>({
    form,
    stored,
    fields: [{ path: 'title', label: 'Title', display: (values) => values.title }],
    refetch,
    mutation: versionedMutation(SaveNoteDocument, {
      variables: (values, version) => ({ id: '7', version, title: values.title }),
      saved: (data) => ({ values: { title: data.saveNote.title }, version: data.saveNote.version }),
      evictLists,
    }),
    formFields: ['title'],
    onSaved,
  });
  onConflict(versioned.conflict);
  return (
    <form onSubmit={versioned.handleSubmit} noValidate>
      <ConflictAlert versioned={versioned} />
      <TextInput label="Title" {...form.getInputProps('title')} />
      {versioned.alert && <p role="status">{versioned.alert}</p>}
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
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith({ title: 'Beta' }));
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

  it('turns a CONFLICT into a conflict that keeps the opened values, the stored ones after a reload, and the edits', async () => {
    const refetch = jest.fn(() => Promise.resolve({ values: { title: 'Gamma' }, version: 2 }));
    const { onSaved, conflict } = renderNoteForm(
      [saveMock(1, 'Beta', { errors: [conflictError] }), saveMock(2, 'Beta', savedNote(3, 'Beta'))],
      refetch,
    );
    const user = await retitle('Beta');

    expect(await screen.findByRole('alert', { name: 'Someone else saved this in the meantime' })).toHaveTextContent(/Ada Admin saved it/);
    expect(conflict()).toMatchObject({
      details: { currentVersion: 2, updatedBy: 'Ada Admin' },
      opened: { values: { title: 'Alpha' }, version: 1 },
      edits: { title: 'Beta' },
      reloaded: null,
    });
    expect(onSaved).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Reload' }));
    const differences = await screen.findByRole('table', { name: 'Differences between the stored values and yours' });
    expect(within(differences).getAllByRole('row')[1]).toHaveTextContent('TitleGammaBeta');
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Beta');
    expect(conflict()).toMatchObject({
      opened: { values: { title: 'Alpha' }, version: 1 },
      edits: { title: 'Beta' },
      reloaded: { stored: { values: { title: 'Gamma' }, version: 2 } },
    });

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith({ title: 'Beta' }));
    expect(conflict()).toBeNull();
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
