import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import {
  NavigationType,
  parsePath,
  unstable_HistoryRouter as HistoryRouter,
  type HistoryRouterProps,
  type Path,
  type To,
} from 'react-router';

/** React Router's history (browser or memory), which it does not export by name. */
type History = HistoryRouterProps['history'];

/** Says whether leaving `currentLocation` for `nextLocation` has to be confirmed first. */
export type ShouldBlock = (move: { currentLocation: Path; nextLocation: Path }) => boolean;

/** A navigation held back until the person confirms (`proceed`) or stays (`reset`); like React Router's data-router blocker. */
export interface Blocker {
  state: 'unblocked' | 'blocked';
  proceed(): void;
  reset(): void;
}

/** A browser or memory history whose navigations, the Back and Forward buttons included, can be held for a question. */
export interface GuardedHistory extends History {
  /** Sets the one rule that holds navigations (a form with unsaved changes); returns what removes it. */
  guard: (shouldBlock: ShouldBlock) => () => void;
  /** Whether a navigation is being held; `subscribe` tells when that changes. */
  isBlocked: () => boolean;
  subscribe: (onChange: () => void) => () => void;
  proceed: () => void;
  reset: () => void;
}

/**
 * Wraps `history` (React Router's own, with `v5Compat` so it tells its listener about every move) so that
 * the declarative router can ask before leaving a page, which React Router offers only with its data
 * router (twice the code). A push or replace is held before it happens; Back and Forward have already
 * moved the address when the browser says so, so the move is undone at once and redone on `proceed`.
 */
export function createGuardedHistory(history: History): GuardedHistory {
  let shouldBlock: ShouldBlock | undefined;
  let held: (() => void) | undefined;
  // The history moves this wrapper makes itself: undoing a held Back or Forward is kept from the router,
  // redoing it on proceed is let through unasked.
  let nextPop: 'hide' | 'pass' | undefined;
  const subscribers = new Set<() => void>();

  const hold = (move: () => void) => {
    held = move;
    for (const notify of subscribers) notify();
  };
  const blocks = (to: To, currentLocation: Path = history.location) => {
    const nextLocation = { ...currentLocation, search: '', hash: '', ...(typeof to === 'string' ? parsePath(to) : to) };
    return shouldBlock?.({ currentLocation, nextLocation }) ?? false;
  };
  const attempt = (to: To, move: () => void) => (blocks(to) ? hold(move) : move());
  const release = (then?: () => void) => {
    held = undefined;
    for (const notify of subscribers) notify();
    then?.();
  };

  return {
    get action() {
      return history.action;
    },
    get location() {
      return history.location;
    },
    createHref: (to) => history.createHref(to),
    createURL: (to) => history.createURL(to),
    encodeLocation: (to) => history.encodeLocation(to),
    push: (to, state) => attempt(to, () => history.push(to, state)),
    replace: (to, state) => attempt(to, () => history.replace(to, state)),
    go: (delta) => history.go(delta),
    listen(listener) {
      // Where the router is: by the time Back or Forward is heard of, the history is already elsewhere.
      let shown: Path = history.location;
      return history.listen((update) => {
        const pass = () => {
          shown = update.location;
          listener(update);
        };
        if (update.action !== NavigationType.Pop) return pass();
        const pop = nextPop;
        nextPop = undefined;
        if (pop === 'hide') return;
        const { delta } = update;
        if (pop !== 'pass' && delta && blocks(update.location, shown)) {
          nextPop = 'hide';
          history.go(-delta);
          hold(() => {
            nextPop = 'pass';
            history.go(delta);
          });
          return;
        }
        pass();
      });
    },
    guard: (rule) => {
      shouldBlock = rule;
      return () => {
        if (shouldBlock === rule) shouldBlock = undefined;
      };
    },
    isBlocked: () => held !== undefined,
    subscribe: (onChange) => {
      subscribers.add(onChange);
      return () => subscribers.delete(onChange);
    },
    proceed: () => release(held),
    reset: () => release(),
  };
}

const GuardedHistoryContext = createContext<GuardedHistory | null>(null);

/** React Router (declarative mode) on a guarded history, which useBlocker below then holds navigations of. */
export function GuardedRouter({ history, basename, children }: { history: GuardedHistory; basename?: string; children: ReactNode }) {
  return (
    <HistoryRouter history={history} basename={basename}>
      <GuardedHistoryContext.Provider value={history}>{children}</GuardedHistoryContext.Provider>
    </HistoryRouter>
  );
}

/** Holds every navigation `shouldBlock` says must be confirmed (at most one such rule in the app; see UnsavedChangesGuard). */
export function useBlocker(shouldBlock: ShouldBlock): Blocker {
  const history = useContext(GuardedHistoryContext);
  if (!history) throw new Error('useBlocker needs a GuardedRouter (fullApp and renderWithProviders use one).');
  useEffect(() => history.guard(shouldBlock), [history, shouldBlock]);
  const blocked = useSyncExternalStore(history.subscribe, history.isBlocked);
  return { state: blocked ? 'blocked' : 'unblocked', proceed: history.proceed, reset: history.reset };
}
