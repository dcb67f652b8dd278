import type { JavaMatcher } from './java-matcher.js';
import { matchMemberUses } from './member-use-matcher.js';

/** `member: Type#FIELD`: field reads and writes, statically imported names included. */
export const memberMatcher: JavaMatcher<'member'> = {
  kind: 'member',
  match(file, options) {
    return matchMemberUses(file, 'member', options.map((ref) => ({ ref })));
  },
};
