import type { TFunction } from 'i18next';
import * as z from 'zod/mini';
import type { ComparedField } from '../kit/useVersionedSave';
import { firstProblem } from '../forms/zodChecks';
import type { ServiceType } from '../gql/graphql';
import { isLanguageCode, normalizeLanguageCode } from './languages';
import { AMOUNT, CURRENCY_CODE, isKnownCurrency } from './money';
import type { WorkFormat } from './useWorkFormat';

/** What a project, quote or request is about, as the forms hold it. */
export interface WorkScopeValues {
  name: string;
  services: ServiceType[];
  sourceLanguage: string;
  targetLanguages: string[];
}

/** The work scope fields the API may name in `extensions.field`. */
export const workScopeFields = ['name', 'services', 'sourceLanguage', 'targetLanguages'] as const;

function nameProblem(name: string, t: TFunction): string | null {
  if (name.trim().length === 0) return t('work.form.nameRequired');
  if (name.trim().length > 200) return t('work.form.nameTooLong');
  return null;
}

function sourceLanguageProblem(code: string, t: TFunction): string | null {
  if (code.trim() === '') return t('work.form.sourceLanguageRequired');
  return isLanguageCode(normalizeLanguageCode(code)) ? null : t('work.form.languageInvalid', { code: code.trim() });
}

/** Why the target languages are refused: none, one that is no code, or one equal to the source. */
export function targetLanguagesProblem(targets: readonly string[], source: string, t: TFunction): string | null {
  if (targets.length === 0) return t('work.form.targetLanguagesRequired');
  const invalid = targets.find((code) => !isLanguageCode(normalizeLanguageCode(code)));
  if (invalid !== undefined) return t('work.form.languageInvalid', { code: invalid });
  const normalizedSource = normalizeLanguageCode(source);
  if (targets.some((code) => normalizeLanguageCode(code) === normalizedSource))
    return t('work.form.targetIsSource', { code: normalizedSource });
  return null;
}

/** The zod shape of the work scope fields, mirroring the API's rules with messages as the user types. */
export function workScopeShape(t: TFunction) {
  return {
    name: z.string().check(firstProblem<string>((name) => nameProblem(name, t))),
    services: z
      .array(z.string())
      .check(firstProblem<string[]>((services) => (services.length === 0 ? t('work.form.servicesRequired') : null))),
    sourceLanguage: z.string().check(firstProblem<string>((code) => sourceLanguageProblem(code, t))),
    // Checked with the source language by `targetLanguagesCheck`, at the level of the whole form.
    targetLanguages: z.array(z.string()),
  };
}

/** The check of the target languages against the source, for a form's schema (`.check(...)`). */
export function targetLanguagesCheck(t: TFunction) {
  return z.superRefine<Pick<WorkScopeValues, 'sourceLanguage' | 'targetLanguages'>>((values, context) => {
    const problem = targetLanguagesProblem(values.targetLanguages, values.sourceLanguage, t);
    if (problem !== null) context.addIssue({ code: 'custom', message: problem, path: ['targetLanguages'], input: values });
  });
}

/** An amount such as 1234.50: required, at most two decimals, not negative. */
export function amountProblem(amount: string, t: TFunction): string | null {
  if (amount.trim() === '') return t('work.form.amountRequired');
  return AMOUNT.test(amount.trim()) ? null : t('work.form.amountInvalid');
}

export function currencyProblem(code: string, t: TFunction): string | null {
  if (code.trim() === '') return t('work.form.currencyRequired');
  if (!CURRENCY_CODE.test(code.trim())) return t('work.form.currencyShape');
  return isKnownCurrency(code.trim()) ? null : t('work.form.currencyUnknown', { code: code.trim() });
}

/** A required moment from a datetime-local input. */
export function dateTimeProblem(value: string, t: TFunction): string | null {
  if (value === '') return t('work.form.dateRequired');
  return Number.isNaN(new Date(value).getTime()) ? t('work.form.dateInvalid') : null;
}

/** The client of a new project or quote: required. */
export function chosenClientSchema(t: TFunction) {
  return z
    .nullable(z.object({ id: z.string(), label: z.string() }))
    .check(firstProblem<{ id: string; label: string } | null>((client) => (client ? null : t('work.form.clientRequired'))));
}

/** The work scope as the API takes it: trimmed, codes cased as the API expects, no target twice. */
export function workScopeInput(values: WorkScopeValues) {
  return {
    name: values.name.trim(),
    services: values.services,
    sourceLanguage: normalizeLanguageCode(values.sourceLanguage),
    targetLanguages: [...new Set(values.targetLanguages.map(normalizeLanguageCode))],
  };
}

export function workScopeValues(record: {
  name: string;
  services: readonly ServiceType[];
  sourceLanguage: string;
  targetLanguages: readonly string[];
}): WorkScopeValues {
  return {
    name: record.name,
    services: [...record.services],
    sourceLanguage: record.sourceLanguage,
    targetLanguages: [...record.targetLanguages],
  };
}

/** The work scope fields as a conflict compares them: what a person reads in each. */
export function workScopeComparedFields<Values extends WorkScopeValues>(t: TFunction, format: WorkFormat): ComparedField<Values>[] {
  return [
    { path: 'name', label: t('work.fields.name'), display: (values) => values.name.trim() },
    {
      path: 'services',
      label: t('work.fields.services'),
      display: (values) => values.services.map((service) => t(`work.services.${service}`)).join(', '),
    },
    { path: 'sourceLanguage', label: t('work.fields.sourceLanguage'), display: (values) => format.language(values.sourceLanguage.trim()) },
    {
      path: 'targetLanguages',
      label: t('work.fields.targetLanguages'),
      display: (values) => values.targetLanguages.map(format.language).join(', '),
    },
  ];
}
