/** Component tests: jsdom, TypeScript and JSX through SWC, Mantine's CSS replaced by an empty module, CSS modules by class names. */
export default {
  testEnvironment: '<rootDir>/src/test-support/jsdomEnvironment.cjs',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts?(x)'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '\\.module\\.css$': '<rootDir>/../ui/src/test-support/cssModuleStub.ts',
    '\\.css$': '<rootDir>/src/test-support/styleStub.ts',
  },
  setupFilesAfterEnv: ['<rootDir>/src/test-support/setup.ts'],
  maxWorkers: 2,
  // Typing whole forms key by key through Mantine takes a few seconds on a busy 2-core machine.
  testTimeout: 15000,
};
