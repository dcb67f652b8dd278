import { escapeRegExp } from '../core/identifier-regexp.js';

/** `Type#member` with `*` and `|` in the member part, split and compiled. */
export interface MemberPattern {
  type: string;
  member: RegExp;
  /** The member part is `*` alone: it says nothing about the name, so an unknown receiver never matches. */
  isAnyMember: boolean;
}

const cache = new Map<string, MemberPattern>();

export function parseMemberPattern(ref: string): MemberPattern {
  let pattern = cache.get(ref);
  if (!pattern) {
    const hash = ref.indexOf('#');
    const member = ref.slice(hash + 1);
    const alternatives = member.split('|').map((alt) => alt.split('*').map(escapeRegExp).join('[\\w$]*'));
    pattern = { type: ref.slice(0, hash), member: new RegExp(`^(?:${alternatives.join('|')})$`), isAnyMember: member === '*' };
    cache.set(ref, pattern);
  }
  return pattern;
}
