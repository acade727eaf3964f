import { randomId } from '@mantine/hooks';
import type { TFunction } from 'i18next';
import * as z from 'zod/mini';
import { fromDateTimeInput, toDateTimeInput } from '../../app/dateTime';
import { firstProblem } from '../../forms/zodChecks';
import type { PriceUnit, ServiceType } from '../../gql/graphql';
import type { QuoteDetailFragment } from './quotes.generated';
import { lineAmountMinor, toMinorUnits } from '../money';
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

/** One price line as the form holds it; `key` only tells React which row is which. */
export interface PriceLineValues {
  key: string;
  description: string;
  /** A service code, or '' for a line of its own (then the description names it). */
  service: ServiceType | '';
  quantity: string;
  unit: PriceUnit | '';
  unitPrice: string;
}

/** A quote's terms as the forms hold them; dates as datetime-local inputs write them. */
export interface QuoteValues extends WorkScopeValues {
  currency: string;
  lines: PriceLineValues[];
  validUntil: string;
  proposedDeadline: string;
}

/** The API's limits for a price line. */
const DESCRIPTION_MAX = 200;
const QUANTITY_MAX = 1e7;

/** The quote fields the API may name in `extensions.field`, with those of each line (`lines.2.unitPrice`). */
export function quoteFields(lineCount: number): string[] {
  const lineFields = Array.from({ length: lineCount }, (_, index) =>
    ['description', 'service', 'quantity', 'unit', 'unitPrice'].map((field) => `lines.${index}.${field}`),
  ).flat();
  return [...workScopeFields, 'currency', 'validUntil', 'proposedDeadline', 'lines', ...lineFields];
}

export function emptyPriceLine(): PriceLineValues {
  return { key: randomId(), description: '', service: '', quantity: '', unit: '', unitPrice: '' };
}

/** A quantity such as 2400 or 1.5; null when it is not a positive number the API takes. */
export function parseQuantity(quantity: string): number | null {
  if (!/^\d+(\.\d+)?$/.test(quantity.trim())) return null;
  const value = Number(quantity.trim());
  return value > 0 && value <= QUANTITY_MAX ? value : null;
}

/** A line's amount in cents, or null while its quantity or unit price is not a valid number. */
export function lineAmount(line: Pick<PriceLineValues, 'quantity' | 'unitPrice'>): number | null {
  const quantity = parseQuantity(line.quantity);
  const unitPrice = toMinorUnits(line.unitPrice);
  return quantity === null || unitPrice === null ? null : lineAmountMinor(quantity, unitPrice);
}

/** The sum of the lines that can be computed, in cents. */
export function totalAmount(lines: readonly Pick<PriceLineValues, 'quantity' | 'unitPrice'>[]): number {
  return lines.reduce((sum, line) => sum + (lineAmount(line) ?? 0), 0);
}

/** The shape of a quote's terms; the new quote form adds the client. */
export function quoteShape(t: TFunction) {
  const priceLine = z.object({
    key: z.string(),
    // Required only without a service: the API says so (LINE_UNNAMED) next to the description.
    description: z
      .string()
      .check(
        firstProblem<string>((description) =>
          description.trim().length > DESCRIPTION_MAX ? t('quotes.lines.descriptionTooLong', { max: DESCRIPTION_MAX }) : null,
        ),
      ),
    service: z.string(),
    quantity: z
      .string()
      .check(firstProblem<string>((quantity) => (parseQuantity(quantity) === null ? t('quotes.lines.quantityInvalid') : null))),
    unit: z.string().check(firstProblem<string>((unit) => (unit === '' ? t('quotes.lines.unitRequired') : null))),
    unitPrice: z.string().check(firstProblem<string>((amount) => amountProblem(amount, t))),
  });
  return {
    ...workScopeShape(t),
    currency: z.string().check(firstProblem<string>((code) => currencyProblem(code, t))),
    lines: z.array(priceLine).check(firstProblem<unknown[]>((lines) => (lines.length === 0 ? t('quotes.lines.required') : null))),
    validUntil: z.string().check(
      firstProblem<string>((value) => {
        const problem = dateTimeProblem(value, t);
        if (problem) return problem;
        // The API refuses a validity that has already ended (its clock decides; this only warns early).
        return new Date(value).getTime() < Date.now() ? t('quotes.form.validUntilPast') : null;
      }),
    ),
    proposedDeadline: z.string().check(firstProblem<string>((value) => dateTimeProblem(value, t))),
  };
}

export function quoteSchema(t: TFunction) {
  return z.object(quoteShape(t)).check(targetLanguagesCheck(t));
}

export function quoteValues(quote: QuoteDetailFragment): QuoteValues {
  return {
    ...workScopeValues(quote),
    currency: quote.total.currency,
    lines: quote.lines.map((line, index) => ({
      key: `stored-${index}`,
      description: line.description,
      service: line.service ?? '',
      quantity: String(line.quantity),
      unit: line.unit,
      unitPrice: line.unitPrice.amount,
    })),
    validUntil: toDateTimeInput(quote.validUntil),
    proposedDeadline: toDateTimeInput(quote.proposedDeadline),
  };
}

/** The terms as the API takes them (valid values only: the schema ran first). */
export function quoteInput(values: QuoteValues) {
  return {
    ...workScopeInput(values),
    currency: values.currency.trim(),
    lines: values.lines.map((line) => ({
      description: line.description.trim(),
      service: line.service || null,
      quantity: parseQuantity(line.quantity) ?? 0,
      // The schema ran first: a unit was chosen.
      unit: line.unit as PriceUnit,
      unitPrice: line.unitPrice.trim(),
    })),
    validUntil: fromDateTimeInput(values.validUntil) ?? values.validUntil,
    proposedDeadline: fromDateTimeInput(values.proposedDeadline) ?? values.proposedDeadline,
  };
}
