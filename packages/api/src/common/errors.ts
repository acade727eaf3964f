import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@portico/domain';
import { ArgumentValidationError } from 'type-graphql';
import { log } from '../ops/logger';

// The codes themselves are shared with both portals (@portico/domain), which translate each one.
export { ErrorCode };

export class BadUserInputError extends GraphQLError {
  /** `field` names the input field at fault, so a form can show the message next to it. */
  constructor(message: string, field: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field, ...extra } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'Sign in first.') {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN, ...extra } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(what: string, id: string | number) {
    super(`${what} ${id} does not exist.`, { extensions: { code: ErrorCode.NOT_FOUND } });
  }
}

export class ReadOnlySessionError extends GraphQLError {
  constructor(message = 'This is a read-only session of a staff member signed in as the client; changes are not allowed.') {
    super(message, { extensions: { code: ErrorCode.READ_ONLY_SESSION } });
  }
}

export class RateLimitedError extends GraphQLError {
  constructor(retryAfterSeconds: number, message = `Too many attempts. Try again in ${describeWait(retryAfterSeconds)}.`) {
    super(message, { extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds } });
  }
}

function describeWait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes < 90 ? `${minutes} minutes` : `${Math.ceil(minutes / 60)} hours`;
}

/** A save based on an older version of a record than the one stored now. */
export class ConflictError extends GraphQLError {
  constructor(message: string, extra: Record<string, unknown>) {
    super(message, { extensions: { code: ErrorCode.CONFLICT, ...extra } });
  }
}

/**
 * Turns every error into one a client can act on: our own errors pass as they are, input validation
 * errors become BAD_USER_INPUT naming the field, anything unexpected is logged and answered generically.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, development: boolean): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;

  if (original instanceof ArgumentValidationError) {
    const first = original.extensions.validationErrors?.[0];
    const field = first ? validationPath(first) : undefined;
    const message = first?.constraints ? Object.values(first.constraints)[0] : 'The input is not valid.';
    return {
      message: message ?? 'The input is not valid.',
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT, field },
    };
  }

  // Our own codes, and graphql-js/Apollo codes for malformed queries, are the caller's to act on.
  const code: unknown = formatted.extensions?.code;
  if (typeof code === 'string' && code !== String(ErrorCode.INTERNAL_SERVER_ERROR)) {
    return development ? formatted : withoutStacktrace(formatted);
  }

  log().error({ err: original }, 'Unexpected error');
  if (development) return formatted;
  return {
    message: 'Something went wrong on the server. The error was logged; please try again.',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

/** The dotted path of the first failing property, e.g. `formatPreferences.timeZone`. */
function validationPath(error: ValidationErrorLike): string {
  const child = error.children?.[0];
  return child ? `${error.property}.${validationPath(child)}` : error.property;
}

function withoutStacktrace(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const { stacktrace: _dropped, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
