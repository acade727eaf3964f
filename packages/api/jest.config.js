/** Tests speak GraphQL over HTTP to a real server on a real database (SQLite by default, MySQL with DATABASE_URL). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  // The cluster scenario needs root and minutes: `pnpm test:cluster` runs it (jest.cluster.config.js).
  testPathIgnorePatterns: ['/node_modules/', '\\.cluster\\.test\\.ts$'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  setupFiles: ['reflect-metadata'],
  testTimeout: 30000,
  maxWorkers: 2,
};
