import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecipeError } from '../../src/core/errors.js';
import { loadRecipe } from '../../src/recipes/index.js';
import { loadProblems } from './load-problems.js';

const bad = (name: string): string => `fixtures/recipes/bad/${name}`;

/** Each bad fixture with every problem it must report: file:line:column: key path: message. */
const cases: { kind: string; fixture: string; problems: string[] }[] = [
  {
    kind: 'malformed YAML',
    fixture: 'malformed-yaml.yaml',
    problems: [
      `${bad('malformed-yaml.yaml')}:5:38: rules[0].match.new: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
      `${bad('malformed-yaml.yaml')}:6:5: rules[0].message: invalid YAML: Flow map in block collection must be sufficiently indented and end with a }`,
    ],
  },
  {
    kind: 'duplicate key',
    fixture: 'duplicate-key.yaml',
    problems: [
      `${bad('duplicate-key.yaml')}:8:5: rules[0].severity: duplicate key "severity"; a key may appear once per map, so remove or merge one of them`,
    ],
  },
  {
    kind: 'unknown keys at top, rule, matcher-option and matcher-kind level',
    fixture: 'unknown-keys.yaml',
    problems: [
      `${bad('unknown-keys.yaml')}:2:1: rule: unknown key "rule"; did you mean "rules"?`,
      `${bad('unknown-keys.yaml')}:8:5: rules[0].serverity: unknown key "serverity"; did you mean "severity"?`,
      `${bad('unknown-keys.yaml')}:14:35: rules[1].match.new[1].argz: unknown key "argz"; did you mean "args"?`,
      `${bad('unknown-keys.yaml')}:18:14: rules[2].match.nwe: unknown matcher kind "nwe"; did you mean "new"?`,
    ],
  },
  {
    kind: 'wrong types',
    fixture: 'wrong-types.yaml',
    problems: [
      `${bad('wrong-types.yaml')}:2:8: files: expected a list of globs such as ["src/**/*.java"], got "src/**"; write it as a list: ["src/**"]`,
      `${bad('wrong-types.yaml')}:8:15: rules[0].severity: expected one of info, minor, major, critical, blocker, got 3`,
      `${bad('wrong-types.yaml')}:11:12: rules[1].match: expected a map with one matcher kind, such as { new: java.lang.Integer }, got "new"`,
      `${bad('wrong-types.yaml')}:18:41: rules[2].match.new[1].args: expected an argument count such as 0, or a list of argument types such as [String, int], got "String"`,
      `${bad('wrong-types.yaml')}:22:19: rules[3].match.new: expected a type name such as "java.lang.Integer" or "buffer#Buffer", or { type, args? } such as { type: java.util.Date, args: [String] }; or a non-empty list of these, got 5`,
    ],
  },
  {
    kind: 'rules not a list',
    fixture: 'rules-not-a-list.yaml',
    problems: [`${bad('rules-not-a-list.yaml')}:2:8: rules: expected a list of rules, each a map starting with "- id:", got 5`],
  },
  {
    kind: 'zero or several matcher kinds',
    fixture: 'match-kinds.yaml',
    problems: [
      `${bad('match-kinds.yaml')}:5:12: rules[0].match: match needs one matcher kind; use one of: new, call, method, member, import, annotation, extends, overrides, deprecated, query`,
      `${bad('match-kinds.yaml')}:10:7: rules[1].match: match has 2 matcher kinds (new, call); a rule takes exactly one, so split it into one rule per kind`,
    ],
  },
  {
    kind: 'matcher kind not implemented for the language (javascript counts as typescript)',
    fixture: 'matcher-language.yaml',
    problems: [
      `${bad('matcher-language.yaml')}:5:14: rules[0].match.annotation: matcher "annotation" is not implemented for typescript rules (only for java); use another matcher kind or change language:`,
    ],
  },
  {
    kind: 'bad globs at top and rule level',
    fixture: 'bad-globs.yaml',
    problems: [
      `${bad('bad-globs.yaml')}:2:26: files[1]: expected a glob relative to the scanned root (drop the leading "/"), got "/abs/**"`,
      `${bad('bad-globs.yaml')}:2:37: files[2]: expected a non-empty glob such as "src/**/*.java", got an empty string`,
      `${bad('bad-globs.yaml')}:3:11: ignores[0]: expected a glob inside the scanned root (no ".." segments), got "../outside/**"`,
      `${bad('bad-globs.yaml')}:3:28: ignores[1]: expected a glob with balanced brackets and braces (Missing closing: "]"), got "src/[ab/**"`,
      `${bad('bad-globs.yaml')}:9:13: rules[0].files[0]: expected a glob with balanced brackets and braces (Missing closing: "}"), got "src/{main,test/**"`,
      `${bad('bad-globs.yaml')}:10:15: rules[0].ignores[0]: expected a glob with balanced brackets and braces (Missing opening: "{"), got "src/gen}/**"`,
    ],
  },
  {
    kind: 'duplicate rule ids, in one file and across an include',
    fixture: 'duplicate-ids.yaml',
    problems: [
      `${bad('duplicate-ids.yaml')}:8:9: rules[1].id: duplicate rule id "same-id", also declared at ${bad('duplicate-ids.yaml')}:4:9 (rules[0].id); rule ids must be unique across a recipe and its includes, so rename one`,
      `${bad('duplicate-ids-included.yaml')}:3:9: rules[0].id: duplicate rule id "same-id", also declared at ${bad('duplicate-ids.yaml')}:4:9 (rules[0].id); rule ids must be unique across a recipe and its includes, so rename one`,
    ],
  },
  {
    kind: 'include cycle',
    fixture: 'cycle-a.yaml',
    problems: [
      `${bad('cycle-b.yaml')}:3:5: include[0]: include cycle: ${bad('cycle-a.yaml')} → ${bad('cycle-b.yaml')} → ${bad('cycle-a.yaml')}; remove one of these includes`,
    ],
  },
  {
    kind: 'missing include',
    fixture: 'missing-include.yaml',
    problems: [
      `${bad('missing-include.yaml')}:3:5: include[0]: cannot read included recipe "parts/not-there.yaml" (resolved to ${path.resolve(bad('parts/not-there.yaml'))}): no such file; include paths are relative to the including file`,
    ],
  },
  {
    kind: 'invalid effort, severity, query, message, id, language and deprecated values',
    fixture: 'bad-values.yaml',
    problems: [
      `${bad('bad-values.yaml')}:7:13: rules[0].effort: expected a duration such as 0m, 2m, 1h, 1h30m or 1d (1d = 8h), got "2 hours"`,
      `${bad('bad-values.yaml')}:12:13: rules[1].effort: expected a duration such as 0m, 2m, 1h, 1h30m or 1d (1d = 8h), got 5`,
      `${bad('bad-values.yaml')}:17:15: rules[2].severity: expected one of info, minor, major, critical, blocker, got "majr"; did you mean "major"?`,
      `${bad('bad-values.yaml')}:20:21: rules[3].match.query: expected a non-empty string, got an empty string`,
      `${bad('bad-values.yaml')}:25:14: rules[4].message: expected a one-line message (put longer guidance under note:), got a 2-line string`,
      `${bad('bad-values.yaml')}:28:9: rules[5].id: expected a kebab-case id such as "java-boxed-constructor" (lowercase letters, digits and "-"), got "Not_Kebab"`,
      `${bad('bad-values.yaml')}:29:15: rules[5].language: expected one of java, typescript, javascript, got "cobol"`,
      `${bad('bad-values.yaml')}:30:26: rules[5].match.deprecated: expected true (anywhere), project (declared in the scanned tree) or dependencies (declared in typings of dependencies), got false`,
    ],
  },
  {
    kind: 'missing required keys (pointing at the rule that lacks them)',
    fixture: 'missing-keys.yaml',
    problems: [
      `${bad('missing-keys.yaml')}:3:5: rules[0].id: missing required key "id"`,
      `${bad('missing-keys.yaml')}:3:5: rules[0].message: missing required key "message"`,
    ],
  },
  {
    kind: 'no rules at all',
    fixture: 'no-rules.yaml',
    problems: [`${bad('no-rules.yaml')}:2:8: rules: the recipe has no rules; add some under rules: or include: a recipe that has some`],
  },
  {
    kind: 'an empty file',
    fixture: 'empty.yaml',
    problems: [`${bad('empty.yaml')}:1:1: expected a recipe: a map with at least name: and rules: (or include:), got an empty value`],
  },
];

describe('loadRecipe errors', () => {
  it.each(cases)('reports $kind', async ({ fixture, problems }) => {
    expect(await loadProblems(bad(fixture))).toEqual(problems);
  });

  it('throws a RecipeError whose message lists every problem, one per line', async () => {
    const error = await loadRecipe(bad('unknown-keys.yaml')).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(RecipeError);
    expect(String(error)).toContain(`${bad('unknown-keys.yaml')}:8:5: rules[0].serverity: unknown key "serverity"`);
    expect(error instanceof Error ? error.message.split('\n') : []).toHaveLength(4);
  });

  it('reports a recipe file that does not exist', async () => {
    expect(await loadProblems(bad('nope.yaml'))).toEqual([
      `${bad('nope.yaml')}:1:1: cannot read recipe file (resolved to ${path.resolve(bad('nope.yaml'))}): no such file`,
    ]);
  });
});
