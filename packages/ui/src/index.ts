export { contrastText, parseHexColor, readsOnWhite, relativeLuminance } from './colors';
export { fetchGraphQL, type FetchedAnswer, type WireGraphQLError } from './fetchGraphQL';
export { PasswordStep, type PasswordStepTexts } from './PasswordStep';
export { plainPageClassName, plainPageStyle, type PlainPageColors } from './plainPage';
export type { SignInAttempt, SignInOutcome } from './signInOutcome';
export { whenIdle } from './whenIdle';
