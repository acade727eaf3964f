import { Session } from '../auth/session.entity';
import { ClientGroup } from '../client-groups/client-group.entity';
import { Client } from '../clients/client.entity';
import { PartnerAlias } from '../partner-aliases/partner-alias.entity';
import { StaffUser } from '../staff/staff-user.entity';
import { UserGroup } from '../staff/user-group.entity';

/** Every TypeORM entity of the product; migrations must match them (a test checks). */
export const entities = [Client, ClientGroup, PartnerAlias, UserGroup, StaffUser, Session];
