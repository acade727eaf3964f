import { registerEnumType } from 'type-graphql';

export enum ClientStatus {
  ACTIVE = 'ACTIVE',
  POTENTIAL = 'POTENTIAL',
  INACTIVE = 'INACTIVE',
}

registerEnumType(ClientStatus, {
  name: 'ClientStatus',
  description: 'Identification Data status. With "Assign to Status", Active grants Client Portal access; Potential and Inactive deny it.',
});
