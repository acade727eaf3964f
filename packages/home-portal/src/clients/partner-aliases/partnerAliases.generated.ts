/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../../gql/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CatToolsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatToolsQuery = { catTools: Array<{ tool: Types.CatTool, label: string, rules: Array<{ code: string, description: string }> }> };

export type PartnerAliasFieldsFragment = { id: string, clientId: string, tool: Types.CatTool, externalUsername: string };

export type AddPartnerAliasMutationVariables = Exact<{
  input: Types.AddPartnerAliasInput;
}>;


export type AddPartnerAliasMutation = { addPartnerAlias: { id: string, clientId: string, tool: Types.CatTool, externalUsername: string } };

export type UpdatePartnerAliasMutationVariables = Exact<{
  input: Types.UpdatePartnerAliasInput;
}>;


export type UpdatePartnerAliasMutation = { updatePartnerAlias: { id: string, clientId: string, tool: Types.CatTool, externalUsername: string } };

export type RemovePartnerAliasMutationVariables = Exact<{
  id: string | number;
}>;


export type RemovePartnerAliasMutation = { removePartnerAlias: boolean };

export const PartnerAliasFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerAliasFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerAlias"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"tool"}},{"kind":"Field","name":{"kind":"Name","value":"externalUsername"}}]}}]} as unknown as DocumentNode<PartnerAliasFieldsFragment, unknown>;
export const CatToolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatTools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catTools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tool"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<CatToolsQuery, CatToolsQueryVariables>;
export const AddPartnerAliasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPartnerAlias"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPartnerAliasInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPartnerAlias"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerAliasFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerAliasFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerAlias"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"tool"}},{"kind":"Field","name":{"kind":"Name","value":"externalUsername"}}]}}]} as unknown as DocumentNode<AddPartnerAliasMutation, AddPartnerAliasMutationVariables>;
export const UpdatePartnerAliasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePartnerAlias"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePartnerAliasInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePartnerAlias"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerAliasFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerAliasFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerAlias"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"tool"}},{"kind":"Field","name":{"kind":"Name","value":"externalUsername"}}]}}]} as unknown as DocumentNode<UpdatePartnerAliasMutation, UpdatePartnerAliasMutationVariables>;
export const RemovePartnerAliasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePartnerAlias"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePartnerAlias"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemovePartnerAliasMutation, RemovePartnerAliasMutationVariables>;