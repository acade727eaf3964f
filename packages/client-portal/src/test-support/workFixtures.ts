import type {
  FeedbackFieldsFragment,
  FileListFieldsFragment,
  HistoryEntryFieldsFragment,
  MyProjectQuery,
  MyRequestQuery,
  ProjectListFieldsFragment,
  QuoteDetailFieldsFragment,
  QuoteListFieldsFragment,
  RequestListFieldsFragment,
  StoredFileFieldsFragment,
} from '../gql/graphql';

/**
 * Projects, quotes, requests and feedback as the API answers them, with the `__typename` of every
 * object (the cache needs them). Each builder takes overrides; amounts and dates are fixed so tests
 * can check how they are written.
 */

const money = (amount: string, currency = 'USD') => ({ __typename: 'Money', amount, currency }) as { amount: string; currency: string };

type PriceLine = QuoteDetailFieldsFragment['lines'][number];
const priceLine = (line: PriceLine): PriceLine => ({ ...line, __typename: 'PriceLine' }) as PriceLine;

let nextHistoryId = 1;
export function aHistoryEntry(overrides: Partial<HistoryEntryFieldsFragment> = {}): HistoryEntryFieldsFragment {
  return {
    __typename: 'HistoryEntry',
    id: String(nextHistoryId++),
    event: 'CREATED',
    status: null,
    occurredAt: '2026-03-02T09:00:00.000Z',
    actorName: 'Anna Account-Manager',
    actorKind: 'STAFF',
    note: null,
    ...overrides,
  } as HistoryEntryFieldsFragment;
}

export function aProjectListItem(overrides: Partial<ProjectListFieldsFragment> = {}): ProjectListFieldsFragment {
  return {
    __typename: 'Project',
    id: '6',
    number: 'P-00006',
    name: 'Warehouse signage',
    sourceLanguage: 'en-US',
    targetLanguages: ['es-MX'],
    deadline: '2026-03-10T16:00:00.000Z',
    status: 'DELIVERED',
    totalCost: money('1240.00'),
    ...overrides,
  } as ProjectListFieldsFragment;
}

export function aFile(overrides: Partial<StoredFileFieldsFragment> = {}): StoredFileFieldsFragment {
  return {
    __typename: 'StoredFile',
    id: '1',
    fileName: 'signage-en.pdf',
    sizeBytes: 250_000,
    role: 'SOURCE',
    downloadUrl: '/files/1',
    uploadedAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  } as StoredFileFieldsFragment;
}

type WorkRecordRef = NonNullable<FileListFieldsFragment['attachedTo']>;

/** The project (or request) a file of the Files area belongs to. */
export function aWorkRecordRef(overrides: Partial<WorkRecordRef> = {}): WorkRecordRef {
  return {
    __typename: 'WorkRecordRef',
    kind: 'PROJECT',
    id: '6',
    number: 'P-00006',
    name: 'Warehouse signage',
    ...overrides,
  } as WorkRecordRef;
}

/** A file as the Files area lists it: a source file of project P-00006 unless overridden; it downloads from its id. */
export function aFileListItem(overrides: Partial<FileListFieldsFragment> = {}): FileListFieldsFragment {
  const id = overrides.id ?? '1';
  return {
    ...aFile({ id, downloadUrl: `/files/${id}` }),
    uploadedBy: 'Atlas Logistics Inc.',
    attachedTo: aWorkRecordRef(),
    ...overrides,
  } as FileListFieldsFragment;
}

export function aFeedback(overrides: Partial<FeedbackFieldsFragment> = {}): FeedbackFieldsFragment {
  return {
    __typename: 'Feedback',
    id: '2',
    projectId: '6',
    score: 2,
    category: 'DEADLINE',
    comment: 'Delivered a day later than promised; we had to postpone printing.',
    isComplaint: true,
    givenBy: 'Atlas Logistics Inc.',
    createdAt: '2026-03-08T12:00:00.000Z',
    answer: null,
    answeredAt: null,
    answeredBy: null,
    ...overrides,
  } as FeedbackFieldsFragment;
}

type ProjectDetail = MyProjectQuery['myProject'];

