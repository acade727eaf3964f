import fs from 'node:fs';
import path from 'node:path';

const src = path.resolve(__dirname, '..');
// Read from disk: i18next merges the other screens' texts into the imported first ones.
const readTexts = (file: string) => JSON.parse(fs.readFileSync(path.join(__dirname, 'locales', 'en', file), 'utf8')) as object;
const firstScreens = readTexts('firstScreens.json');
const otherScreens = readTexts('otherScreens.json');

/**
 * The modules whose texts come with the app: the plain sign-in page, the whole app's module and the pages
 * that pages.ts marks `firstScreen` (the account menu and every other page fetch the other screens' texts).
 */
function firstScreenEntries(): string[] {
  const pages = fs.readFileSync(path.join(src, 'app', 'pages.ts'), 'utf8');
  const firstScreenPages = [...pages.matchAll(/import\('([^']+)'\), '\w+', \{ firstScreen: true \}/g)].map(([, specifier]) =>
    path.relative(src, path.resolve(src, 'app', specifier)),
  );
  expect(firstScreenPages).toEqual(expect.arrayContaining(['app/AppLayout', 'clients/ClientsPage']));
  return ['first-visit/FirstVisitSignIn', 'app/fullApp', ...firstScreenPages];
}

/** The TypeScript module at `base` (an import's path, without extension), if it is one. */
function resolveModule(base: string): string | undefined {
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find(
    (candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile() && /\.tsx?$/.test(candidate),
  );
}

/** Every module the entries import statically (a dynamic `import()` is another chunk, with its own texts). */
function staticModuleGraph(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const pending = entries.map((entry) => {
    const module = resolveModule(path.join(src, entry));
    if (!module) throw new Error(`${entry} is not a module of src/`);
    return module;
  });
  for (let file = pending.pop(); file; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = fs.readFileSync(file, 'utf8');
    for (const [, specifier] of code.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm)) {
      const imported = resolveModule(path.resolve(path.dirname(file), specifier));
      if (imported) pending.push(imported);
    }
  }
  return seen;
}

describe('the English texts', () => {
  it('hold each section in one of the two files only', () => {
    const inBoth = Object.keys(firstScreens).filter((section) => section in otherScreens);
    expect(inBoth).toEqual([]);
  });

  it("bundle every section the first screens' modules name with the app", () => {
    const sections = new Set([...Object.keys(firstScreens), ...Object.keys(otherScreens)]);
    const missing = new Map<string, string>();
    for (const file of staticModuleGraph(firstScreenEntries())) {
      // Any quoted text starting with a section's name and a dot: `t('clients.title')`, `label: 'nav.clients'`, `t(\`clients.status.${s}\`)`.
      const code = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
      for (const [, section] of code.matchAll(/['"`]([a-zA-Z]\w*)\./g)) {
        if (sections.has(section) && !(section in firstScreens)) missing.set(section, path.relative(src, file));
      }
    }
    expect(Object.fromEntries(missing)).toEqual({});
  });
});
