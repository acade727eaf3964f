import { createClientFormatter, noFormatPreferences, type FormatPreferencesValues } from './clientFormatter';
import { datePatternProblem, timePatternProblem } from '@portico/domain';

// Thursday 5 March 2026, 13:07:09 UTC: 14:07 in Berlin, 07:07 in Chicago (both still on winter time).
const moment = '2026-03-05T13:07:09.000Z';

function formatter(preferences: Partial<FormatPreferencesValues>, language: 'EN' | 'DE' | 'FR' | 'ES' | 'PL' = 'EN') {
  return createClientFormatter({ ...noFormatPreferences, ...preferences }, language);
}

describe('dates in the client’s pattern', () => {
  it.each([
    ['dd.MM.yyyy', '05.03.2026'],
    ['d.M.yy', '5.3.26'],
    ['MM/dd/yyyy', '03/05/2026'],
    ['yyyy-MM-dd', '2026-03-05'],
    ['d MMM yyyy', '5 Mar 2026'],
  ])('writes %s as %s', (dateFormat, expected) => {
    expect(formatter({ dateFormat, timeZone: 'Europe/Berlin' }).date(moment)).toBe(expected);
  });

  it('names the month (MMM) in the client’s language', () => {
    expect(formatter({ dateFormat: 'd MMM yyyy', timeZone: 'UTC' }, 'DE').date(moment)).toBe('5 Mär 2026');
    expect(formatter({ dateFormat: 'dd MMM yyyy', timeZone: 'UTC' }, 'PL').date('2026-12-24T12:00:00Z')).toBe('24 gru 2026');
  });

  it('takes the calendar day of the client’s time zone, not the browser’s', () => {
    const lateEvening = '2026-03-05T23:30:00.000Z';
    expect(formatter({ dateFormat: 'dd.MM.yyyy', timeZone: 'Europe/Warsaw' }).date(lateEvening)).toBe('06.03.2026');
    expect(formatter({ dateFormat: 'dd.MM.yyyy', timeZone: 'America/Chicago' }).date(lateEvening)).toBe('05.03.2026');
  });

  it('falls back to the language’s own order of day, month and year', () => {
    expect(formatter({ timeZone: 'UTC' }, 'EN').date(moment)).toBe('03/05/2026');
    expect(formatter({ timeZone: 'UTC' }, 'DE').date(moment)).toBe('05.03.2026');
    expect(formatter({ timeZone: 'UTC' }, 'FR').date(moment)).toBe('05/03/2026');
    expect(formatter({ timeZone: 'UTC' }, 'PL').date(moment)).toBe('05.03.2026');
  });
});

describe('times in the client’s pattern', () => {
  it.each([
    ['HH:mm', 'Europe/Berlin', '14:07'],
    ['HH:mm:ss', 'Europe/Berlin', '14:07:09'],
    ['h:mm a', 'Europe/Berlin', '2:07 PM'],
    ['hh:mm a', 'America/Chicago', '07:07 AM'],
    ['H.mm', 'America/Chicago', '7.07'],
  ])('writes %s in %s as %s', (timeFormat, timeZone, expected) => {
    expect(formatter({ timeFormat, timeZone }).time(moment)).toBe(expected);
  });

  it('writes midnight and noon as 12 on the 12-hour clock', () => {
    const atMidnight = formatter({ timeFormat: 'h:mm a', timeZone: 'UTC' });
    expect(atMidnight.time('2026-03-05T00:05:00Z')).toBe('12:05 AM');
    expect(atMidnight.time('2026-03-05T12:05:00Z')).toBe('12:05 PM');
    expect(formatter({ timeFormat: 'H:mm', timeZone: 'UTC' }).time('2026-03-05T00:05:00Z')).toBe('0:05');
  });

  it('falls back to the language’s clock', () => {
    expect(formatter({ timeZone: 'UTC' }, 'DE').time(moment)).toBe('13:07');
    expect(formatter({ timeZone: 'UTC' }, 'EN').time(moment)).toMatch(/^1:07\sPM$/);
  });

  it('writes date and time together', () => {
    expect(formatter({ dateFormat: 'MM/dd/yyyy', timeFormat: 'h:mm a', timeZone: 'America/Chicago' }).dateTime(moment)).toBe(
      '03/05/2026 7:07 AM',
    );
  });

  it('uses the browser’s time zone while the client has none', () => {
    const browserZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    const withoutZone = formatter({ timeFormat: 'HH:mm' });
    expect(withoutZone.timeZone).toBe(browserZone);
    expect(withoutZone.time(moment)).toBe(formatter({ timeFormat: 'HH:mm', timeZone: browserZone }).time(moment));
  });
});

