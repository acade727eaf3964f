import { formatMoney, fromMinorUnits, isKnownCurrency, lineAmountMinor, toMinorUnits } from './money';

describe('amounts', () => {
  it('reads amounts as the API takes them, in cents, and writes them back', () => {
    expect(toMinorUnits('1234.5')).toBe(123450);
    expect(toMinorUnits('0.12')).toBe(12);
    expect(toMinorUnits('12')).toBe(1200);
    expect(toMinorUnits('1.234')).toBeNull();
    expect(toMinorUnits('1,50')).toBeNull();
    expect(toMinorUnits('-3')).toBeNull();
    expect(fromMinorUnits(123450)).toBe('1234.50');
    expect(fromMinorUnits(5)).toBe('0.05');
  });

  it('rounds a line amount to the cent, like the API', () => {
    expect(lineAmountMinor(1.5, 4555)).toBe(6833);
    expect(lineAmountMinor(2400, 12)).toBe(28800);
  });

  it('formats amounts in the given language, and copes with an unknown currency', () => {
    expect(formatMoney('1234.50', 'EUR', 'en')).toBe('€1,234.50');
    expect(formatMoney('1234.50', 'EUR', 'de')).toBe('1.234,50\u00a0€');
    expect(formatMoney('10.00', 'XYZ', 'en')).toMatch(/10\.00/);
    expect(isKnownCurrency('PLN')).toBe(true);
    expect(isKnownCurrency('ABC')).toBe(false);
  });
});
