import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { SpecialRight, StaffAction, StaffDomain, allMatrixRights, offeredStaffActions, right, type StaffRight } from './staff-rights';

@ObjectType({ description: 'One row of a user group rights matrix.' })
export class StaffDomainRights {
  @Field(() => StaffDomain)
  domain: StaffDomain;

  @Field(() => [StaffAction])
  actions: StaffAction[];
}

@ObjectType({ description: 'A group of Home Portal users sharing the same rights ("User Groups and Rights").' })
@Entity('user_groups')
export class UserGroup {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 100, unique: true })
  nameKey: string;

  @Field({ description: 'The built-in Administrators group: always holds every right and cannot be deleted.' })
  @Column({ type: 'boolean', default: false })
  isAdministrators: boolean;

  @Column({ type: 'simple-json' })
  rightsMatrix: Partial<Record<StaffDomain, StaffAction[]>>;

  @Field(() => [SpecialRight])
  @Column({ type: 'simple-json' })
  specialRights: SpecialRight[];

  @Field({
    description: 'Members must sign in with a second factor (an authenticator app); those without one enrol right after the password step.',
  })
  @Column({ type: 'boolean', default: false })
  twoFactorRequired: boolean;

  @Field(() => Int)
  @VersionColumn()
  version: number;

  @Field()
  @CreateDateColumn()
  createdAt: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt: Date;

  @Field(() => [StaffDomainRights], {
    description: 'The rights matrix: one row for every domain, with only the rights that do something there.',
  })
  get rights(): StaffDomainRights[] {
    const matrix = this.isAdministrators ? allMatrixRights() : this.rightsMatrix;
    return Object.values(StaffDomain).map((domain) => {
      const stored = matrix[domain] ?? [];
      return { domain, actions: offeredStaffActions(domain).filter((action) => stored.includes(action)) };
    });
  }

  /** The special rights the group holds (all of them for Administrators). */
  specialRightsGranted(): SpecialRight[] {
    return this.isAdministrators ? Object.values(SpecialRight) : [...this.specialRights];
  }

  /** Every right of the group, flattened as the authChecker compares them. */
  grantedRights(): Set<StaffRight> {
    return this.isAdministrators
      ? flattenRights(allMatrixRights(), Object.values(SpecialRight))
      : flattenRights(this.rightsMatrix, this.specialRights);
  }
}

/** A matrix and special rights as one set of rights (`CLIENTS:EDIT`, `SIGN_IN_AS_PARTNER`). */
export function flattenRights(
  matrix: Partial<Record<StaffDomain, StaffAction[]>>,
  specialRights: readonly SpecialRight[],
): Set<StaffRight> {
  const granted = new Set<StaffRight>();
  for (const domain of Object.values(StaffDomain)) (matrix[domain] ?? []).forEach((action) => granted.add(right(domain, action)));
  specialRights.forEach((special) => granted.add(special));
  return granted;
}
