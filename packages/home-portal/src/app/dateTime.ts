import { fromDateTimeLocalValue, toDateTimeLocalValue } from '@portico/domain';

/**
 * A moment for people, in the browser's language and time zone (the staff member's, not the
 * client's): "12 Mar 2025, 14:05" in en-GB, "Mar 12, 2025, 2:05 PM" in en-US.
 */
export function formatDateTime(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A day for people, without the time: "12 Mar 2025" in en-GB (deadlines and validity in lists). */
export function formatDate(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

/**
 * A moment as `<input type="datetime-local">` shows it, in the browser's time zone like the rest of
 * the Home Portal: "2025-03-12T14:05". Empty for a missing or broken value.
 */
export function toDateTimeInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return toDateTimeLocalValue(date, undefined);
}

/** What a datetime-local input holds, as the ISO moment the API takes; null when it is not a date. */
export function fromDateTimeInput(value: string): string | null {
  return fromDateTimeLocalValue(value, undefined)?.toISOString() ?? null;
}
