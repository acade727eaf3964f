import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { nobodySignedIn, startPortal } from './first-visit/startPortal';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
const root = createRoot(rootElement);

/**
 * A visitor who is not signed in gets the sign-in form without the app's GraphQL client and Mantine,
 * which arrive while the username is typed; a signed-in staff member gets the whole app at once.
 */
async function start() {
  // The form's code is fetched while the API answers whether anyone is signed in.
  const [signedOut, firstVisit] = await Promise.all([nobodySignedIn(), import('./first-visit/FirstVisitSignIn')]).catch(
    () => [false, null] as const,
  );
  if (!signedOut || !firstVisit) {
    await startPortal(root);
    return;
  }
  const { FirstVisitSignIn } = firstVisit;
  root.render(
    <StrictMode>
      <FirstVisitSignIn root={root} />
    </StrictMode>,
  );
}

void start();
