import type { MatcherKind } from '../match/specs.js';

/**
 * What each matcher kind finds and which forms its `match:` value takes, in words. Used for the JSON
 * Schema's hover docs and for errors when a value fits none of a kind's forms. Keyed by MatcherKind so
 * a new kind in match/specs.ts does not compile until it is documented here.
 */
export const MATCHER_DOCS: Record<MatcherKind, { matches: string; forms: string }> = {
  new: {
    matches: 'constructor calls (`new T(…)`)',
    forms: 'a type name such as "java.lang.Integer" or "buffer#Buffer", or { type, args? } such as { type: java.util.Date, args: [String] }',
  },
  call: {
    matches: 'function and method calls, static or instance, including calls inherited by subclasses',
    forms: 'a member reference such as "java.util.Date#getYear" or "url#parse", or { method, args? } such as { method: "java.lang.Class#newInstance", args: 0 }',
  },
  method: {
    matches: 'instance method calls resolved through the receiver type (TypeScript/JavaScript)',
    forms: 'a member reference such as "String#substr", or { method, args? }',
  },
  member: {
    matches: 'field, property and constant reads',
    forms: 'a member reference such as "java.math.BigDecimal#ROUND_*" or "fs#R_OK"',
  },
  import: {
    matches: 'imports of a type or of anything under a package prefix; in TS/JS, imports and require() of a module',
    forms: 'a type, package or module name such as "sun.misc.BASE64Encoder", "junit.framework" or "domain"',
  },
  annotation: {
    matches: 'annotation uses',
    forms: 'an annotation type such as "org.junit.Test", or { type, attributes? } such as { type: org.junit.Test, attributes: [expected] }',
  },
  extends: {
    matches: 'classes that extend or implement a type',
    forms: 'a type name such as "junit.framework.TestCase"',
  },
  overrides: {
    matches: 'methods that override a method',
    forms: 'a member reference such as "java.lang.Object#finalize", or { method, params? }',
  },
  deprecated: {
    matches: 'uses of APIs marked @Deprecated / @deprecated',
    forms: 'true (anywhere), project (declared in the scanned tree) or dependencies (declared in typings of dependencies)',
  },
  query: {
    matches: 'a raw tree-sitter query; the @match capture (or else the first) is the finding',
    forms: 'a non-empty tree-sitter query string',
  },
};

/** Words for the argument shape used by `new`, `call` and friends. */
export const ARGS_FORMS = 'an argument count such as 0, or a list of argument types such as [String, int]';
