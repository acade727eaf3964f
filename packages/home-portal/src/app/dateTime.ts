/**
 * A moment for people, in the browser's language and time zone (the staff member's, not the
 * client's): "12 Mar 2025, 14:05" in en-GB, "Mar 12, 2025, 2:05 PM" in en-US.
 */
export function formatDateTime(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
