/** Browser suites start the built product (API + both portals) once per file and drive it in Chromium. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }] },
  testTimeout: 90000,
  // One browser and one server at a time: the machine has two cores.
  maxWorkers: 1,
};
