import type { GraphQLTestClient } from './graphql-client';

let clientCounter = 0;

export const CLIENT_FIELDS = `id username name status email assignToStatus groupId portalAccessAllowed preferredLanguage version
  lastLoginAt lastFailedLoginAt updatedBy
  formatPreferences { dateFormat timeFormat decimalSeparator thousandsSeparator firstDayOfWeek timeZone }
  effectiveAccess { canSignIn deniedReasons assignedBy explanation group { id name } rights { area actions } }`;

/** Creates a client through the API and returns it (with a unique ID unless one is given). */
export async function createTestClient(
  staff: GraphQLTestClient,
  input: Partial<{ username: string; name: string; status: string; email: string | null }> = {},
): Promise<Record<string, any>> {
  clientCounter += 1;
  const { createClient } = await staff.data(`mutation($input: CreateClientInput!) { createClient(input: $input) { ${CLIENT_FIELDS} } }`, {
    input: {
      username: `C${clientCounter}-${Date.now().toString(36)}`,
      name: `Client ${clientCounter}`,
      status: 'ACTIVE',
      email: `client${clientCounter}@example.com`,
      ...input,
    },
  });
  return createClient;
}

/** Saves a System Account starting from the client's current values. */
export async function saveSystemAccount(staff: GraphQLTestClient, client: Record<string, any>, changes: Record<string, unknown>) {
  return staff.request(`mutation($input: UpdateSystemAccountInput!) { updateSystemAccount(input: $input) { ${CLIENT_FIELDS} } }`, {
    input: {
      clientId: client.id,
      version: client.version,
      assignToStatus: client.assignToStatus,
      groupId: client.groupId,
      portalAccessAllowed: client.portalAccessAllowed,
      preferredLanguage: client.preferredLanguage,
      formatPreferences: client.formatPreferences,
      ...changes,
    },
  });
}
