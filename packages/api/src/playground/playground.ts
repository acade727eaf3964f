import path from 'node:path';
import express, { type Router } from 'express';

/** Files of GraphiQL and the React it runs on, served from node_modules so the playground works offline. */
const packageFile = (name: string, file: string) => path.join(path.dirname(require.resolve(`${name}/package.json`)), file);
const assets: Record<string, string> = {
  'react.js': packageFile('react', 'umd/react.production.min.js'),
  'react-dom.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
  'graphiql.js': packageFile('graphiql', 'dist/index.umd.js'),
  'graphiql.css': packageFile('graphiql', 'dist/style.css'),
};

/** Started from a file, not an inline script, so the Content-Security-Policy can forbid inline scripts. */
const startScript = `// Same origin, so the Home Portal session cookie signs the playground in too.
const fetcher = GraphiQL.createFetcher({ url: '/graphql', headers: { 'apollo-require-preflight': 'true' } });
ReactDOM.createRoot(document.getElementById('playground')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultQuery: '# Sign in first (mutation signIn), then explore, e.g.\\n{\\n  viewer { fullName rights }\\n  clients(first: 10) { totalCount nodes { username name status effectiveAccess { canSignIn explanation } } }\\n}\\n',
  }),
);
`;

const pageStyle = 'html, body, #playground { height: 100%; margin: 0; }';

const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Portico GraphQL playground</title>
  <link rel="stylesheet" href="/graphql/playground/graphiql.css">
  <link rel="stylesheet" href="/graphql/playground/page.css">
</head>
<body>
  <div id="playground">Loading the playground…</div>
  <noscript>The GraphiQL playground needs JavaScript.</noscript>
  <script src="/graphql/playground/react.js"></script>
  <script src="/graphql/playground/react-dom.js"></script>
  <script src="/graphql/playground/graphiql.js"></script>
  <script src="/graphql/playground/start.js"></script>
</body>
</html>`;

/** GraphiQL at GET /graphql for browsers; API calls (POST, or GET with a query) pass through to Apollo. */
export function playgroundRouter(): Router {
  const router = express.Router();
  router.get('/graphql/playground/start.js', (_req, res) => res.type('js').send(startScript));
  router.get('/graphql/playground/page.css', (_req, res) => res.type('css').send(pageStyle));
  router.get('/graphql/playground/:file', (req, res, next) => {
    const file = assets[req.params.file];
    if (!file) return next();
    // pnpm keeps packages under node_modules/.pnpm, a dot folder that sendFile refuses by default.
    res.sendFile(file, { maxAge: '1d', dotfiles: 'allow' });
  });
  router.get('/graphql', (req, res, next) => {
    if (req.query.query || !req.accepts('html')) return next();
    res.type('html').send(page);
  });
  return router;
}
