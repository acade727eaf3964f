export * from './clientFormatter';
export * from './codes';
export * from './formatPatterns';
export * from './languages';
export * from './limits';
