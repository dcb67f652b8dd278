import type { ChangeOrigin, Edit, FileChange, Verification } from '../../src/core/types.js';

export interface EditSpec {
  /** Replace the first occurrence of `find` (after `after`, if given) with `text`. */
  find: string;
  after?: string;
  text: string;
  rules: string[];
  findings: string[];
  origin?: ChangeOrigin;
}

export interface ChangeOptions {
  encoding?: string;
  bom?: boolean;
  verification?: Verification;
}

/** A FileChange built by hand: edits located by search string, `after` computed by applying them. */
export function makeChange(path: string, before: string, specs: EditSpec[], options: ChangeOptions = {}): FileChange {
  const edits: Edit[] = specs.map((spec) => {
    const from = spec.after === undefined ? 0 : before.indexOf(spec.after) + spec.after.length;
    const start = before.indexOf(spec.find, from);
    if (start < 0 || (spec.after !== undefined && before.indexOf(spec.after) < 0)) {
      throw new Error(`makeChange: ${JSON.stringify(spec.find)} not found in ${path}`);
    }
    return {
      file: path,
      start,
      end: start + spec.find.length,
      text: spec.text,
      findingIds: spec.findings,
      ruleIds: spec.rules,
      origin: spec.origin ?? 'deterministic',
    };
  });
  let after = before;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    after = after.slice(0, edit.start) + edit.text + after.slice(edit.end);
  }
  return {
    path,
    before,
    after,
    encoding: options.encoding ?? 'utf-8',
    bom: options.bom ?? false,
    edits,
    verification: options.verification ?? { ok: true, checks: ['reparse'] },
  };
}
