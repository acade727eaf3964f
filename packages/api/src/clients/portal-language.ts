import { PortalLanguage } from '@portico/domain';
import { registerEnumType } from 'type-graphql';

// The languages themselves (codes, locales, names) are one table in @portico/domain.
export { PortalLanguage };

registerEnumType(PortalLanguage, {
  name: 'PortalLanguage',
  description: 'A language the Client Portal ships in (English, German, French, Spanish, Polish).',
});
