import { weakest } from '../../core/weakest.js';
import type { TypeRef } from './java-resolver.js';
import { JDK_ELEMENT_RETURNS, JDK_FIELD_TYPES, JDK_GENERIC_RETURNS, JDK_LAMBDA_PARAMS, JDK_RETURN_TYPES } from './jdk-facts.js';

/**
 * What the JDK tables say a member of `owner` gives: the result of a call or the type of a field, for
 * the first type of `closure` (the owner's type and its supertypes, nearest first) the tables know.
 * Generic results take their arguments from the owner's (`Map<K, V>#get` → V), no surer than the owner.
 */
export function jdkMemberType(kind: 'call' | 'member', closure: Iterable<string>, name: string, owner: TypeRef): TypeRef | undefined {
  for (const t of closure) {
    const key = `${t}#${name}`;
    if (kind === 'call') {
      const element = JDK_ELEMENT_RETURNS[key];
      if (element !== undefined) return typeArgument(owner, element);
      const generic = JDK_GENERIC_RETURNS[key];
      if (generic) return { names: [generic.type], grade: owner.grade, args: generic.args.map((i) => owner.args?.[i]) };
    }
    const jdk = kind === 'call' ? JDK_RETURN_TYPES[key] : (JDK_FIELD_TYPES[key] ?? JDK_FIELD_TYPES[`${t}#*`]);
    if (jdk) return { names: [jdk], grade: owner.grade };
  }
  return undefined;
}

/** The type of parameter `param` of a lambda passed to `method` of `owner` (`list.forEach(d -> …)` → the element type). */
export function jdkLambdaParamType(closure: Iterable<string>, method: string, param: number, owner: TypeRef): TypeRef | undefined {
  for (const t of closure) {
    const position = JDK_LAMBDA_PARAMS[`${t}#${method}`]?.[param];
    if (position !== undefined) return typeArgument(owner, position);
  }
  return undefined;
}

/** The type argument at `position` of `owner`, no surer than the owner itself. */
export function typeArgument(owner: TypeRef, position: number): TypeRef | undefined {
  const arg = owner.args?.[position];
  return arg && { ...arg, grade: weakest(arg.grade, owner.grade) };
}
