/**
 * Fix templates: text with variables taken from the match.
 *   $NAME $TEXT $RECEIVER $CALLEE $TYPE $ARGS $ARG1…$ARG9   the matched parts, as written
 *   ${VAR/regex/replacement/}                                a variable with a regex replacement
 *   $(ARG1 + ARG2)                                           the sum (or difference) of two integer literals
 *   $$                                                       a dollar sign
 */

export const TEMPLATE_VARIABLES = ['NAME', 'TEXT', 'RECEIVER', 'CALLEE', 'TYPE', 'ARGS', 'ARG1', 'ARG2', 'ARG3', 'ARG4', 'ARG5', 'ARG6', 'ARG7', 'ARG8', 'ARG9'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

export const TEMPLATE_ERROR =
  'a template using $NAME, $TEXT, $RECEIVER, $CALLEE, $TYPE, $ARGS, $ARG1…$ARG9, ${VAR/regex/replacement/}, $(ARG1 + ARG2) or $$';

const TOKEN = /\$\$|\$\{([A-Z0-9]+)\/((?:[^/\\]|\\.)*)\/((?:[^/\\]|\\.)*)\/\}|\$\((ARG[1-9])\s*([+-])\s*(ARG[1-9])\)|\$([A-Z][A-Z0-9]*)|\$/g;

/** Why a template is invalid, or undefined when it is fine. */
export function templateProblem(template: string): string | undefined {
  for (const m of template.matchAll(TOKEN)) {
    if (m[0] === '$$') continue;
    const variable = m[1] ?? m[7];
    if (m[4] !== undefined) continue;
    if (variable === undefined) return `a lone "$" at offset ${m.index}; write $$ for a dollar sign`;
    if (!(TEMPLATE_VARIABLES as readonly string[]).includes(variable)) return `unknown variable $${variable}`;
    if (m[1] !== undefined) {
      try {
        new RegExp(m[2] ?? '');
      } catch (error) {
        return `invalid regular expression in \${${variable}/…/}: ${String(error)}`;
      }
    }
  }
  return undefined;
}

/**
 * Renders a template. Returns undefined when it cannot be rendered exactly: a variable the match does
 * not have, or arithmetic on arguments that are not integer literals.
 */
export function renderTemplate(template: string, value: (variable: TemplateVariable) => string | undefined): string | undefined {
  let failed = false;
  const out = template.replace(TOKEN, (token, subVar?: string, pattern?: string, replacement?: string, left?: string, op?: string, right?: string, plain?: string) => {
    if (token === '$$') return '$';
    if (left !== undefined && right !== undefined) {
      const a = integerLiteral(value(left as TemplateVariable));
      const b = integerLiteral(value(right as TemplateVariable));
      if (a === undefined || b === undefined) return fail();
      return String(op === '-' ? a - b : a + b);
    }
    const variable = (subVar ?? plain) as TemplateVariable;
    const text = value(variable);
    if (text === undefined) return fail();
    return subVar !== undefined ? text.replace(new RegExp(pattern ?? ''), replacement ?? '') : text;
  });
  return failed ? undefined : out;

  function fail(): string {
    failed = true;
    return '';
  }
}

/** A decimal integer literal's value; not `010` (octal in legacy JavaScript and in Java), not `1e3`. */
function integerLiteral(text: string | undefined): number | undefined {
  if (text === undefined || !/^\s*-?(0|[1-9]\d*)\s*$/.test(text)) return undefined;
  return Number(text);
}
