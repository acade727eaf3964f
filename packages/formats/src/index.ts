export * from './formatPatterns';
