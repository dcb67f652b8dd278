import picomatch from 'picomatch';
import { nullThrows } from '../core/null-throws.js';
import type { ProjectIndex } from '../index/index.js';
import type { Recipe, Rule } from '../recipes/types.js';
import type { Hit } from './hit.js';
import { JAVA_MATCHERS } from './java/registry.js';
import type { JavaMatcher } from './java/java-matcher.js';
import type { Match } from './match.js';
import { TS_MATCHERS } from './typescript/registry.js';
import type { TsMatcher } from './typescript/ts-matcher.js';
import type { MatcherKind, MatchSpec } from './specs.js';

/** Runs every rule of the recipe over the index. Pure: same recipe and index, same matches, same order. */
export function matchRules(recipe: Recipe, index: ProjectIndex): Match[] {
  const matches: Match[] = [];
  for (const rule of recipe.rules) {
    const applies = fileFilter(rule);
    if (rule.language === 'java') {
      for (const file of index.java) {
        if (!applies(file.path)) continue;
        for (const hit of runJavaMatcher(rule.match, file)) matches.push(toMatch(rule, file.path, hit));
      }
    } else {
      for (const file of index.typescript) {
        if (!applies(file.path)) continue;
        for (const hit of runTsMatcher(rule.match, file)) matches.push(toMatch(rule, file.path, hit));
      }
    }
  }
  return matches.sort(compareMatches);
}

function runJavaMatcher(spec: MatchSpec, file: ProjectIndex['java'][number]): Hit[] {
  // The registry is keyed by kind; the cast only re-attaches the kind ↔ options correlation TS cannot see.
  const registry: Partial<Record<MatcherKind, JavaMatcher<MatcherKind>>> = JAVA_MATCHERS;
  const matcher = nullThrows(registry[spec.kind], `the recipe loader admits only kinds implemented for java (${spec.kind})`);
  return matcher.match(file, spec.options);
}

function runTsMatcher(spec: MatchSpec, file: ProjectIndex['typescript'][number]): Hit[] {
  const registry: Partial<Record<MatcherKind, TsMatcher<MatcherKind>>> = TS_MATCHERS;
  const matcher = nullThrows(registry[spec.kind], `the recipe loader admits only kinds implemented for typescript (${spec.kind})`);
  return matcher.match(file, spec.options);
}

function fileFilter(rule: Rule): (path: string) => boolean {
  const include = rule.files && rule.files.length > 0 ? picomatch(rule.files, { dot: true }) : () => true;
  const exclude = rule.ignores && rule.ignores.length > 0 ? picomatch(rule.ignores, { dot: true }) : () => false;
  return (path) => include(path) && !exclude(path);
}

function toMatch(rule: Rule, file: string, hit: Hit): Match {
  return {
    ruleId: rule.id,
    language: rule.language,
    file,
    range: hit.range,
    message: rule.message,
    severity: rule.severity,
    effortMinutes: rule.effortMinutes,
    ...(hit.symbol ? { symbol: hit.symbol } : {}),
    resolution: hit.resolution,
    ...(hit.captures ? { captures: hit.captures } : {}),
  };
}

function compareMatches(a: Match, b: Match): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.range.start.offset !== b.range.start.offset) return a.range.start.offset - b.range.start.offset;
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}
