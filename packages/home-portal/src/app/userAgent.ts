import type { TFunction } from 'i18next';

const browsers: ReadonlyArray<[RegExp, string]> = [
  [/Edg\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/Firefox\//, 'Firefox'],
  [/Chrome\/|Chromium\/|CriOS\//, 'Chrome'],
  [/Safari\//, 'Safari'],
  [/curl\//, 'curl'],
];

const systems: ReadonlyArray<[RegExp, string]> = [
  [/Android/, 'Android'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

/**
 * "Firefox on Windows" from a User-Agent header, for lists people read; the full header stays
 * available beside it. Null when neither the browser nor the system is recognised.
 */
export function describeUserAgent(userAgent: string | null | undefined): { browser: string | null; system: string | null } | null {
  if (!userAgent) return null;
  const browser = browsers.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
  const system = systems.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
  if (!browser && !system) return null;
  return { browser, system };
}

/** The browser line for people: "Firefox on Windows", "Chrome", or the raw header when unknown. */
export function userAgentLabel(userAgent: string | null | undefined, t: TFunction): string {
  const described = describeUserAgent(userAgent);
  if (!described) return userAgent ?? t('userAgent.unknown');
  if (described.browser && described.system)
    return t('userAgent.browserOnSystem', { browser: described.browser, system: described.system });
  return described.browser ?? described.system ?? t('userAgent.unknown');
}