describe('numbers with the client’s separators', () => {
  it('follows the language while no separator is chosen', () => {
    expect(formatter({}, 'EN').number(1234567.891, 2)).toBe('1,234,567.89');
    expect(formatter({}, 'DE').number(1234567.891, 2)).toBe('1.234.567,89');
    expect(formatter({}, 'EN').number(1234.5)).toBe('1,234.5');
  });

  it('uses the chosen separators', () => {
    expect(formatter({ decimalSeparator: ',', thousandsSeparator: ' ' }).number(1234567.891, 2)).toBe('1 234 567,89');
    expect(formatter({ decimalSeparator: '.', thousandsSeparator: "'" }).number(-9876543.2, 2)).toBe("-9'876'543.20");
    expect(formatter({ decimalSeparator: ',', thousandsSeparator: '' }).number(1234567.891, 2)).toBe('1234567,89');
    expect(formatter({ decimalSeparator: ',', thousandsSeparator: '.' }).number(999)).toBe('999');
  });

  it('keeps the language’s other separator unless it is the one chosen', () => {
    // English groups with ","; with "," as the decimal separator it groups with "." instead.
    expect(formatter({ decimalSeparator: ',' }, 'EN').number(1234567.5, 1)).toBe('1.234.567,5');
    expect(formatter({ thousandsSeparator: ' ' }, 'EN').number(1234567.5, 1)).toBe('1 234 567.5');
  });

  it('writes no minus sign for a value that rounds to zero', () => {
    expect(formatter({ decimalSeparator: ',', thousandsSeparator: '.' }).number(-0.001, 2)).toBe('0,00');
  });
});

describe('first day of the week', () => {
  it('is the client’s choice, else the language’s', () => {
    expect(formatter({ firstDayOfWeek: 'SATURDAY' }, 'DE').firstDayOfWeek).toBe('SATURDAY');
    expect(formatter({}, 'EN').firstDayOfWeek).toBe('SUNDAY');
    expect(formatter({}, 'PL').firstDayOfWeek).toBe('MONDAY');
  });
});

describe('pattern rules (the same as the API’s)', () => {
  it.each([
    ['dd.MM.yyyy', null],
    ['d MMM yy', null],
    ['dd.MM', 'MISSING_PART'],
    ['dd.mm.yyyy', 'UNKNOWN_TOKEN'],
    ['dd.MM.yyyy dd.MM.yyyy', 'TOO_LONG'],
  ])('date pattern %s → %s', (pattern, problem) => {
    expect(datePatternProblem(pattern)).toBe(problem);
  });

  it.each([
    ['HH:mm', null],
    ['h:mm a', null],
    ['HH', 'MINUTES'],
    ['h:mm', 'AM_PM'],
    ['HH:mm a', 'AM_PM'],
    ['H:h:mm a', 'HOUR'],
    ['HH:mm z', 'UNKNOWN_TOKEN'],
  ])('time pattern %s → %s', (pattern, problem) => {
    expect(timePatternProblem(pattern)).toBe(problem);
  });
});

describe('amounts of money', () => {
  it('writes the exact amount with the language’s currency sign and place', () => {
    expect(formatter({}, 'EN').money({ amount: '1234.50', currency: 'USD' })).toBe('$1,234.50');
    expect(formatter({}, 'DE').money({ amount: '1234.50', currency: 'EUR' }).replace(/\s/g, ' ')).toBe('1.234,50 €');
    expect(formatter({}, 'EN').money({ amount: '1234.50', currency: 'EUR' })).toBe('€1,234.50');
    expect(formatter({}, 'EN').money({ amount: '0.13', currency: 'PLN' }).replace(/\s/g, ' ')).toBe('PLN 0.13');
  });

  it('uses the client’s own separators around the currency', () => {
    expect(formatter({ decimalSeparator: ',', thousandsSeparator: '.' }, 'EN').money({ amount: '1234567.89', currency: 'USD' })).toBe(
      '$1.234.567,89',
    );
    expect(
      formatter({ decimalSeparator: '.', thousandsSeparator: "'" }, 'DE').money({ amount: '-1234.5', currency: 'CHF' }).replace(/\s/g, ' '),
    ).toBe("-1'234.50 CHF");
  });

  it('keeps a code it does not know as sent', () => {
    expect(formatter({}, 'EN').money({ amount: '12.00', currency: 'XBT1' })).toBe('12.00 XBT1');
  });
});

describe('file sizes and durations', () => {
  it('writes file sizes in the language’s units with the client’s separators', () => {
    expect(formatter({}, 'EN').fileSize(900)).toBe('900 bytes');
    expect(formatter({}, 'EN').fileSize(1)).toBe('1 byte');
    expect(formatter({}, 'EN').fileSize(250_000)).toBe('244 kB');
    expect(formatter({ decimalSeparator: ',', thousandsSeparator: '.' }, 'EN').fileSize(1_572_864)).toBe('1,5 MB');
    expect(formatter({}, 'FR').fileSize(1_572_864).replace(/\s/g, ' ')).toBe('1,5 Mo');
  });

  it('writes how long something lasted in hours and minutes', () => {
    expect(formatter({}, 'EN').duration(20_000)).toBe('1 min');
    expect(formatter({}, 'EN').duration(65 * 60_000)).toBe('1 hr 5 min');
    expect(formatter({}, 'DE').duration(120 * 60_000)).toBe('2 Std.');
  });
});
