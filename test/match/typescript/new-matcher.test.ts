import { testTsMatcher } from './ts-rule-tester.js';

const BUFFER = ['buffer#Buffer'];

testTsMatcher('new', {
  valid: [
    { name: 'a parameter named Buffer shadows the global', code: 'function wrap(Buffer) { return new Buffer(3); }\nmodule.exports = wrap;', options: BUFFER },
    {
      name: "a project class Buffer in a .ts file",
      file: 'case.ts',
      code: "import { Buffer } from './buffer';\nexport const b = new Buffer();",
      project: { 'buffer.ts': 'export class Buffer { size = 0; }' },
      options: BUFFER,
    },
    { name: 'a class Buffer declared in the same .ts module', file: 'case.ts', code: 'export class Buffer {}\nexport const b = new Buffer();', options: BUFFER },
    { name: 'Buffer.from() is a call, not a construction', code: "const b = Buffer.from('x');\nmodule.exports = b;", options: BUFFER },
    { name: 'mentions in comments and strings', code: "// new Buffer(10)\n/* new Buffer(10) */\nconst s = 'new Buffer(10)' + `new Buffer(${1})`;\nmodule.exports = s;", options: BUFFER },
    { name: 'another global constructor', code: "const u = new URL('http://x');\nmodule.exports = u;", options: BUFFER },
    { name: 'a project class named like a global (new: Date)', file: 'case.ts', code: 'class Date {}\nexport const d = new Date();', options: ['Date'] },
    { name: 'args exclude a string argument', code: "const b = new Buffer('abc');\nmodule.exports = b;", options: [{ type: 'buffer#Buffer', args: ['number'] }] },
  ],
  invalid: [
    { name: 'the global Buffer', code: 'const b = new Buffer(10);\nmodule.exports = b;', options: BUFFER, hits: ['1:11 exact buffer#Buffer'] },
    { name: 'destructured and renamed from require', code: "const { Buffer: B } = require('buffer');\nconst b = new B(1);\nmodule.exports = b;", options: BUFFER, hits: ['2:11 exact'] },
    { name: 'member of a required module', code: "var NodeBuffer = require('buffer').Buffer;\nmodule.exports = new NodeBuffer(5);", options: BUFFER, hits: ['2:18 exact'] },
    { name: 'named import with node: prefix (.mjs)', file: 'case.mjs', code: "import { Buffer } from 'node:buffer';\nexport const b = new Buffer(2);", options: BUFFER, hits: ['2:18 exact'] },
    { name: 'global Buffer in a .ts file', file: 'case.ts', code: 'export const b = new Buffer(4);', options: BUFFER, hits: ['1:18 exact'] },
    {
      name: 'several on nested lines, in source order',
      code: 'module.exports = function f(n) {\n  if (n) {\n    return [new Buffer(n),\n      new Buffer(n + 1)];\n  }\n};',
      options: BUFFER,
      hits: ['3:13 exact', '4:7 exact'],
    },
    { name: 'args: a number argument matches', code: 'const b = new Buffer(10);\nmodule.exports = b;', options: [{ type: 'buffer#Buffer', args: ['number'] }], hits: ['1:11 exact'] },
    { name: 'a global named without a module (new: Date)', code: 'module.exports = new Date(0);', options: ['Date'], hits: ['1:18 exact #Date'] },
    { name: 'CRLF line endings', code: 'const a = 1;\r\nconst b = new Buffer(a);\r\nmodule.exports = b;', options: BUFFER, hits: ['2:11 exact'] },
    { name: 'columns count UTF-16 units', code: "const s = 'é😀'; const b = new Buffer(s);\nmodule.exports = b;", options: BUFFER, hits: ['1:28 exact'] },
  ],
});
