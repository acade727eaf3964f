import { i18n } from '../i18n/i18n';
import { describeUserAgent, userAgentLabel } from './userAgent';

describe('browser lines for people', () => {
  it.each([
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 Edg/130.0',
      'Edge on Windows',
    ],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/130.0 Safari/537.36', 'Chrome on Linux'],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
      'Safari on iOS',
    ],
    ['Mozilla/5.0 (Android 14; Mobile; rv:130.0) Gecko/130.0 Firefox/130.0', 'Firefox on Android'],
    ['curl/8.5.0', 'curl'],
  ])('reads %s as "%s"', (userAgent, label) => {
    expect(userAgentLabel(userAgent, i18n.t)).toBe(label);
  });

  it('keeps an unknown header as it is and names a missing one', () => {
    expect(describeUserAgent('SomeBot/1.0')).toBeNull();
    expect(userAgentLabel('SomeBot/1.0', i18n.t)).toBe('SomeBot/1.0');
    expect(userAgentLabel(null, i18n.t)).toBe('Unknown browser');
  });
});
