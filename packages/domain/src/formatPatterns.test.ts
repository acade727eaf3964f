import {
  datePatternProblem,
  formatDatePattern,
  formatNumberWithSeparators,
  formatTimePattern,
  momentParts,
  timePatternProblem,
} from './formatPatterns';

// 5 March 2025, 14:07:09 UTC; 3 January 2025, 00:30:00 UTC.
const afternoon = new Date(Date.UTC(2025, 2, 5, 14, 7, 9));
const justAfterMidnight = new Date(Date.UTC(2025, 0, 3, 0, 30, 0));
const utc = { timeZone: 'UTC', locale: 'en' };

describe('date patterns', () => {
  it.each([
    ['dd.MM.yyyy', '05.03.2025'],
    ['d.M.yy', '5.3.25'],
    ['MM/dd/yyyy', '03/05/2025'],
    ['yyyy-MM-dd', '2025-03-05'],
    ['d MMM yyyy', '5 Mar 2025'],
  ])('renders %s as %s', (pattern, expected) => {
    expect(formatDatePattern(afternoon, pattern, utc)).toBe(expected);
  });

  it('writes short month names in the given language', () => {
    const germanMarch = new Intl.DateTimeFormat('de', { month: 'short', timeZone: 'UTC' }).format(afternoon);
    expect(germanMarch).toMatch(/^Mär/);
    expect(formatDatePattern(afternoon, 'd MMM yyyy', { timeZone: 'UTC', locale: 'de' })).toBe(`5 ${germanMarch} 2025`);
  });

  it('shows the date of the chosen time zone, not of the browser', () => {
    const lateInNewYork = new Date(Date.UTC(2025, 2, 6, 2, 0, 0));
    expect(formatDatePattern(lateInNewYork, 'dd.MM.yyyy', { timeZone: 'America/New_York' })).toBe('05.03.2025');
  });

  it('accepts what the API accepts and names what it would refuse', () => {
    expect(datePatternProblem('dd.MM.yyyy')).toBeNull();
    expect(datePatternProblem('d MMM yy')).toBeNull();
    expect(datePatternProblem('dd_MM_yyyy')).toBe('UNKNOWN_TOKEN');
    expect(datePatternProblem('DD.MM.YYYY')).toBe('UNKNOWN_TOKEN');
    expect(datePatternProblem('dd.MM')).toBe('MISSING_PART');
    expect(datePatternProblem('dd.MM.yyyy dd.MM.yyyy')).toBe('TOO_LONG');
  });
});

describe('time patterns', () => {
  it.each([
    ['HH:mm', '14:07'],
    ['H:mm:ss', '14:07:09'],
    ['h:mm a', '2:07 PM'],
    ['hh.mm a', '02.07 PM'],
  ])('renders %s as %s', (pattern, expected) => {
    expect(formatTimePattern(afternoon, pattern, utc)).toBe(expected);
  });

  it('shows half past midnight as 00:30 and as 12:30 AM', () => {
    expect(formatTimePattern(justAfterMidnight, 'HH:mm', utc)).toBe('00:30');
    expect(formatTimePattern(justAfterMidnight, 'h:mm a', utc)).toBe('12:30 AM');
  });

  it('names what the API would refuse', () => {
    expect(timePatternProblem('HH:mm')).toBeNull();
    expect(timePatternProblem('h:mm a')).toBeNull();
    expect(timePatternProblem('HH-mm')).toBe('UNKNOWN_TOKEN');
    expect(timePatternProblem('mm:ss')).toBe('HOUR');
    expect(timePatternProblem('HH:hh:mm')).toBe('HOUR');
    expect(timePatternProblem('HH')).toBe('MINUTES');
    expect(timePatternProblem('h:mm')).toBe('AM_PM');
    expect(timePatternProblem('HH:mm a')).toBe('AM_PM');
  });
});

describe('numbers', () => {
  it.each([
    ['.', ',', '1,234,567.89'],
    [',', '.', '1.234.567,89'],
    [',', ' ', '1 234 567,89'],
    ['.', "'", "1'234'567.89"],
    ['.', '', '1234567.89'],
  ])('renders 1234567.89 with decimal %j and thousands %j as %s', (decimal, thousands, expected) => {
    expect(formatNumberWithSeparators(1234567.89, decimal, thousands)).toBe(expected);
  });

  it('groups only whole thousands and keeps the sign', () => {
    expect(formatNumberWithSeparators(999.5, ',', '.')).toBe('999,50');
    expect(formatNumberWithSeparators(-1000, '.', ',')).toBe('-1,000.00');
  });
});

it('reads a moment in a time zone', () => {
  expect(momentParts(afternoon, 'Europe/Warsaw')).toEqual({ year: 2025, month: 3, day: 5, hour: 15, minute: 7, second: 9 });
});
