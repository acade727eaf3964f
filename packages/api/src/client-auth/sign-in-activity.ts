import { Field, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { ClientViewerContext } from '../auth/context';
import { SignInAsPartnerSession } from '../sign-in-as-partner/sign-in-as-partner-session.entity';
import { SignInAttempt, SignInOutcome } from './sign-in-attempt.entity';

@ObjectType({ description: "One of the client's own successful sign-ins." })
export class OwnSignIn {
  @Field()
  at: Date;

  @Field({ description: 'Browser and system, e.g. "Firefox on Windows".' })
  browser: string;

  @Field({ description: 'Approximate origin: the network the sign-in came from, with the last part hidden.' })
  approximateOrigin: string;
}

@ObjectType({ description: "A time the agency's staff viewed the Client Portal as the client." })
export class StaffView {
  @Field()
  startedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Null while the session is still running.' })
  endedAt: Date | null;

  @Field()
  allowChanges: boolean;

  @Field(() => String, { nullable: true, description: "Shown when the agency's Client Portal settings name staff to clients." })
  staffName: string | null;

  @Field(() => String, { nullable: true, description: "Shown when the agency's Client Portal settings name staff to clients." })
  reason: string | null;
}

@ObjectType({ description: 'Profile → "Sign-in activity": the client\'s own sign-ins and the staff views of its portal.' })
export class SignInActivity {
  @Field(() => [OwnSignIn])
  signIns: OwnSignIn[];

  @Field(() => [StaffView])
  staffViews: StaffView[];
}

/** "Chrome on Linux" from a User-Agent header; good enough for a person to recognise a device. */
export function describeBrowser(userAgent: string | null): string {
  if (!userAgent) return 'Unknown browser';
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /OPR\//.test(userAgent)
      ? 'Opera'
      : /Firefox\//.test(userAgent)
        ? 'Firefox'
        : /Chrome\//.test(userAgent) || /Chromium\//.test(userAgent)
          ? 'Chrome'
          : /Safari\//.test(userAgent)
            ? 'Safari'
            : 'Unknown browser';
  const system = /Windows/.test(userAgent)
    ? 'Windows'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Mac OS X/.test(userAgent)
        ? 'macOS'
        : /Android/.test(userAgent)
          ? 'Android'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : null;
  return system ? `${browser} on ${system}` : browser;
}

/** The network of an address without its last part: 203.0.113.x, 2001:db8:85a3::/48. */
export function approximateOrigin(ip: string | null): string {
  if (!ip) return 'Unknown';
  const v4 = /(\d+\.\d+\.\d+)\.\d+$/.exec(ip);
  if (v4) return `${v4[1]}.x`;
  const groups = ip.split(':').filter(Boolean);
  return groups.length >= 3 ? `${groups.slice(0, 3).join(':')}::/48` : 'Unknown';
}

/**
 * The client's recent sign-ins and every staff view of its portal. Staff views are never counted as
 * the client's own sign-ins (they create no sign-in attempt).
 */
export async function loadSignInActivity(dataSource: DataSource, viewer: ClientViewerContext, limit = 20): Promise<SignInActivity> {
  const clientId = viewer.client.id;
  const [attempts, views] = await Promise.all([
    dataSource
      .getRepository(SignInAttempt)
      .find({ where: { clientId, outcome: SignInOutcome.SUCCESS }, order: { attemptedAt: 'DESC', id: 'DESC' }, take: limit }),
    dataSource.getRepository(SignInAsPartnerSession).find({ where: { clientId }, order: { startedAt: 'DESC', id: 'DESC' }, take: limit }),
  ]);
  const named = viewer.settings.showStaffIdentityToClients;
  return {
    signIns: attempts.map((attempt) => ({
      at: attempt.attemptedAt,
      browser: describeBrowser(attempt.userAgent),
      approximateOrigin: approximateOrigin(attempt.ipAddress),
    })),
    staffViews: views.map((view) => ({
      startedAt: view.startedAt,
      endedAt: view.endedAt,
      allowChanges: view.allowChanges,
      staffName: named ? view.staffName : null,
      reason: named ? view.reason : null,
    })),
  };
}
