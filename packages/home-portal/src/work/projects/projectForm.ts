import type { TFunction } from 'i18next';
import * as z from 'zod/mini';
import { fromDateTimeInput, toDateTimeInput } from '../../app/dateTime';
import { firstProblem } from '../../forms/zodChecks';
import type { CatTool } from '../../gql/graphql';
import type { ProjectDetailFragment } from './projects.generated';
import {
  amountProblem,
  currencyProblem,
  dateTimeProblem,
  targetLanguagesCheck,
  workScopeFields,
  workScopeInput,
  workScopeShape,
  workScopeValues,
  type WorkScopeValues,
} from '../workScope';

/** A project's editable fields as the forms hold them; the deadline as a datetime-local input writes it. */
export interface ProjectValues extends WorkScopeValues {
  deadline: string;
  totalCost: string;
  currency: string;
  catTool: CatTool | null;
}

/** The project fields the API may name in `extensions.field`. */
export const projectFields = [...workScopeFields, 'deadline', 'totalCost', 'currency', 'catTool'] as const;

/** The shape of a project's fields; the new project form adds the client. */
export function projectShape(t: TFunction) {
  return {
    ...workScopeShape(t),
    deadline: z.string().check(firstProblem<string>((value) => dateTimeProblem(value, t))),
    totalCost: z.string().check(firstProblem<string>((amount) => amountProblem(amount, t))),
    currency: z.string().check(firstProblem<string>((code) => currencyProblem(code, t))),
    catTool: z.nullable(z.string()),
  };
}

export function projectSchema(t: TFunction) {
  return z.object(projectShape(t)).check(targetLanguagesCheck(t));
}

export function projectValues(project: ProjectDetailFragment): ProjectValues {
  return {
    ...workScopeValues(project),
    deadline: toDateTimeInput(project.deadline),
    totalCost: project.totalCost.amount,
    currency: project.totalCost.currency,
    catTool: project.catTool,
  };
}

/** The fields as the API takes them (valid values only: the schema ran first). */
export function projectInput(values: ProjectValues) {
  return {
    ...workScopeInput(values),
    deadline: fromDateTimeInput(values.deadline) ?? values.deadline,
    totalCost: values.totalCost.trim(),
    currency: values.currency.trim(),
    catTool: values.catTool,
  };
}
