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
    "fragment ViewerFields on StaffViewer {\n  id\n  username\n  fullName\n  rights\n  specialRights\n}\n\nquery Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}\n\nmutation SignIn($username: String!, $password: String!) {\n  signIn(username: $username, password: $password) {\n    ...ViewerFields\n  }\n}\n\nmutation SignOut {\n  signOut\n}": typeof types.ViewerFieldsFragmentDoc,
    "fragment ClientListItem on Client {\n  id\n  username\n  name\n  status\n  email\n  effectiveAccess {\n    canSignIn\n    deniedReasons\n    group {\n      id\n      name\n    }\n  }\n}\n\nquery Clients($first: Int!, $after: String, $filter: ClientFilter, $sortBy: ClientSortField!, $sortDirection: SortDirection!) {\n  clients(\n    first: $first\n    after: $after\n    filter: $filter\n    sortBy: $sortBy\n    sortDirection: $sortDirection\n  ) {\n    nodes {\n      ...ClientListItem\n    }\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.ClientListItemFragmentDoc,
};
const documents: Documents = {
    "fragment ViewerFields on StaffViewer {\n  id\n  username\n  fullName\n  rights\n  specialRights\n}\n\nquery Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}\n\nmutation SignIn($username: String!, $password: String!) {\n  signIn(username: $username, password: $password) {\n    ...ViewerFields\n  }\n}\n\nmutation SignOut {\n  signOut\n}": types.ViewerFieldsFragmentDoc,
    "fragment ClientListItem on Client {\n  id\n  username\n  name\n  status\n  email\n  effectiveAccess {\n    canSignIn\n    deniedReasons\n    group {\n      id\n      name\n    }\n  }\n}\n\nquery Clients($first: Int!, $after: String, $filter: ClientFilter, $sortBy: ClientSortField!, $sortDirection: SortDirection!) {\n  clients(\n    first: $first\n    after: $after\n    filter: $filter\n    sortBy: $sortBy\n    sortDirection: $sortDirection\n  ) {\n    nodes {\n      ...ClientListItem\n    }\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.ClientListItemFragmentDoc,
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
export function graphql(source: "fragment ViewerFields on StaffViewer {\n  id\n  username\n  fullName\n  rights\n  specialRights\n}\n\nquery Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}\n\nmutation SignIn($username: String!, $password: String!) {\n  signIn(username: $username, password: $password) {\n    ...ViewerFields\n  }\n}\n\nmutation SignOut {\n  signOut\n}"): (typeof documents)["fragment ViewerFields on StaffViewer {\n  id\n  username\n  fullName\n  rights\n  specialRights\n}\n\nquery Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}\n\nmutation SignIn($username: String!, $password: String!) {\n  signIn(username: $username, password: $password) {\n    ...ViewerFields\n  }\n}\n\nmutation SignOut {\n  signOut\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ClientListItem on Client {\n  id\n  username\n  name\n  status\n  email\n  effectiveAccess {\n    canSignIn\n    deniedReasons\n    group {\n      id\n      name\n    }\n  }\n}\n\nquery Clients($first: Int!, $after: String, $filter: ClientFilter, $sortBy: ClientSortField!, $sortDirection: SortDirection!) {\n  clients(\n    first: $first\n    after: $after\n    filter: $filter\n    sortBy: $sortBy\n    sortDirection: $sortDirection\n  ) {\n    nodes {\n      ...ClientListItem\n    }\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): (typeof documents)["fragment ClientListItem on Client {\n  id\n  username\n  name\n  status\n  email\n  effectiveAccess {\n    canSignIn\n    deniedReasons\n    group {\n      id\n      name\n    }\n  }\n}\n\nquery Clients($first: Int!, $after: String, $filter: ClientFilter, $sortBy: ClientSortField!, $sortDirection: SortDirection!) {\n  clients(\n    first: $first\n    after: $after\n    filter: $filter\n    sortBy: $sortBy\n    sortDirection: $sortDirection\n  ) {\n    nodes {\n      ...ClientListItem\n    }\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;