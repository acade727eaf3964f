import { Center, Loader } from '@mantine/core';
import { lazy, useEffect, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';
import { whenIdle } from '@portico/ui';
import { loadOtherScreenTexts } from '../i18n/i18n';

/** A page whose code is a chunk of its own: fetched on the first visit, or earlier by `preload` (hover, focus, idle time). */
export interface LazyPage<Props extends object = object> {
  Page: LazyExoticComponent<ComponentType<Props>>;
  preload(): Promise<unknown>;
}

type PropsOf<Component> = Component extends ComponentType<infer Props extends object> ? Props : never;

interface LazyPageOptions {
  /** True for the first screens, whose texts come with the app (i18n.ts); every other page also awaits the other screens' texts. */
  firstScreen?: boolean;
}

/**
 * `lazyPage(() => import('../quotes/QuotesPage'), 'QuotesPage')`: a module's named page as a
 * React.lazy component, rendered once its code and its texts are there. The import starts once,
 * whoever asks first (a preload or the route itself).
 */
export function lazyPage<Module, Name extends keyof Module>(
  load: () => Promise<Module>,
  name: Name & (Module[Name] extends ComponentType<never> ? Name : never),
  { firstScreen = false }: LazyPageOptions = {},
): LazyPage<PropsOf<Module[Name]>> {
  type Page = ComponentType<PropsOf<Module[Name]>>;
  let loading: Promise<Page> | undefined;
  const preload = () =>
    (loading ??= Promise.all([load(), firstScreen ? undefined : loadOtherScreenTexts()]).then(
      ([module]) => module[name] as Page,
      (error: unknown) => {
        // A failed fetch (offline, a new release replaced the chunk) is tried again on the next visit.
        loading = undefined;
        throw error;
      },
    ));
  return { Page: lazy(async () => ({ default: await preload() })), preload };
}

/** Anything that can fetch its code ahead of time. */
export type Preloadable = Pick<LazyPage, 'preload'>;

function preloadAll(pages: readonly Preloadable[]): void {
  for (const page of pages) page.preload().catch(() => undefined);
}

/** Fetches the pages once the browser is idle, so the next click finds them ready. */
export function usePreloadWhenIdle(pages: readonly Preloadable[]): void {
  useEffect(() => whenIdle(() => preloadAll(pages)), [pages]);
}

/** What stands in for a page while its code arrives: announced to screen readers, centred in the page's room. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <Center mih={240} role="status" aria-live="polite">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}
