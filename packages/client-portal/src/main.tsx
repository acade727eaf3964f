import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { firstVisitPath, loadFirstVisit, startPortal } from './first-visit/startPortal';
import { i18nReady } from './i18n/i18n';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
const root = createRoot(rootElement);

/**
 * A visitor who is not signed in and opens the start or sign-in page gets the sign-in form without
 * the portal's GraphQL client and Mantine, which arrive while the ID is typed; everyone else gets the
 * whole portal at once. A reader of another language than English waits for its texts rather than
 * seeing English flash by.
 */
async function start() {
  // The form's code is fetched while the API answers whether anyone is signed in.
  const firstVisit = firstVisitPath(window.location.pathname)
    ? Promise.all([loadFirstVisit(), import('./first-visit/FirstVisitSignIn')]).catch(() => null)
    : null;
  await i18nReady.catch(() => undefined);
  const answered = await firstVisit;
  if (!answered?.[0]) {
    await startPortal(root);
    return;
  }
  const [{ branding }, { FirstVisitSignIn }] = answered;
  window.history.replaceState(window.history.state, '', `${import.meta.env.BASE_URL}sign-in`);
  root.render(
    <StrictMode>
      <FirstVisitSignIn branding={branding} root={root} />
    </StrictMode>,
  );
}

void start();
