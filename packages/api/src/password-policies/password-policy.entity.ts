import { PasswordStrength } from '@portico/domain';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export { PasswordStrength };

/** Whose passwords a policy governs. */
export enum PasswordPortal {
  /** Staff passwords (Home Portal users). */
  HOME_PORTAL = 'HOME_PORTAL',
  /** Clients' passwords (Client Portal accounts). */
  CLIENT_PORTAL = 'CLIENT_PORTAL',
}

registerEnumType(PasswordPortal, { name: 'PasswordPortal', description: 'The portal whose accounts a password policy governs.' });
registerEnumType(PasswordStrength, {
  name: 'PasswordStrength',
  description: 'A password strength as XTRF defines it.',
  valuesConfig: {
    WEAK: { description: 'Anything of the minimum length, not containing the username.' },
    MEDIUM: { description: 'At least 8 characters, upper and lower case, not containing the username.' },
    STRONG: { description: 'Medium, plus a digit and a special character.' },
  },
});

/** The password rules of one portal; applied whenever a password is set, never to passwords already set. */
@ObjectType({ description: "One portal's password rules, applied to every new password (existing passwords keep working)." })
@Entity('password_policies')
export class PasswordPolicy {
  @Field(() => PasswordPortal)
  @PrimaryColumn({ type: 'varchar', length: 16 })
  portal: PasswordPortal;

  @Field(() => PasswordStrength)
  @Column({ type: 'varchar', length: 8 })
  strength: PasswordStrength;

  @Field(() => Int, { description: 'The fewest characters a password may have (Medium and Strong: never fewer than 8).' })
  @Column({ type: 'int' })
  minLength: number;

  @Field({ description: 'Refuse passwords on the list of commonly used passwords shipped with Portico.' })
  @Column({ type: 'boolean' })
  rejectCommonPasswords: boolean;

  @Field(() => Int, { description: 'Incremented on every change; send it back when saving to detect concurrent edits.' })
  @VersionColumn()
  version: number;

  @Field()
  @UpdateDateColumn()
  updatedAt: Date;
}
