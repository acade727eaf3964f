export * from './clientFormatter';
export * from './codes';
export * from './formatPatterns';
export * from './languages';
export * from './limits';
export * from './workLanguages';
export * from './clientAccess';
export * from './search';
