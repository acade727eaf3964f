import { registerEnumType } from 'type-graphql';

/** The languages the Client Portal interface and its e-mails ship in. */
export enum PortalLanguage {
  EN = 'EN',
  DE = 'DE',
  FR = 'FR',
  ES = 'ES',
  PL = 'PL',
}

registerEnumType(PortalLanguage, {
  name: 'PortalLanguage',
  description: 'A language the Client Portal ships in (English, German, French, Spanish, Polish).',
});
