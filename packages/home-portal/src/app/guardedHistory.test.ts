import { UNSAFE_createMemoryHistory } from 'react-router';
import { createGuardedHistory } from './guardedHistory';

/** A history at /form, reached from /list, whose listener records where the router is told it went. */
function historyOnAForm() {
  const history = createGuardedHistory(UNSAFE_createMemoryHistory({ initialEntries: ['/list', '/form'], initialIndex: 1, v5Compat: true }));
  const routerSaw: string[] = [];
  history.listen(({ location }) => routerSaw.push(location.pathname));
  history.guard(({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname);
  return { history, routerSaw };
}

describe('the guarded history', () => {
  it('holds a push that the rule blocks until proceed, and drops it on reset', () => {
    const { history, routerSaw } = historyOnAForm();
    history.push('/elsewhere');
    expect(history.isBlocked()).toBe(true);
    expect(history.location.pathname).toBe('/form');
    history.reset();
    expect(history.isBlocked()).toBe(false);
    expect(history.location.pathname).toBe('/form');

    history.push('/elsewhere');
    history.proceed();
    expect(history.location.pathname).toBe('/elsewhere');
    expect(routerSaw).toEqual(['/elsewhere']);
  });

  it('lets through what the rule allows, such as a new query string', () => {
    const { history } = historyOnAForm();
    history.replace('/form?page=2');
    expect(history.isBlocked()).toBe(false);
    expect(history.location.search).toBe('?page=2');
  });

  it('undoes a Back that the rule blocks without telling the router, and redoes it on proceed', () => {
    const { history, routerSaw } = historyOnAForm();
    history.go(-1);
    expect(history.isBlocked()).toBe(true);
    expect(history.location.pathname).toBe('/form');
    expect(routerSaw).toEqual([]);

    history.proceed();
    expect(history.location.pathname).toBe('/list');
    expect(routerSaw).toEqual(['/list']);
  });

  it('tells subscribers when a navigation is held and released, and stops holding once the rule is removed', () => {
    const { history } = historyOnAForm();
    const told = jest.fn();
    history.subscribe(told);
    history.push('/elsewhere');
    history.reset();
    expect(told).toHaveBeenCalledTimes(2);

    const removeRule = history.guard(() => true);
    removeRule();
    history.push('/elsewhere');
    expect(history.location.pathname).toBe('/elsewhere');
  });
});
