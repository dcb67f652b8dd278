import { applyPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { applyEdits, type TextEdit } from '../../src/core/apply-edits.js';
import { formatFileDiff } from '../../src/patch/format-file-diff.js';
import { seededRandom } from '../bench/seeded-random.js';

/** A Java-ish file of `n` numbered lines, so that lines are distinct unless a case makes them equal. */
function lines(n: number, eol = '\n'): string {
  return Array.from({ length: n }, (_, i) => (i % 7 === 6 ? '  }' : `  int f${i} = new Integer(${i});`)).join(eol) + eol;
}

/** Replaces the `index`-th occurrence of `find` in `text`. */
function editAt(text: string, find: string, index: number, replacement: string): TextEdit {
  let at = -1;
  for (let i = 0; i <= index; i++) at = text.indexOf(find, at + 1);
  if (at < 0) throw new Error(`no occurrence ${index} of ${find}`);
  return { start: at, end: at + find.length, text: replacement };
}

function both(before: string, edits: TextEdit[]): { windowed: string | undefined; whole: string | undefined; after: string } {
  const after = applyEdits(before, edits);
  return { windowed: formatFileDiff('src/A.java', before, after, edits), whole: formatFileDiff('src/A.java', before, after), after };
}

describe('formatFileDiff with edits (diffed window by window)', () => {
  const cases: Array<[string, string, (text: string) => TextEdit[]]> = [
    ['one edit in the middle', lines(100), (t) => [editAt(t, 'new Integer(50)', 0, 'Integer.valueOf(50)')]],
    ['edits far apart: separate hunks', lines(200), (t) => [editAt(t, 'new Integer(10)', 0, 'Integer.valueOf(10)'), editAt(t, 'new Integer(150)', 0, 'Integer.valueOf(150)')]],
    ['6 unchanged lines between two edits: one hunk', lines(100), (t) => [editAt(t, 'new Integer(22)', 0, 'X'), editAt(t, 'new Integer(29)', 0, 'Y')]],
    ['7 unchanged lines between two edits: two hunks', lines(100), (t) => [editAt(t, 'new Integer(22)', 0, 'X'), editAt(t, 'new Integer(30)', 0, 'Y')]],
    ['first and last line', lines(40), (t) => [editAt(t, 'new Integer(0)', 0, 'A'), editAt(t, 'new Integer(39)', 0, 'B')]],
    ['a line inserted at the top', lines(30), () => [{ start: 0, end: 0, text: 'import java.util.Objects;\n' }]],
    ['a whole line deleted', lines(30), (t) => [{ ...editAt(t, '  int f9 = new Integer(9);\n', 0, '') }]],
    ['a line split in two', lines(30), (t) => [editAt(t, 'new Integer(12)', 0, 'first(12);\n    second()')]],
    ['lines joined across a newline', lines(30), (t) => [editAt(t, '(3);\n  int f4', 0, '(3); int f4')]],
    ['no newline at end of file', lines(20).slice(0, -1), (t) => [editAt(t, 'new Integer(19)', 0, 'Integer.valueOf(19)')]],
    ['CRLF line endings', lines(60, '\r\n'), (t) => [editAt(t, 'new Integer(5)', 0, 'Integer.valueOf(5)'), editAt(t, 'new Integer(50)', 0, 'Integer.valueOf(50)')]],
    ['repeated equal lines around the edit', lines(60).replace(/ {2}int f2[0-9] = new Integer\(2[0-9]\);/g, '  }'), (t) => [editAt(t, 'new Integer(30)', 0, 'Z')]],
  ];
  for (const [name, before, makeEdits] of cases) {
    it(`gives the same hunks as a whole-file diff: ${name}`, () => {
      const { windowed, whole, after } = both(before, makeEdits(before));
      expect(windowed).toBeDefined();
      expect(windowed).toBe(whole);
      expect(applyPatch(before, windowed ?? '')).toBe(after);
    });
  }

  it('joins edits into one hunk exactly when a whole-file diff would', () => {
    const before = lines(100);
    const hunks = (second: number) =>
      (both(before, [editAt(before, 'new Integer(22)', 0, 'X'), editAt(before, `new Integer(${second})`, 0, 'Y')]).windowed ?? '').match(/^@@/gm)?.length;
    expect(hunks(29)).toBe(1);
    expect(hunks(30)).toBe(2);
  });

  it('yields a patch that applies, for many random edits at once', () => {
    const random = seededRandom(7);
    const before = lines(3000);
    for (let round = 0; round < 20; round++) {
      const edits: TextEdit[] = [];
      let at = 0;
      while (true) {
        at += 1 + random.int(0, 3999);
        if (at >= before.length) break;
        const end = Math.min(before.length, at + random.int(0, 59));
        const text = random.pick(['', 'x', '\n', 'Integer.valueOf(1)', 'a\nb\n']);
        edits.push({ start: at, end, text });
        at = end;
      }
      const after = applyEdits(before, edits);
      const windowed = formatFileDiff('src/A.java', before, after, edits);
      expect(applyPatch(before, windowed ?? '')).toBe(after);
    }
  });

  it('says nothing when the edits change nothing', () => {
    const before = lines(10);
    const same = editAt(before, 'new Integer(3)', 0, 'new Integer(3)');
    expect(formatFileDiff('src/A.java', before, before, [same])).toBeUndefined();
  });

  it('falls back to a whole-file diff when the edits do not make `after`', () => {
    const before = lines(20);
    const after = before.replace('new Integer(4)', 'Integer.valueOf(4)');
    const unrelated = editAt(before, 'new Integer(15)', 0, 'X');
    expect(formatFileDiff('src/A.java', before, after, [unrelated])).toBe(formatFileDiff('src/A.java', before, after));
  });
});
