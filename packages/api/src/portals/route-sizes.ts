import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** One entry of Vite's build manifest (dist/.vite/manifest.json), keyed by source path. */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/** A route of a portal and the page modules it loads besides the entry (the layout and the page, by source path). */
export interface PortalRoute {
  portal: 'Home Portal' | 'Client Portal';
  name: string;
  pages: string[];
  /** The most JavaScript the route may load, gzip-compressed, in bytes; the size test fails above it. */
  budgetBytes: number;
}

const home = (name: string, budgetKb: number, ...pages: string[]): PortalRoute => ({
  portal: 'Home Portal',
  name,
  pages,
  budgetBytes: budgetKb * 1000,
});
const client = (name: string, budgetKb: number, ...pages: string[]): PortalRoute => ({
  portal: 'Client Portal',
  name,
  pages,
  budgetBytes: budgetKb * 1000,
});

/**
 * The routes people wait for first, with their budgets: what they load today plus a little room, so a
 * change that adds a library or a whole feature to a first page fails the size test. The signed-in
 * routes include their portal's layout chunk. (Issue 14 asked for at most 150 kB for the Client Portal's
 * sign-in, 180 kB for the Home Portal's and 250 kB for its Clients list, which is that list's budget.)
 */
/** The Home Portal's texts of every screen but the first ones, which such a screen awaits before it renders. */
const otherScreenTexts = 'src/i18n/locales/en/otherScreens.json';
/**
 * The Home Portal's entry fetches the plain sign-in page while it asks the API whether anyone is signed in,
 * and waits for both before it starts the whole app: its signed-in routes count that page too (1.4 kB).
 */
const homeSignedIn = ['src/first-visit/FirstVisitSignIn.tsx', 'src/app/fullApp.tsx', 'src/app/AppLayout.tsx'];

export const portalRoutes: PortalRoute[] = [
  // A visitor's first sign-in page: plain HTML without Apollo and Mantine (96 kB, most of it React, i18next
  // and the first screens' English texts; the other screens' texts are a chunk of their own).
  home('sign-in', 98, 'src/first-visit/FirstVisitSignIn.tsx'),
  // Signed in, the whole app (src/app/fullApp.tsx: Apollo Client, React Router, Mantine's provider) arrives
  // with the shell and the list (240 kB; 334 before issue 14's split). The first screen holds only its own
  // texts and GraphQL documents; Add client and the unsaved-changes question, the account menu, Mantine's
  // modal machinery, zod and @mantine/form arrive when the browser is idle. React Router runs in its
  // declarative mode (17 kB less than its data router), the filters are native selects, and Mantine's
  // Table comes without floating-ui (see the Home Portal's vite.config.ts). What is left: React 67 kB,
  // Apollo Client with the app's routes 61, i18next with the first screens' texts 22, React Router 14,
  // and 77 for Mantine with the shell's and the list's own code.
  home('Clients list', 250, ...homeSignedIn, 'src/clients/ClientsPage.tsx'),
  // The Identification Data tab with the other screens' texts; History and Work are chunks of their own (331 kB).
  home('client profile', 333, ...homeSignedIn, 'src/clients/profile/ClientProfilePage.tsx', otherScreenTexts),
  // New project is a chunk of its own (290 kB).
  home('Projects list', 292, ...homeSignedIn, 'src/work/projects/ProjectsPage.tsx', otherScreenTexts),
  // A visitor's first sign-in page: plain HTML, without Apollo and Mantine (107 kB).
  client('sign-in', 120, 'src/first-visit/FirstVisitSignIn.tsx'),
  // Signed in, the whole portal (src/app/fullApp.tsx) arrives with the first page; splitting the
  // sign-in away costs these routes 2–3 kB of chunk overhead, and issue 13's bell, request edits,
  // filters and page titles another 4–5 kB (their English strings ship with every first page). React
  // Router's declarative mode took 17 kB off each (dashboard 275 kB, projects 280, new request 305).
  client('dashboard', 277, 'src/app/fullApp.tsx', 'src/app/SignedInLayout.tsx', 'src/dashboard/DashboardPage.tsx'),
  client('projects', 282, 'src/app/fullApp.tsx', 'src/app/SignedInLayout.tsx', 'src/projects/ProjectsPage.tsx'),
  client('new request', 307, 'src/app/fullApp.tsx', 'src/app/SignedInLayout.tsx', 'src/requests/NewRequestPage.tsx'),
];

export interface RouteSize {
  /** gzip-compressed bytes of every JavaScript file the route loads (entry, its imports, the pages and theirs). */
  jsGzipBytes: number;
  /** The same for the stylesheets. */
  cssGzipBytes: number;
  files: string[];
}

/** Gzip at the strongest level, as the build writes the `.gz` files the server sends. */
function gzipSize(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/** What a route loads on a first visit with an empty cache, read from the portal's build manifest. */
export function routeSize(distFolder: string, route: Pick<PortalRoute, 'pages'>): RouteSize {
  const manifestFile = path.join(distFolder, '.vite', 'manifest.json');
  if (!fs.existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: run "pnpm build" first.`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not a chunk of ${distFolder}: was it renamed?`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entry) throw new Error(`${manifestFile} names no entry.`);
  visit(entry);
  for (const page of route.pages) visit(page);
  let jsGzipBytes = 0;
  let cssGzipBytes = 0;
  for (const file of files) {
    const bytes = gzipSize(path.join(distFolder, file));
    if (file.endsWith('.css')) cssGzipBytes += bytes;
    else jsGzipBytes += bytes;
  }
  return { jsGzipBytes, cssGzipBytes, files: [...files] };
}
