import { describe, expect, it } from 'vitest';
import { JavaWorkspace } from '../../../src/index/java/java-workspace.js';
import type { JavaMatcher } from '../../../src/match/java/java-matcher.js';
import { JAVA_MATCHERS } from '../../../src/match/java/registry.js';
import type { MatcherKindFor, MatcherOptions } from '../../../src/match/specs.js';

type MatcherKind = MatcherKindFor<'java'>;

/** Extra project files, by path, that the code under test can see (same project, other files). */
type Project = Record<string, string>;

export interface ValidCase<K extends MatcherKind> {
  name: string;
  code: string;
  options: MatcherOptions<K>[];
  project?: Project;
}

export interface InvalidCase<K extends MatcherKind> extends ValidCase<K> {
  /** Expected hits as `line:column resolution` (and ` symbol` when given), in source order. */
  hits: string[];
}

/**
 * typescript-eslint's RuleTester, for Java matchers: `valid` code must produce no hit, `invalid` code
 * exactly the listed hits. The code goes through the real parser, linker and matcher.
 */
export function testJavaMatcher<K extends MatcherKind>(
  kind: K,
  cases: { valid: ValidCase<K>[]; invalid: InvalidCase<K>[] },
): void {
  describe(`java matcher: ${kind}`, () => {
    describe('valid (no hits)', () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          expect(hitsOf(kind, c).map((h) => format(h))).toEqual([]);
        });
      }
    });
    describe('invalid (hits)', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const withSymbol = c.hits.some((h) => h.split(' ').length > 2);
          expect(hitsOf(kind, c).map((h) => format(h, withSymbol))).toEqual(c.hits);
        });
      }
    });
  });
}

/** Indexes the case as a run does (parse, then link against the whole project), keeping every use. */
function hitsOf<K extends MatcherKind>(kind: K, c: ValidCase<K>) {
  const workspace = new JavaWorkspace();
  const project = [
    workspace.add('Test.java', c.code, kind === 'query' ? (c.options as string[]) : []),
    ...Object.entries(c.project ?? {}).map(([path, code]) => workspace.add(path, code, [])),
  ];
  const linked = workspace.link(project, undefined).files.find((f) => f.path === 'Test.java');
  if (!linked) throw new Error('no linked file');
  const matcher = JAVA_MATCHERS[kind] as JavaMatcher<K>;
  return matcher.match(linked, c.options);
}

function format(hit: { range: { start: { line: number; column: number } }; resolution: string; symbol?: string }, withSymbol = false): string {
  const base = `${hit.range.start.line}:${hit.range.start.column} ${hit.resolution}`;
  return withSymbol ? `${base} ${hit.symbol ?? ''}` : base;
}
