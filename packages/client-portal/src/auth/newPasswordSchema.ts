import type { PasswordPolicyRules } from '@portico/domain';
import type { TFunction } from 'i18next';
import * as z from 'zod/mini';
import { passwordProblem, passwordProblemMessage } from './passwordRules';

export interface NewPasswordValues {
  password: string;
  repeatPassword: string;
}

/** A new password by the portal's policy, typed twice; `username` is known once signed in, not on a link's page. */
export function newPasswordSchema(t: TFunction, policy: PasswordPolicyRules, username?: string) {
  return z
    .object({
      password: z.string().check(
        z.superRefine((password, context) => {
          const problem = passwordProblem(password, policy, username);
          if (problem) context.addIssue({ code: 'custom', message: passwordProblemMessage(problem, t, policy), input: password });
        }),
      ),
      repeatPassword: z.string(),
    })
    .check(
      z.superRefine((values, context) => {
        if (values.repeatPassword !== values.password) {
          context.addIssue({
            code: 'custom',
            message: t('password.repeatMismatch'),
            path: ['repeatPassword'],
            input: values.repeatPassword,
          });
        }
      }),
    );
}
