import { fromDateTimeLocalValue, toDateTimeLocalValue } from './formatPatterns';

describe('date and time typed in the client’s time zone', () => {
  it('reads a wall-clock time in the client’s zone, not the browser’s', () => {
    expect(fromDateTimeLocalValue('2026-03-05T14:07', 'Europe/Berlin')?.toISOString()).toBe('2026-03-05T13:07:00.000Z');
    expect(fromDateTimeLocalValue('2026-07-05T14:07', 'Europe/Berlin')?.toISOString()).toBe('2026-07-05T12:07:00.000Z');
    expect(fromDateTimeLocalValue('2026-03-05T07:07', 'America/Chicago')?.toISOString()).toBe('2026-03-05T13:07:00.000Z');
  });

  it('takes a time skipped by the clocks going forward as the moment after the change', () => {
    expect(fromDateTimeLocalValue('2026-03-29T02:30', 'Europe/Berlin')?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('refuses what is no date and time', () => {
    expect(fromDateTimeLocalValue('', 'UTC')).toBeNull();
    expect(fromDateTimeLocalValue('2026-02-30T10:00', 'UTC')).toBeNull();
    expect(fromDateTimeLocalValue('2026-03-05', 'UTC')).toBeNull();
  });

  it('writes a moment for the input as the client’s wall clock shows it', () => {
    expect(toDateTimeLocalValue(new Date('2026-03-05T13:07:09Z'), 'Europe/Berlin')).toBe('2026-03-05T14:07');
    expect(toDateTimeLocalValue(new Date('2026-03-05T13:07:09Z'), 'America/Chicago')).toBe('2026-03-05T07:07');
  });
});
