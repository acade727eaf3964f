/** How a password step ended: signed in, a second factor owed, or refused with a message for the reader. */
export type SignInOutcome =
  { kind: 'signedIn' } | { kind: 'secondFactor'; challenge: string; enrolmentRequired: boolean } | { kind: 'refused'; message: string };

/** Sends the username and password; each way of reaching the API (Apollo, or `fetch` on a first page) gives the same outcomes. */
export type SignInAttempt = (username: string, password: string) => Promise<SignInOutcome>;
