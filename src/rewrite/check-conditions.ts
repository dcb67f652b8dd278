import type { Captures } from '../core/types.js';
import { parseMemberPattern } from '../match/member-pattern.js';
import type { ArgCondition, FixCase } from './fix-spec.js';

const LITERALS: Record<NonNullable<ArgCondition['literal']>, RegExp> = {
  // Decimal only: a leading zero makes an octal literal in Java and legacy JavaScript.
  integer: /^-?(0|[1-9]\d*)[lL]?$/,
  'non-negative-integer': /^(0|[1-9]\d*)[lL]?$/,
  string: /^(["'`]).*\1$/s,
  number: /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?[lLfFdD]?$/,
};

/**
 * Does a fix case's `when` hold for a match? Argument types must be known to satisfy a type
 * condition: a fix is only deterministic when the facts are.
 */
export function conditionsHold(when: FixCase['when'], captures: Captures, text: string): boolean {
  const slice = (span: [number, number] | undefined) => (span ? text.slice(span[0], span[1]) : undefined);
  if (when.name !== undefined) {
    // The last segment: `Float` for `new java.lang.Float(…)`, `Before` for `@org.junit.Before`.
    const name = (slice(captures.name) ?? '').replace(/<.*$/s, '').split('.').pop() ?? '';
    if (!parseMemberPattern(`#${when.name}`).member.test(name)) return false;
  }
  const args = captures.args ?? [];
  if (when.args !== undefined && args.length !== when.args) return false;
  if (when.receiver !== undefined) {
    const receiver = slice(captures.receiver);
    if (typeof when.receiver === 'boolean' ? (receiver !== undefined) !== when.receiver : receiver === undefined || !when.receiver.test(receiver)) {
      return false;
    }
  }
  return when.argN.every((condition, i) => {
    if (!condition) return true;
    const span = args[i];
    if (!span) return false;
    const argText = text.slice(span[0], span[1]).trim();
    const kinds = captures.argTypes?.[i];
    if (condition.types && !(kinds && condition.types.some((t) => kinds.includes(t)))) return false;
    if (condition.literal && !LITERALS[condition.literal].test(argText)) return false;
    if (condition.text && !condition.text.test(argText)) return false;
    if (condition.notText && condition.notText.test(argText)) return false;
    return true;
  });
}
