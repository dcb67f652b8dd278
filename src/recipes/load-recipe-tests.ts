import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { RecipeError, type RecipeProblem } from '../core/errors.js';
import { firstLineOf } from '../core/first-line-of.js';

/**
 * Test cases that live beside a recipe (`<recipe>.tests.yaml`), like ast-grep's rule tests and
 * OpenRewrite's RewriteTest: per rule, code before and the code the rule's fix must turn it into.
 *
 *   java-boxed-constructor:
 *     - name: nested creations compose
 *       before: |
 *         class A { Long l = new Long(new Integer(0)); }
 *       after: |
 *         class A { Long l = Long.valueOf(Integer.valueOf(0)); }
 */
const caseSchema = z.strictObject({
  name: z.string().min(1),
  /** File name of the case's code (default `Case.java` or `case.ts`/`case.js` by the rule's language). */
  file: z.string().regex(/^[\w.-]+(\/[\w.-]+)*$/, 'a relative file name such as Case.java or lib/case.js').optional(),
  before: z.string(),
  /** The expected code after the fix; equal to `before` (or omitted) when the rule must not change it. */
  after: z.string().optional(),
  /** How many findings of the rule the code must have (default: at least one when `after` differs). */
  findings: z.number().int().min(0).optional(),
  /** Other files of the case's little project, by relative path. */
  project: z.record(z.string(), z.string()).optional(),
});

const testsSchema = z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/), z.array(caseSchema).min(1));

export type RecipeTestCase = z.infer<typeof caseSchema> & { ruleId: string; line: number };

/** `recipes/x.yaml` → `recipes/x.tests.yaml`. */
export function testsFileOf(recipeFile: string): string {
  return recipeFile.replace(/\.ya?ml$/, '') + '.tests.yaml';
}

/** Loads a recipe's test cases; a malformed file is a RecipeError naming file, line and key. */
export async function loadRecipeTests(file: string): Promise<RecipeTestCase[]> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new RecipeError([{ file, line: 1, column: 1, key: '', message: `no test file: write cases in ${path.basename(file)}` }]);
  });
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const problems: RecipeProblem[] = doc.errors.map((e) => ({
    file,
    line: e.linePos?.[0]?.line ?? 1,
    column: e.linePos?.[0]?.col ?? 1,
    key: '',
    message: firstLineOf(e) || 'invalid YAML',
  }));
  if (problems.length > 0) throw new RecipeError(problems);
  const parsed = testsSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    throw new RecipeError(
      parsed.error.issues.map((issue) => {
        const node = doc.getIn(issue.path as Array<string | number>, true) as { range?: [number, number] } | undefined;
        const at = lineCounter.linePos(node?.range?.[0] ?? 0);
        return { file, line: at.line, column: at.col, key: issue.path.join('.'), message: issue.message };
      }),
    );
  }
  const cases: RecipeTestCase[] = [];
  const root = doc.contents;
  for (const [ruleId, list] of Object.entries(parsed.data)) {
    const seq = isMap(root) ? root.get(ruleId, true) : undefined;
    list.forEach((c, i) => {
      const item = isSeq(seq) ? (seq.items[i] as { range?: [number, number] } | undefined) : undefined;
      cases.push({ ...c, ruleId, line: lineCounter.linePos(item?.range?.[0] ?? 0).line });
    });
  }
  return cases;
}
