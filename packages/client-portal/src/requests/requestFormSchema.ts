import type { TFunction } from 'i18next';
import * as z from 'zod/mini';
import { fromDateTimeLocalValue } from '@portico/domain';
import type { RequestKind, ServiceType } from '../gql/graphql';
import { LANGUAGE_CODE } from '../work/languageCodes';

export const serviceTypes: readonly ServiceType[] = [
  'TRANSLATION',
  'PROOFREADING',
  'MACHINE_TRANSLATION_POST_EDITING',
  'LOCALIZATION',
  'TRANSCREATION',
  'DTP',
  'SUBTITLING',
  'INTERPRETING',
];
export const requestKinds: readonly RequestKind[] = ['QUOTE', 'PROJECT'];

/** The API's limits for a request. */
export const REQUEST_NAME_MAX = 200;
export const INSTRUCTIONS_MAX = 4000;

export interface RequestFormValues {
  kind: RequestKind;
  name: string;
  services: string[];
  sourceLanguage: string | null;
  targetLanguages: string[];
  /** As `<input type="datetime-local">` writes it, in the client's time zone: "2026-03-05T14:00". */
  deadline: string;
  instructions: string;
}

export const emptyRequest: RequestFormValues = {
  kind: 'QUOTE',
  name: '',
  services: [],
  sourceLanguage: null,
  targetLanguages: [],
  deadline: '',
  instructions: '',
};

/**
 * The API's rules for a new request, checked as the client types: a name, at least one service, a
 * source language and at least one other target language, a deadline in the future (read in the
 * client's time zone), instructions within 4,000 characters.
 */
export function requestFormSchema(t: TFunction, timeZone: string, now: () => Date = () => new Date()) {
  return z
    .object({
      kind: z.string(),
      name: z.string().check(
        z.superRefine((name, context) => {
          const length = name.trim().length;
          if (length === 0) context.addIssue({ code: 'custom', message: t('requests.form.nameRequired'), input: name });
          else if (length > REQUEST_NAME_MAX)
            context.addIssue({ code: 'custom', message: t('requests.form.nameTooLong', { max: REQUEST_NAME_MAX }), input: name });
        }),
      ),
      services: z.array(z.string()).check(z.minLength(1, t('requests.form.servicesRequired'))),
      sourceLanguage: z
        .nullable(z.string())
        .check(z.refine((code) => code !== null && LANGUAGE_CODE.test(code), t('requests.form.sourceLanguageRequired'))),
      targetLanguages: z.array(z.string()).check(z.minLength(1, t('requests.form.targetLanguagesRequired'))),
      deadline: z.string().check(
        z.superRefine((deadline, context) => {
          if (deadline.trim() === '')
            return context.addIssue({ code: 'custom', message: t('requests.form.deadlineRequired'), input: deadline });
          const moment = fromDateTimeLocalValue(deadline, timeZone);
          if (!moment) return context.addIssue({ code: 'custom', message: t('requests.form.deadlineInvalid'), input: deadline });
          if (moment.getTime() <= now().getTime())
            context.addIssue({ code: 'custom', message: t('requests.form.deadlineInPast'), input: deadline });
        }),
      ),
      instructions: z
        .string()
        .check(
          z.refine((text) => text.trim().length <= INSTRUCTIONS_MAX, t('requests.form.instructionsTooLong', { max: INSTRUCTIONS_MAX })),
        ),
    })
    .check(
      z.superRefine((values, context) => {
        if (values.sourceLanguage && values.targetLanguages.includes(values.sourceLanguage)) {
          context.addIssue({
            code: 'custom',
            message: t('requests.form.targetEqualsSource'),
            path: ['targetLanguages'],
            input: values.targetLanguages,
          });
        }
      }),
    );
}
