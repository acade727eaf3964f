/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation ClientSignIn($username: String!, $password: String!) {\n  clientSignIn(username: $username, password: $password) {\n    ...ClientViewerFields\n  }\n}\n\nmutation RequestPasswordReset($username: String!) {\n  requestPasswordReset(username: $username)\n}\n\nmutation SetClientPassword($token: String!, $password: String!) {\n  setClientPassword(token: $token, password: $password)\n}\n\nmutation SignInAsPartnerWithCode($code: String!) {\n  signInAsPartnerWithCode(code: $code) {\n    ...ClientViewerFields\n  }\n}": typeof types.ClientSignInDocument,
    "query ClientPortalBranding {\n  clientPortalBranding {\n    available\n    portalName\n    logoUrl\n    primaryColor\n    welcomeText\n  }\n}": typeof types.ClientPortalBrandingDocument,
    "mutation UpdateClientPreferences($input: ClientPreferencesInput!) {\n  updateClientPreferences(input: $input) {\n    ...ClientViewerFields\n  }\n}\n\nmutation ChangeClientPassword($currentPassword: String!, $newPassword: String!) {\n  changeClientPassword(\n    currentPassword: $currentPassword\n    newPassword: $newPassword\n  )\n}": typeof types.UpdateClientPreferencesDocument,
    "fragment ClientViewerFields on ClientViewer {\n  username\n  name\n  email\n  preferredLanguage\n  formatPreferences {\n    dateFormat\n    timeFormat\n    decimalSeparator\n    thousandsSeparator\n    firstDayOfWeek\n    timeZone\n  }\n  previousSignInAt\n  rights {\n    area\n    actions\n  }\n  impersonation {\n    staffName\n    reason\n    allowChanges\n    startedAt\n    expiresAt\n  }\n}\n\nquery ClientViewer {\n  clientViewer {\n    ...ClientViewerFields\n  }\n}\n\nmutation ClientSignOut {\n  clientSignOut\n}": typeof types.ClientViewerFieldsFragmentDoc,
};
const documents: Documents = {
    "mutation ClientSignIn($username: String!, $password: String!) {\n  clientSignIn(username: $username, password: $password) {\n    ...ClientViewerFields\n  }\n}\n\nmutation RequestPasswordReset($username: String!) {\n  requestPasswordReset(username: $username)\n}\n\nmutation SetClientPassword($token: String!, $password: String!) {\n  setClientPassword(token: $token, password: $password)\n}\n\nmutation SignInAsPartnerWithCode($code: String!) {\n  signInAsPartnerWithCode(code: $code) {\n    ...ClientViewerFields\n  }\n}": types.ClientSignInDocument,
    "query ClientPortalBranding {\n  clientPortalBranding {\n    available\n    portalName\n    logoUrl\n    primaryColor\n    welcomeText\n  }\n}": types.ClientPortalBrandingDocument,
    "mutation UpdateClientPreferences($input: ClientPreferencesInput!) {\n  updateClientPreferences(input: $input) {\n    ...ClientViewerFields\n  }\n}\n\nmutation ChangeClientPassword($currentPassword: String!, $newPassword: String!) {\n  changeClientPassword(\n    currentPassword: $currentPassword\n    newPassword: $newPassword\n  )\n}": types.UpdateClientPreferencesDocument,
    "fragment ClientViewerFields on ClientViewer {\n  username\n  name\n  email\n  preferredLanguage\n  formatPreferences {\n    dateFormat\n    timeFormat\n    decimalSeparator\n    thousandsSeparator\n    firstDayOfWeek\n    timeZone\n  }\n  previousSignInAt\n  rights {\n    area\n    actions\n  }\n  impersonation {\n    staffName\n    reason\n    allowChanges\n    startedAt\n    expiresAt\n  }\n}\n\nquery ClientViewer {\n  clientViewer {\n    ...ClientViewerFields\n  }\n}\n\nmutation ClientSignOut {\n  clientSignOut\n}": types.ClientViewerFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientSignIn($username: String!, $password: String!) {\n  clientSignIn(username: $username, password: $password) {\n    ...ClientViewerFields\n  }\n}\n\nmutation RequestPasswordReset($username: String!) {\n  requestPasswordReset(username: $username)\n}\n\nmutation SetClientPassword($token: String!, $password: String!) {\n  setClientPassword(token: $token, password: $password)\n}\n\nmutation SignInAsPartnerWithCode($code: String!) {\n  signInAsPartnerWithCode(code: $code) {\n    ...ClientViewerFields\n  }\n}"): (typeof documents)["mutation ClientSignIn($username: String!, $password: String!) {\n  clientSignIn(username: $username, password: $password) {\n    ...ClientViewerFields\n  }\n}\n\nmutation RequestPasswordReset($username: String!) {\n  requestPasswordReset(username: $username)\n}\n\nmutation SetClientPassword($token: String!, $password: String!) {\n  setClientPassword(token: $token, password: $password)\n}\n\nmutation SignInAsPartnerWithCode($code: String!) {\n  signInAsPartnerWithCode(code: $code) {\n    ...ClientViewerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientPortalBranding {\n  clientPortalBranding {\n    available\n    portalName\n    logoUrl\n    primaryColor\n    welcomeText\n  }\n}"): (typeof documents)["query ClientPortalBranding {\n  clientPortalBranding {\n    available\n    portalName\n    logoUrl\n    primaryColor\n    welcomeText\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateClientPreferences($input: ClientPreferencesInput!) {\n  updateClientPreferences(input: $input) {\n    ...ClientViewerFields\n  }\n}\n\nmutation ChangeClientPassword($currentPassword: String!, $newPassword: String!) {\n  changeClientPassword(\n    currentPassword: $currentPassword\n    newPassword: $newPassword\n  )\n}"): (typeof documents)["mutation UpdateClientPreferences($input: ClientPreferencesInput!) {\n  updateClientPreferences(input: $input) {\n    ...ClientViewerFields\n  }\n}\n\nmutation ChangeClientPassword($currentPassword: String!, $newPassword: String!) {\n  changeClientPassword(\n    currentPassword: $currentPassword\n    newPassword: $newPassword\n  )\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ClientViewerFields on ClientViewer {\n  username\n  name\n  email\n  preferredLanguage\n  formatPreferences {\n    dateFormat\n    timeFormat\n    decimalSeparator\n    thousandsSeparator\n    firstDayOfWeek\n    timeZone\n  }\n  previousSignInAt\n  rights {\n    area\n    actions\n  }\n  impersonation {\n    staffName\n    reason\n    allowChanges\n    startedAt\n    expiresAt\n  }\n}\n\nquery ClientViewer {\n  clientViewer {\n    ...ClientViewerFields\n  }\n}\n\nmutation ClientSignOut {\n  clientSignOut\n}"): (typeof documents)["fragment ClientViewerFields on ClientViewer {\n  username\n  name\n  email\n  preferredLanguage\n  formatPreferences {\n    dateFormat\n    timeFormat\n    decimalSeparator\n    thousandsSeparator\n    firstDayOfWeek\n    timeZone\n  }\n  previousSignInAt\n  rights {\n    area\n    actions\n  }\n  impersonation {\n    staffName\n    reason\n    allowChanges\n    startedAt\n    expiresAt\n  }\n}\n\nquery ClientViewer {\n  clientViewer {\n    ...ClientViewerFields\n  }\n}\n\nmutation ClientSignOut {\n  clientSignOut\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;