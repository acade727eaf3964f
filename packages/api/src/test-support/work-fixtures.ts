import type { GraphQLTestClient } from './graphql-client';
import type { TestApp } from './test-app';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

export const QUOTE_FIELDS =
  'id number name status version validUntil projectId requestId total { amount currency } lines { description service quantity unit unitPrice { amount } amount { amount } } history { event status actorName actorKind note }';
export const PROJECT_FIELDS =
  'id number name status version catTool sourceLanguage targetLanguages services deadline deliveredAt quoteId requestId totalCost { amount currency } history { event status actorName actorKind note } reviewAvailability { available reason }';

export async function staffCreatesQuote(
  staff: GraphQLTestClient,
  clientId: string,
  extra: Record<string, unknown> = {},
): Promise<Record<string, any>> {
  const { createQuote } = await staff.data(`mutation($input: CreateQuoteInput!) { createQuote(input: $input) { ${QUOTE_FIELDS} } }`, {
    input: {
      clientId,
      name: 'Product brochure 2027',
      services: ['TRANSLATION', 'PROOFREADING'],
      sourceLanguage: 'en',
      targetLanguages: ['de-DE', 'fr-FR'],
      lines: [
        { description: 'Translation EN→DE', quantity: 2400, unit: 'WORDS', unitPrice: '0.12' },
        { description: 'Translation EN→FR', quantity: 2400, unit: 'WORDS', unitPrice: '0.13' },
        { description: 'Proofreading', quantity: 3, unit: 'HOURS', unitPrice: '45' },
      ],
      currency: 'EUR',
      validUntil: inDays(14),
      proposedDeadline: inDays(10),
      ...extra,
    },
  });
  return createQuote;
}

export async function staffCreatesProject(
  staff: GraphQLTestClient,
  clientId: string,
  extra: Record<string, unknown> = {},
): Promise<Record<string, any>> {
  const { createProject } = await staff.data(
    `mutation($input: CreateProjectInput!) { createProject(input: $input) { ${PROJECT_FIELDS} } }`,
    {
      input: {
        clientId,
        name: 'User manual v3',
        services: ['TRANSLATION'],
        sourceLanguage: 'en',
        targetLanguages: ['pl'],
        deadline: inDays(5),
        totalCost: '980.00',
        currency: 'EUR',
        ...extra,
      },
    },
  );
  return createProject;
}

export async function staffDelivers(staff: GraphQLTestClient, project: Record<string, any>): Promise<Record<string, any>> {
  const { changeProjectStatus } = await staff.data(
    `mutation($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { ${PROJECT_FIELDS} } }`,
    {
      input: {
        id: project.id,
        version: project.version,
        status: 'DELIVERED',
        note: 'Delivered by e-mail and in the portal',
        allowWithoutFiles: true,
      },
    },
  );
  return changeProjectStatus;
}

export const inFuture = inDays;

export const SUBMIT_REQUEST =
  'mutation($input: SubmitRequestInput!) { submitRequest(input: $input) { id number status files { fileName } history { event status actorKind } } }';

/** The client asks for a quote (a request with the usual scope). */
export async function clientAsks(portal: GraphQLTestClient, name = 'Annual report'): Promise<Record<string, any>> {
  const { submitRequest } = await portal.data(SUBMIT_REQUEST, {
    input: {
      kind: 'QUOTE',
      name,
      services: ['TRANSLATION'],
      sourceLanguage: 'en',
      targetLanguages: ['de-DE'],
      deadline: inDays(12),
      instructions: 'Keep the glossary',
    },
  });
  return submitRequest;
}

/** A file uploaded as the browser would (multipart POST /files). */
export async function uploadFile(
  test: TestApp,
  browser: GraphQLTestClient,
  name: string,
  content: string | Uint8Array<ArrayBuffer>,
  query = '',
): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([content]), name);
  return fetch(`${test.app.url}/files${query}`, {
    method: 'POST',
    body: form,
    headers: { cookie: browser.cookieHeader(), 'x-portico-upload': '1' },
  });
}
