/** Projects, quotes, requests and feedback as the API answers them, with the `__typename`s a mocked answer needs. */

function money(amount: string, currency = 'EUR') {
  return { __typename: 'Money', amount, currency };
}

export function aHistoryEntry(id: string, event: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'HistoryEntry',
    id,
    event,
    status: null,
    note: null,
    actorName: 'Anna Nowak',
    actorKind: 'STAFF',
    occurredAt: '2030-01-02T10:00:00.000Z',
    ...overrides,
  };
}

export function aStoredFile(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'StoredFile',
    id,
    fileName: `file-${id}.docx`,
    role: 'SOURCE',
    sizeBytes: 24_000,
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    downloadUrl: `/files/${id}`,
    uploadedAt: '2030-01-02T10:00:00.000Z',
    uploadedBy: 'Acme Pharmaceuticals GmbH',
    ...overrides,
  };
}

export function aFeedback(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Feedback',
    id,
    score: 4,
    category: 'QUALITY',
    isComplaint: false,
    comment: 'Good terminology, one typo in the leaflet.',
    clientId: '10',
    clientName: 'Acme Pharmaceuticals GmbH',
    projectId: '42',
    projectName: 'Package leaflet',
    projectNumber: 'P-00042',
    givenBy: 'Acme Pharmaceuticals GmbH',
    createdAt: '2030-01-05T09:00:00.000Z',
    answer: null,
    answeredAt: null,
    answeredBy: null,
    ...overrides,
  };
}

export function aProject(id: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Project',
    id: String(id),
    number: `P-${String(id).padStart(5, '0')}`,
    name: `Project ${id}`,
    clientId: '10',
    clientName: 'Acme Pharmaceuticals GmbH',
    sourceLanguage: 'en',
    targetLanguages: ['de-DE', 'fr'],
    status: 'IN_PROGRESS',
    deadline: '2030-02-01T12:00:00.000Z',
    totalCost: money('1234.50'),
    ...overrides,
  };
}

export function aProjectDetail(id: number, overrides: Record<string, unknown> = {}) {
  return {
    ...aProject(id),
    version: 3,
    services: ['TRANSLATION', 'PROOFREADING'],
    orderedAt: '2030-01-02T10:00:00.000Z',
    deliveredAt: null,
    updatedAt: '2030-01-03T10:00:00.000Z',
    catTool: null,
    quoteId: null,
    requestId: null,
    filesZipUrl: `/projects/${id}/files.zip`,
    history: [aHistoryEntry('1', 'CREATED', { status: 'IN_PROGRESS' })],
    files: [],
    reviews: [],
    feedback: null,
    ...overrides,
  };
}

export function aPriceLine(description: string, quantity: number, unitPrice: string, amount: string) {
  return {
    __typename: 'PriceLine',
    description,
    service: null,
    quantity,
    unit: 'WORDS',
    unitPrice: money(unitPrice),
    amount: money(amount),
  };
}

export function aQuote(id: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Quote',
    id: String(id),
    number: `Q-${String(id).padStart(5, '0')}`,
    name: `Quote ${id}`,
    clientId: '10',
    clientName: 'Acme Pharmaceuticals GmbH',
    sourceLanguage: 'en',
    targetLanguages: ['de'],
    status: 'PENDING',
    validUntil: '2030-02-01T12:00:00.000Z',
    proposedDeadline: '2030-02-10T12:00:00.000Z',
    total: money('288.00'),
    ...overrides,
  };
}

export function aQuoteDetail(id: number, overrides: Record<string, unknown> = {}) {
  return {
    ...aQuote(id),
    version: 2,
    services: ['TRANSLATION'],
    createdAt: '2030-01-02T10:00:00.000Z',
    updatedAt: '2030-01-02T10:00:00.000Z',
    decidedAt: null,
    rejectionReason: null,
    requestId: null,
    projectId: null,
    pdfUrl: `/quotes/${id}/pdf`,
    lines: [aPriceLine('Translation', 2400, '0.12', '288.00')],
    history: [aHistoryEntry('1', 'CREATED', { status: 'PENDING' })],
    ...overrides,
  };
}

export function aRequest(id: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ClientRequest',
    id: String(id),
    number: `R-${String(id).padStart(5, '0')}`,
    kind: 'QUOTE',
    name: `Request ${id}`,
    clientId: '10',
    clientName: 'Acme Pharmaceuticals GmbH',
    sourceLanguage: 'en',
    targetLanguages: ['de-DE'],
    deadline: '2030-03-01T12:00:00.000Z',
    status: 'SUBMITTED',
    createdAt: '2030-01-02T10:00:00.000Z',
    ...overrides,
  };
}

export function aRequestDetail(id: number, overrides: Record<string, unknown> = {}) {
  return {
    ...aRequest(id),
    version: 1,
    services: ['TRANSLATION'],
    instructions: 'Please keep the glossary.',
    quoteId: null as string | null,
    projectId: null as string | null,
    files: [aStoredFile('7')],
    history: [aHistoryEntry('1', 'SUBMITTED', { status: 'SUBMITTED', actorName: 'Acme Pharmaceuticals GmbH', actorKind: 'CLIENT' })],
    ...overrides,
  };
}
