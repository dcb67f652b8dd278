import type { JavaMatcher } from './java-matcher.js';
import { matchMemberUses } from './member-use-matcher.js';

/** `call: Type#method` or `{ method, args }`: static and instance calls, inherited ones included. */
export const callMatcher: JavaMatcher<'call'> = {
  kind: 'call',
  match(file, options) {
    const specs = options.map((o) => (typeof o === 'string' ? { ref: o } : { ref: o.method, args: o.args }));
    return matchMemberUses(file, 'call', specs);
  },
};
