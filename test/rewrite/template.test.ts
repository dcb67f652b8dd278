import { describe, expect, it } from 'vitest';
import { renderTemplate, templateProblem, type TemplateVariable } from '../../src/rewrite/template.js';

const values: Partial<Record<TemplateVariable, string>> = {
  NAME: 'ROUND_HALF_UP',
  CALLEE: 's?.substr',
  ARG1: '2',
  ARG2: '3',
  ARGS: '2, 3',
  RECEIVER: 'fs',
};
const render = (t: string) => renderTemplate(t, (v) => values[v]);

describe('fix templates', () => {
  it.each([
    ['$RECEIVER.constants.$NAME', 'fs.constants.ROUND_HALF_UP'],
    ['RoundingMode.${NAME/^ROUND_//}', 'RoundingMode.HALF_UP'],
    ['${CALLEE/substr$/slice/}($ARG1, $(ARG1 + ARG2))', 's?.slice(2, 5)'],
    ['$(ARG2 - ARG1)', '1'],
    ['cost: $$5 ($ARGS)', 'cost: $5 (2, 3)'],
  ])('renders %s', (template, expected) => {
    expect(templateProblem(template)).toBeUndefined();
    expect(render(template)).toBe(expected);
  });

  it('refuses to render what it cannot render exactly', () => {
    expect(render('$TYPE.valueOf($ARGS)')).toBeUndefined(); // no TYPE in this match
    expect(renderTemplate('$(ARG1 + ARG2)', (v) => ({ ARG1: 'a', ARG2: '1' })[v as 'ARG1' | 'ARG2'])).toBeUndefined();
  });

  it.each([
    ['$FOO', 'unknown variable $FOO'],
    ['price $5', 'a lone "$"'],
    ['${NAME/(/x/}', 'invalid regular expression'],
  ])('explains what is wrong with %s', (template, problem) => {
    expect(templateProblem(template)).toContain(problem);
  });
});
