import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** Whose second factor: a staff member's (Home Portal) or a client's (Client Portal). */
export type TwoFactorAccountKind = 'staff' | 'client';

export interface TwoFactorAccount {
  kind: TwoFactorAccountKind;
  id: number;
}

/**
 * An authenticator app enrolled for an account (RFC 6238 TOTP). Kept apart from the accounts' own
 * rows so that using a code never touches a record's version. The secret is stored encrypted with
 * SECRETS_KEY (AES-256-GCM); `lastUsedTimeStep` makes each code work once: a code is accepted only
 * by a conditional UPDATE that moves it forward.
 */
@Entity('two_factor_enrolments')
@Index('IDX_two_factor_enrolments_account', ['accountKind', 'accountId'], { unique: true })
export class TwoFactorEnrolment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 8 })
  accountKind: TwoFactorAccountKind;

  @Column({ type: 'int' })
  accountId: number;

  /** `v1.<iv>.<tag>.<ciphertext>` (base64url): the Base32 secret encrypted with SECRETS_KEY. Never exposed. */
  @Column({ type: 'varchar', length: 255 })
  secretCiphertext: string;

  /** Null while the enrolment waits for its first code; only a confirmed enrolment asks for codes at sign-in. */
  @Column({ type: 'datetime', nullable: true })
  confirmedAt: Date | null;

  /** The TOTP time step (30 s) of the last accepted code; codes of this step or earlier are refused. */
  @Column({ type: 'int', default: 0 })
  lastUsedTimeStep: number;

  @CreateDateColumn()
  createdAt: Date;
}

/** One of the ten single-use recovery codes of an enrolment, stored as a hash only. */
@Entity('two_factor_recovery_codes')
@Index('IDX_two_factor_recovery_codes_enrolment', ['enrolmentId'])
export class TwoFactorRecoveryCode {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  enrolmentId: number;

  /** Hex SHA-256 of the enrolment id and the normalised code (the codes carry 50 random bits each). */
  @Column({ type: 'varchar', length: 64 })
  codeHash: string;

  /** Set by the one conditional UPDATE that accepts the code; a used code never works again. */
  @Column({ type: 'datetime', nullable: true })
  usedAt: Date | null;
}

export enum ChallengePurpose {
  /** The password was right; a code from the authenticator app (or a recovery code) completes the sign-in. */
  CODE = 'CODE',
  /** The password was right and the account's group requires two-factor sign-in: enrol first, then the sign-in completes. */
  ENROL = 'ENROL',
}

/**
 * The short-lived, single-use proof that the password step succeeded. Only its SHA-256 is stored.
 * A code step claims it for a few seconds (`inUseUntil`, a conditional UPDATE), so attempts on one
 * challenge never run side by side; a wrong code gives it back, the right one uses it up.
 */
@Entity('sign_in_challenges')
@Index('IDX_sign_in_challenges_expires', ['expiresAt'])
export class SignInChallenge {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'varchar', length: 8 })
  accountKind: TwoFactorAccountKind;

  @Column({ type: 'int' })
  accountId: number;

  @Column({ type: 'varchar', length: 8 })
  purpose: ChallengePurpose;

  @Column({ type: 'datetime' })
  expiresAt: Date;

  @Column({ type: 'datetime', nullable: true })
  inUseUntil: Date | null;

  @Column({ type: 'datetime', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn()
  createdAt: Date;
}
