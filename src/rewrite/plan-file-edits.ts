import type { Captures, Edit, Span } from '../core/types.js';
import type { JavaImport } from '../index/java/facts.js';
import { applyEdits, type TextEdit } from '../core/apply-edits.js';
import { conditionsHold } from './check-conditions.js';
import type { Fix, FixCase } from './fix-spec.js';
import { javaImportEdits } from './java-imports.js';
import { renderTemplate, type TemplateVariable } from './template.js';

/** A finding of one file that has a fix, with what the fix needs. */
export interface FixableFinding {
  id: string;
  ruleId: string;
  fix: Fix;
  captures: Captures;
}

export interface FilePlan {
  /** Edits (offsets into the original text), composed: a fix inside another fix is one edit. */
  edits: Edit[];
  after: string;
  /** Findings with a fix that could not be applied, and why. */
  unfixed: Array<{ findingId: string; reason: string }>;
}

interface Candidate {
  finding: FixableFinding;
  chosen: FixCase;
  span: Span;
}

interface Rendered extends TextEdit {
  findingIds: string[];
  ruleIds: string[];
}

/**
 * Plans one file's deterministic fixes. Pure. Fixes are rendered innermost first, so that a fix whose
 * captures contain another fix (`new Long(new Integer(0))`) renders with the inner one applied;
 * partly overlapping fixes cannot both be right, and the later one is left unfixed.
 */
export function planFileEdits(
  file: string,
  text: string,
  findings: readonly FixableFinding[],
  javaContext?: { package: string; imports: readonly JavaImport[] },
): FilePlan {
  const unfixed: FilePlan['unfixed'] = [];
  const candidates: Candidate[] = [];
  for (const finding of findings) {
    const chosen = finding.fix.cases.find((c) => conditionsHold(c.when, finding.captures, text));
    if (!chosen) {
      unfixed.push({ findingId: finding.id, reason: 'no fix case applies (argument kinds unknown or not covered): left for triage' });
      continue;
    }
    const span = 'rename' in chosen.action ? finding.captures.name : finding.captures.span;
    if (!span) {
      unfixed.push({ findingId: finding.id, reason: 'the match has no name to rename' });
      continue;
    }
    candidates.push({ finding, chosen, span });
  }
  candidates.sort((a, b) => a.span[1] - a.span[0] - (b.span[1] - b.span[0]) || a.span[0] - b.span[0]);

  let rendered: Rendered[] = [];
  const imports = { add: new Set<string>(), remove: new Set<string>(), findingIds: [] as string[], ruleIds: [] as string[] };
  for (const c of candidates) {
    const [start, end] = c.span;
    const overlapping = rendered.filter((r) => r.start < end && start < r.end);
    const clash = overlapping.find((r) => r.start < start || r.end > end || (r.start === start && r.end === end));
    if (clash) {
      unfixed.push({ findingId: c.finding.id, reason: `overlaps the fix of ${clash.findingIds.join(', ')}` });
      continue;
    }
    const text2 = renderCase(c, text, overlapping);
    if (text2 === undefined) {
      unfixed.push({ findingId: c.finding.id, reason: 'the fix template needs a part this match does not have' });
      continue;
    }
    // A fix that changes nothing claims no span (it would only block other fixes there).
    if (overlapping.length === 0 && text2 === text.slice(start, end)) {
      unfixed.push({ findingId: c.finding.id, reason: 'the fix leaves this code as it is' });
      continue;
    }
    rendered = rendered.filter((r) => !overlapping.includes(r));
    rendered.push({
      start,
      end,
      text: text2,
      findingIds: [c.finding.id, ...overlapping.flatMap((r) => r.findingIds)],
      ruleIds: unique([c.finding.ruleId, ...overlapping.flatMap((r) => r.ruleIds)]),
    });
    for (const fqn of c.chosen.imports.add) imports.add.add(fqn);
    for (const fqn of c.chosen.imports.remove) imports.remove.add(fqn);
    if (c.chosen.imports.add.length + c.chosen.imports.remove.length > 0) {
      imports.findingIds.push(c.finding.id);
      imports.ruleIds.push(c.finding.ruleId);
    }
  }

  const afterFixes = applyEdits(text, rendered);
  // An import edit on a line another fix already rewrote (an import rule renaming that very import) yields to it.
  const importEdits = (javaContext ? javaImportEdits(text, afterFixes, javaContext, imports.add, imports.remove) : []).filter(
    (e) => !rendered.some((r) => r.start < e.end && e.start < r.end),
  );
  const all: Rendered[] = [
    ...rendered,
    ...importEdits.map((e) => ({ ...e, findingIds: unique(imports.findingIds), ruleIds: unique(imports.ruleIds) })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    edits: all.map((r) => ({ file, start: r.start, end: r.end, text: r.text, findingIds: r.findingIds, ruleIds: r.ruleIds, origin: 'deterministic' })),
    after: applyEdits(text, all),
    unfixed,
  };
}

/** Renders a case with each captured part taken from the text as already fixed inside it. */
function renderCase(c: Candidate, text: string, inner: readonly TextEdit[]): string | undefined {
  const action = c.chosen.action;
  if ('rename' in action) return action.rename;
  const captures = c.finding.captures;
  const part = (span: Span | undefined) =>
    span === undefined ? undefined : applyEdits(text, inner.filter((e) => e.start >= span[0] && e.end <= span[1]), span);
  const args = captures.args ?? [];
  const value = (variable: TemplateVariable): string | undefined => {
    switch (variable) {
      case 'TEXT':
        return part(captures.span);
      case 'NAME':
        return part(captures.name);
      case 'RECEIVER':
        return part(captures.receiver);
      case 'TYPE':
        return part(captures.type);
      case 'CALLEE':
        return captures.name ? part([captures.span[0], captures.name[1]]) : undefined;
      case 'ARGS': {
        const first = args[0];
        const last = args[args.length - 1];
        return first && last ? part([first[0], last[1]]) : '';
      }
      default:
        return part(args[Number(variable.slice(3)) - 1]);
    }
  };
  return renderTemplate(action.to, value);
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
