import { testTsMatcher } from './ts-rule-tester.js';

const SUBSTR = ['String#substr'];

testTsMatcher('method', {
  valid: [
    { name: 'a user class with its own substr', code: 'class Text { substr(n) { return n; } }\nmodule.exports = new Text().substr(1);', options: SUBSTR },
    { name: 'an object literal with a substr property', code: 'const o = { substr: (n) => n };\nmodule.exports = o.substr(1);', options: SUBSTR },
    { name: 'substring is another method', code: "const s = 'abc';\nmodule.exports = s.substring(1);", options: SUBSTR },
    { name: 'a read, not a call', code: 'module.exports = String.prototype.substr;', options: SUBSTR },
    { name: 'mentions in comments and strings', code: "// s.substr(1)\nmodule.exports = 's.substr(1)';", options: SUBSTR },
    { name: 'a typed receiver of another type (.ts)', file: 'case.ts', code: 'export const f = (a: string[]) => a.slice(1);', options: ['String#slice'] },
    { name: 'args: a string argument is ruled out', code: "const s = 'abc';\nmodule.exports = s.substr('1', 2);", options: [{ method: 'String#substr', args: ['number', 'number'] }] },
    { name: 'a wildcard member never matches an untyped receiver', code: 'module.exports = bar().trim();', options: ['String#*'] },
  ],
  invalid: [
    { name: 'string literal receiver', code: "module.exports = 'abc'.substr(1);", options: SUBSTR, hits: ['1:24 exact String#substr'] },
    { name: 'string variable receiver', code: "const s = 'abc';\nmodule.exports = s.substr(1);", options: SUBSTR, hits: ['2:20 exact String#substr'] },
    { name: 'template literal receiver', code: 'module.exports = `a${1}`.substr(2);', options: SUBSTR, hits: ['1:26 exact'] },
    { name: 'String object and a subclass of String', code: "class MyStr extends String {}\nmodule.exports = [new String('x').substr(1), new MyStr('y').substr(1)];", options: SUBSTR, hits: ['2:35 exact', '2:61 exact'] },
    { name: 'typed parameter (.ts)', file: 'case.ts', code: 'export const f = (s: string) => s.substr(1);', options: SUBSTR, hits: ['1:35 exact'] },
    { name: 'receiver from an unknown call (JS): name only', code: 'module.exports = foo().substr(1);', options: SUBSTR, hits: ['1:24 name-only String#substr'] },
    { name: 'untyped parameter (JS): name only', code: 'module.exports = function (s) { return s.substr(1); };', options: SUBSTR, hits: ['1:42 name-only'] },
    { name: 'any-typed parameter (.ts): name only', file: 'case.ts', code: 'export const f = (a: any) => a.substr(1);', options: SUBSTR, hits: ['1:32 name-only'] },
    { name: 'a chain, in source order', code: "module.exports = 'abcdef'.substr(1).substr(2);", options: SUBSTR, hits: ['1:27 exact', '1:37 exact'] },
    { name: 'alternatives in the member part', code: "const s = 'abc';\nmodule.exports = [s.substr(1), s.substring(1), s.trim()];", options: ['String#substr|substring'], hits: ['2:21 exact', '2:34 exact'] },
    {
      name: 'args: known and unknown argument types',
      code: "module.exports = function (n) {\n  return 'x'.substr(1, 2) + 'y'.substr(n, 2);\n};",
      options: [{ method: 'String#substr', args: ['number', 'number'] }],
      hits: ['2:14 exact', '2:33 name-only'],
    },
  ],
});
