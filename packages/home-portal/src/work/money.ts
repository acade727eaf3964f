/**
 * Amounts of projects and quotes. The API takes and gives decimal strings ("1234.50") in a
 * currency; sums are done in whole cents, as the API does, so the total shown is the one stored.
 */

/** A non-negative amount as the API takes it: up to ten digits and at most two decimals. */
export const AMOUNT = /^\d{1,10}(\.\d{1,2})?$/;

/** An ISO 4217 code's shape; the API refuses anything else. */
export const CURRENCY_CODE = /^[A-Z]{3}$/;

/** Currencies offered first; any other ISO 4217 code can be typed. */
export const suggestedCurrencies: readonly string[] = ['EUR', 'USD', 'GBP', 'CHF', 'PLN', 'SEK', 'NOK', 'DKK', 'CZK', 'JPY', 'CAD', 'AUD'];

/** Whether the browser knows `code` as a currency; true where it cannot tell (older browsers). */
export function isKnownCurrency(code: string): boolean {
  if (typeof Intl.supportedValuesOf !== 'function') return true;
  return Intl.supportedValuesOf('currency').includes(code);
}

/** "1234.5" → 123450 cents; null when it is not an amount the API takes. */
export function toMinorUnits(amount: string): number | null {
  const match = /^(\d{1,10})(?:\.(\d{1,2}))?$/.exec(amount.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}

/** 123450 cents → "1234.50", as the API writes amounts. */
export function fromMinorUnits(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const absolute = Math.abs(minor);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}

/** A price line's amount in cents: quantity × unit price, rounded to the cent (the API's rule). */
export function lineAmountMinor(quantity: number, unitPriceMinor: number): number {
  return Math.round(quantity * unitPriceMinor);
}

/** "€1,234.50" in English; the amount and code side by side when the currency is unknown. */
export function formatMoney(amount: string, currency: string, locale: string): string {
  const value = Number(amount);
  if (!Number.isFinite(value)) return `${amount} ${currency}`;
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
  } catch {
    return `${new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)} ${currency}`;
  }
}
