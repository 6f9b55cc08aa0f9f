import type { Role } from '../../../shared/contract/profiles';

/** One colour per role, the same in the chooser, the header and the admin dialog. */
export const roleColors: Record<Role, string> = {
  curator: 'blue',
  reviewer: 'grape',
  admin: 'orange',
};
