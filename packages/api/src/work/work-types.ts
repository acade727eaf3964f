import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { isLanguageCode } from '@portico/domain';
import { BadUserInputError } from '../common/errors';

/** What an agency does for a client; the portals show translated names. */
export enum ServiceType {
  TRANSLATION = 'TRANSLATION',
  PROOFREADING = 'PROOFREADING',
  MACHINE_TRANSLATION_POST_EDITING = 'MACHINE_TRANSLATION_POST_EDITING',
  LOCALIZATION = 'LOCALIZATION',
  TRANSCREATION = 'TRANSCREATION',
  DTP = 'DTP',
  SUBTITLING = 'SUBTITLING',
  INTERPRETING = 'INTERPRETING',
}
registerEnumType(ServiceType, { name: 'ServiceType', description: 'A service the agency offers.' });

export function checkLanguages(source: string, targets: string[], field = 'targetLanguages'): { source: string; targets: string[] } {
  if (!isLanguageCode(source)) throw new BadUserInputError(`"${source}" is not a language code such as en or de-DE.`, 'sourceLanguage');
  const unique = [...new Set(targets)];
  if (unique.length === 0) throw new BadUserInputError('Choose at least one target language.', field);
  const invalid = unique.find((code) => !isLanguageCode(code));
  if (invalid) throw new BadUserInputError(`"${invalid}" is not a language code such as en or de-DE.`, field);
  if (unique.includes(source)) throw new BadUserInputError('A target language must differ from the source language.', field);
  return { source, targets: unique };
}

export function checkServices(services: ServiceType[]): ServiceType[] {
  const unique = Object.values(ServiceType).filter((service) => services.includes(service));
  if (unique.length === 0) throw new BadUserInputError('Choose at least one service.', 'services');
  return unique;
}

const CURRENCY = /^[A-Z]{3}$/;

export function checkCurrency(currency: string): string {
  if (!CURRENCY.test(currency)) throw new BadUserInputError('Use a three-letter currency code such as EUR or USD.', 'currency');
  return currency;
}

/** An amount of money, exact: stored as whole minor units (cents), shown as a decimal string. */
@ObjectType({ description: 'An exact amount of money.' })
export class Money {
  @Field({ description: 'Decimal amount with two decimals, e.g. "1234.50"; format it in the viewer\'s preferences.' })
  amount: string;

  @Field({ description: 'ISO 4217 code, e.g. EUR.' })
  currency: string;
}

export function money(minorUnits: number, currency: string): Money {
  const sign = minorUnits < 0 ? '-' : '';
  const absolute = Math.abs(minorUnits);
  return { amount: `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`, currency };
}

/** "1234.5" → 123450; refuses more than two decimals or non-numbers. */
export function toMinorUnits(amount: string, field: string): number {
  const match = /^(-?)(\d{1,10})(?:\.(\d{1,2}))?$/.exec(amount.trim());
  if (!match) throw new BadUserInputError('Enter an amount such as 1234.50 (a dot before at most two decimals).', field);
  const value = Number(match[2]) * 100 + Number((match[3] ?? '0').padEnd(2, '0'));
  return match[1] ? -value : value;
}

/** Human-readable numbers: P-00042, Q-00007, R-00013. */
export function recordNumber(prefix: 'P' | 'Q' | 'R', id: number): string {
  return `${prefix}-${String(id).padStart(5, '0')}`;
}