/** A project as the detail page asks for it; `files` and `feedback` are left out unless given (no right, no field). */
export function aProject(overrides: Partial<ProjectDetail> = {}): ProjectDetail {
  return {
    __typename: 'Project',
    id: '6',
    number: 'P-00006',
    name: 'Warehouse signage',
    services: ['TRANSLATION', 'DTP'],
    sourceLanguage: 'en-US',
    targetLanguages: ['es-MX', 'fr-CA'],
    orderedAt: '2026-03-01T09:00:00.000Z',
    deadline: '2026-03-10T16:00:00.000Z',
    deliveredAt: '2026-03-09T15:00:00.000Z',
    status: 'DELIVERED',
    catTool: null,
    quoteId: null,
    requestId: null,
    filesZipUrl: '/projects/6/files.zip',
    totalCost: money('1240.00'),
    history: [
      aHistoryEntry({ event: 'CREATED', status: 'REQUESTED', occurredAt: '2026-03-01T09:00:00.000Z' }),
      aHistoryEntry({ event: 'STATUS_CHANGED', status: 'IN_PROGRESS', occurredAt: '2026-03-02T09:00:00.000Z' }),
      aHistoryEntry({ event: 'STATUS_CHANGED', status: 'DELIVERED', occurredAt: '2026-03-09T15:00:00.000Z' }),
    ],
    reviews: [],
    reviewAvailability: { __typename: 'ReviewAvailability', available: true, reason: null } as ProjectDetail['reviewAvailability'],
    ...overrides,
  } as ProjectDetail;
}

export function aQuoteListItem(overrides: Partial<QuoteListFieldsFragment> = {}): QuoteListFieldsFragment {
  return {
    __typename: 'Quote',
    id: '3',
    number: 'Q-00003',
    name: 'Fleet app release notes',
    status: 'PENDING',
    sourceLanguage: 'en-US',
    targetLanguages: ['es-MX', 'pt-BR'],
    sentAt: '2026-03-01T09:00:00.000Z',
    validUntil: '2026-03-20T22:00:00.000Z',
    proposedDeadline: '2026-03-27T16:00:00.000Z',
    total: money('441.00'),
    ...overrides,
  } as QuoteListFieldsFragment;
}

export function aQuote(overrides: Partial<QuoteDetailFieldsFragment> = {}): QuoteDetailFieldsFragment {
  return {
    __typename: 'Quote',
    id: '3',
    number: 'Q-00003',
    name: 'Fleet app release notes',
    version: 1,
    status: 'PENDING',
    services: ['TRANSLATION'],
    sourceLanguage: 'en-US',
    targetLanguages: ['es-MX', 'pt-BR'],
    sentAt: '2026-03-01T09:00:00.000Z',
    validUntil: '2026-03-20T22:00:00.000Z',
    proposedDeadline: '2026-03-27T16:00:00.000Z',
    decidedAt: null,
    rejectionReason: null,
    projectId: null,
    requestId: null,
    pdfUrl: '/quotes/3/pdf',
    total: money('441.00'),
    lines: [
      priceLine({
        description: 'EN→DE',
        service: 'TRANSLATION',
        quantity: 3600,
        unit: 'WORDS',
        unitPrice: money('0.11'),
        amount: money('396.00'),
      }),
      priceLine({
        description: 'Project management',
        service: null,
        quantity: 1,
        unit: 'FLAT_FEE',
        unitPrice: money('45.00'),
        amount: money('45.00'),
      }),
    ],
    history: [aHistoryEntry({ event: 'CREATED', status: 'PENDING' })],
    ...overrides,
  } as QuoteDetailFieldsFragment;
}

export function aRequestListItem(overrides: Partial<RequestListFieldsFragment> = {}): RequestListFieldsFragment {
  return {
    __typename: 'ClientRequest',
    id: '1',
    number: 'R-00001',
    name: 'Etikettentexte Serie B',
    kind: 'QUOTE',
    status: 'SUBMITTED',
    sourceLanguage: 'de-DE',
    targetLanguages: ['fr-FR', 'it-IT'],
    deadline: '2026-04-01T10:00:00.000Z',
    submittedAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  } as RequestListFieldsFragment;
}

type RequestDetail = MyRequestQuery['myRequest'];

export function aRequest(overrides: Partial<RequestDetail> = {}): RequestDetail {
  return {
    ...aRequestListItem(),
    version: 1,
    services: ['TRANSLATION'],
    instructions: 'Use the terminology of project ACM.',
    quoteId: null,
    projectId: null,
    history: [aHistoryEntry({ event: 'SUBMITTED', status: 'SUBMITTED', actorName: 'Acme Pharmaceuticals GmbH', actorKind: 'CLIENT' })],
    ...overrides,
  } as RequestDetail;
}
