import { testTsMatcher } from './ts-rule-tester.js';

const EVAL = '((call_expression function: (identifier) @f) @match (#eq? @f "eval"))';
const BLINK = '((jsx_opening_element name: (identifier) @n) @match (#eq? @n "blink"))';

testTsMatcher('query', {
  valid: [
    { name: 'a method named eval', code: 'module.exports = vm.eval(code);', options: [EVAL] },
    { name: 'another name, comments and strings', code: "// eval(x)\nmodule.exports = [evaluate('eval(x)'), `${1}eval()`];", options: [EVAL] },
    { name: 'a TS file without the node', file: 'case.ts', code: 'export const n: number = 1;', options: ['(as_expression) @match'] },
  ],
  invalid: [
    { name: 'calls in a JS file', code: "eval('1');\nconst r = eval(code);\nmodule.exports = r;", options: [EVAL], hits: ['1:1 exact', '2:11 exact'] },
    { name: 'calls in a TS file', file: 'case.ts', code: "export const r = (code: string) => eval(code as string);", options: [EVAL], hits: ['1:36 exact'] },
    { name: 'a TS-only node', file: 'case.ts', code: 'export const n = (x: unknown) =>\n  (x as number) + 1;', options: ['(as_expression) @match'], hits: ['2:4 exact'] },
    { name: 'without @match the first capture is the range', code: 'function f() {\n  debugger;\n}\nmodule.exports = f;', options: ['(debugger_statement) @stop'], hits: ['2:3 exact'] },
    { name: 'JSX in a .jsx file', file: 'case.jsx', code: "export const A = () => <div><blink>hi</blink></div>;", options: [BLINK], hits: ['1:29 exact'] },
    { name: 'JSX in a .tsx file', file: 'case.tsx', code: "export const A = (p: { t: string }) => (\n  <blink>{p.t}</blink>\n);", options: [BLINK], hits: ['2:3 exact'] },
  ],
});
