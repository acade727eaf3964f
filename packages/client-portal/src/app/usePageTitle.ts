import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useBranding } from '../branding/brandingContext';

/** The id of each page's one `<h1>`, where focus goes after a page change. */
export const PAGE_HEADING_ID = 'page-heading';

/** The tab's title for a page: "Projects · Polyglot Partners Client Portal" (in the portal's language). */
export function usePageTitle(page: string | null): void {
  const { t } = useTranslation();
  const { portalName } = useBranding();
  useEffect(() => {
    document.title = page ? t('app.documentTitle', { page, portal: portalName }) : portalName;
  }, [page, portalName, t]);
}

let headingFocusPending = false;
let navigatedAt = 0;

/** Called by the page outlet when the address's path changes: the next page heading to appear takes focus. */
export function announceNavigation(): void {
  headingFocusPending = true;
  navigatedAt = Date.now();
}

/**
 * Moves focus to a page's heading when it arrives after a page change, so keyboard and screen reader
 * users start on the new page rather than on `<body>`. A heading replaced while the page loads
 * (loading state, then the record) takes focus again if focus fell to `<body>` meanwhile, never
 * from a control the person has moved to.
 */
export function useFocusOnArrival(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const heading = ref.current;
    if (!heading) return;
    const focusFell = !document.activeElement || document.activeElement === document.body;
    if (headingFocusPending || (focusFell && Date.now() - navigatedAt < 10_000)) {
      headingFocusPending = false;
      heading.focus({ preventScroll: true });
    }
  }, [ref]);
}

/** `ref` and props for a page's `<h1>`: its id, focusable by script only, focused on arrival. */
export function usePageHeading<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useFocusOnArrival(ref);
  return { ref, id: PAGE_HEADING_ID, tabIndex: -1 } as const;
}
