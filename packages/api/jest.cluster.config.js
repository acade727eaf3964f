/** `pnpm test:cluster`: the scale-out proof on a local Galera cluster behind HAProxy (root, minutes); never part of `pnpm test`. */
const base = require('./jest.config');

module.exports = {
  ...base,
  testMatch: ['**/*.cluster.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 600_000,
  maxWorkers: 1,
};
