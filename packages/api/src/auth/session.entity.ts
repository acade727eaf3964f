import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export enum SessionKind {
  STAFF = 'STAFF',
  /** A client in the Client Portal, or a staff member signed in as that client (signInAsPartnerSessionId set). */
  CLIENT = 'CLIENT',
}

/**
 * A signed-in browser. Only the SHA-256 of the cookie's token is stored, so a leaked table cannot
 * be replayed; any API process behind the load balancer can check and revoke it.
 */
@Entity('sessions')
@Index('IDX_sessions_staff', ['staffUserId'])
@Index('IDX_sessions_client', ['clientId'])
export class Session {
  /** Hex SHA-256 of the token held in the cookie. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'varchar', length: 16 })
  kind: SessionKind;

  @Column({ type: 'int', nullable: true })
  staffUserId: number | null;

  @Column({ type: 'int', nullable: true })
  clientId: number | null;

  /** Set when a staff member is signed in as the client ("Sign in as this Partner"). */
  @Column({ type: 'int', nullable: true })
  signInAsPartnerSessionId: number | null;

  @CreateDateColumn()
  createdAt: Date;

  @Column({ type: 'datetime' })
  expiresAt: Date;

  @Column({ type: 'datetime' })
  lastSeenAt: Date;

  @Column({ type: 'datetime', nullable: true })
  revokedAt: Date | null;

  /** Whether the sign-in that started this session passed a second factor (Sign in as Partner may need it). */
  @Column({ type: 'boolean', default: false })
  secondFactor: boolean;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ipAddress: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  userAgent: string | null;
}
