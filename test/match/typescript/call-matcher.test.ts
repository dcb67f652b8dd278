import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractTsFacts } from '../../../src/index/typescript/extract-ts-facts.js';
import { linkTypeScript } from '../../../src/index/typescript/link-ts.js';
import { tsWantsOf } from '../../../src/match/typescript/ts-wants.js';
import { recipeOf, testTsMatcher } from './ts-rule-tester.js';

const URL_PARSE = ['url#parse', 'url#resolve'];

testTsMatcher('call', {
  valid: [
    {
      name: 'a local variable named url holding a string',
      code: "function handler(req) {\n  var url = req.url;\n  return url.indexOf('?') >= 0 ? url.split('?')[0] : url;\n}\nmodule.exports = handler;",
      options: [...URL_PARSE, 'url#indexOf|split'],
    },
    {
      name: "a string variable named url in a module that also requires 'url'",
      code: "const parser = require('url');\nconst url = 'http://x/?a';\nmodule.exports = [url.indexOf('?'), parser.format(url)];",
      options: ['url#indexOf'],
    },
    {
      name: 'a project module standing in for fs (object literal export)',
      code: "var fs = require('./lib/fake-fs');\nmodule.exports = function (p, cb) { fs.exists(p, cb); };",
      project: { 'lib/fake-fs.js': 'module.exports = {\n  exists: function (path, cb) { cb(true); },\n};' },
      options: ['fs#exists'],
    },
    {
      name: 'a project module standing in for fs (exports.x =)',
      code: "var fs = require('./lib/fake-fs');\nmodule.exports = function (p, cb) { fs.exists(p, cb); };",
      project: { 'lib/fake-fs.js': 'exports.exists = function (path, cb) { cb(true); };' },
      options: ['fs#exists'],
    },
    { name: 'a project function named parse', code: 'function parse(s) { return s; }\nmodule.exports = parse(1);', options: URL_PARSE },
    { name: "other modules' and globals' parse", code: "const path = require('path');\nmodule.exports = [path.parse('/a'), JSON.parse('1'), Date.parse('x')];", options: URL_PARSE },
    { name: 'mentions in comments and strings', code: "// require('url').parse(x)\nmodule.exports = \"require('url').parse(x)\";", options: URL_PARSE },
    { name: 'a local object named util', code: "const util = { print() {} };\nutil.print('x');\nmodule.exports = util;", options: ['util#print'] },
    { name: 'args [object]: a string argument', code: "const url = require('url');\nmodule.exports = url.format('http://x');", options: [{ method: 'url#format', args: ['object'] }] },
    { name: 'args: wrong count', code: "const url = require('url');\nmodule.exports = url.resolve('a');", options: [{ method: 'url#resolve', args: 2 }], file: 'case.ts' },
  ],
  invalid: [
    { name: 'method of a required module', code: "const u = require('url');\nmodule.exports = (x) => u.parse(x);", options: URL_PARSE, hits: ['2:27 exact url#parse'] },
    { name: 'destructured require', code: "const { parse } = require('url');\nmodule.exports = (x) => parse(x);", options: URL_PARSE, hits: ['2:25 exact url#parse'] },
    { name: 'member of require() held in a variable', code: "const parse = require('url').parse;\nmodule.exports = (x) => parse(x);", options: URL_PARSE, hits: ['2:25 exact url#parse'] },
    { name: 'renamed ESM import with node: prefix (.mjs)', file: 'case.mjs', code: "import { parse as p } from 'node:url';\nexport const f = (x) => p(x);", options: URL_PARSE, hits: ['2:25 exact url#parse'] },
    { name: 'renamed ESM import with node: prefix (.ts)', file: 'case.ts', code: "import { parse as p } from 'node:url';\nexport const f = (x: string) => p(x);", options: URL_PARSE, hits: ['2:33 exact url#parse'] },
    { name: 'namespace import', file: 'case.ts', code: "import * as url from 'url';\nexport const f = (x: string) => url.parse(x);", options: URL_PARSE, hits: ['2:37 exact url#parse'] },
    { name: 'TS import = require', file: 'case.ts', code: "import url = require('url');\nexport const f = (x: string) => url.resolve(x, '/');", options: URL_PARSE, hits: ['2:37 exact url#resolve'] },
    {
      name: 'CommonJS re-export through a project index',
      code: "module.exports = (x) => require('./lib').parse(x);",
      project: { 'lib/index.js': "exports.parse = require('url').parse;" },
      options: URL_PARSE,
      hits: ['1:42 exact url#parse'],
    },
    {
      name: 'ESM re-export through a project index (.mjs)',
      file: 'case.mjs',
      code: "import { parse } from './lib/index.mjs';\nexport const f = (x) => parse(x);",
      project: { 'lib/index.mjs': "export { parse } from 'url';" },
      options: URL_PARSE,
      hits: ['2:25 exact url#parse'],
    },
    {
      name: 'ESM re-export under another name',
      file: 'case.ts',
      code: "import { parseUrl } from './lib/urls';\nexport const f = (x: string) => parseUrl(x);",
      project: { 'lib/urls.ts': "export { parse as parseUrl } from 'url';" },
      options: URL_PARSE,
      hits: ['2:33 exact url#parse'],
    },
    {
      name: 'the real fs.exists next to a fake one',
      code: "var fake = require('./lib/fake-fs');\nmodule.exports = function (p, cb) {\n  fake.exists(p, cb);\n  require('fs').exists(p, cb);\n};",
      project: { 'lib/fake-fs.js': 'module.exports = { exists: function (path, cb) { cb(true); } };' },
      options: ['fs#exists'],
      hits: ['4:17 exact fs#exists'],
    },
    {
      name: 'a project module passing the real fs.exists on',
      code: "var fs = require('./lib/fake-fs');\nmodule.exports = function (p, cb) { fs.exists(p, cb); };",
      project: { 'lib/fake-fs.js': "var fs = require('fs');\nmodule.exports = { exists: fs.exists };" },
      options: ['fs#exists'],
      hits: ['2:40 exact fs#exists'],
    },
    {
      name: 'CommonJS re-export under another name',
      code: "const { urlParse } = require('./lib');\nmodule.exports = (x) => urlParse(x);",
      project: { 'lib/index.js': "const url = require('url');\nmodule.exports = { urlParse: url.parse };" },
      options: URL_PARSE,
      hits: ['2:25 exact url#parse'],
    },
    { name: 'Buffer() without new', code: 'module.exports = Buffer(10);', options: ['buffer#Buffer'], hits: ['1:18 exact buffer#Buffer'] },
    { name: 'require() in a .ts file (untyped: by import)', file: 'case.ts', code: "const u2 = require('url');\nexport const f = (x: string) => u2.parse(x);", options: URL_PARSE, hits: ['2:36 by-import url#parse'] },
    { name: 'destructured require() in a .ts file', file: 'case.ts', code: "const { parse } = require('url');\nexport const f = (x: string) => parse(x);", options: URL_PARSE, hits: ['2:33 by-import url#parse'] },
    { name: 'a function missing from the typings (util.print)', code: "const util = require('util');\nutil.print('x');", options: ['util#print'], hits: ['2:6 by-import util#print'] },
    { name: 'a method missing from a type (process.binding)', code: "module.exports = process.binding('fs');", options: ['NodeJS.Process#binding'], hits: ['1:26 by-import NodeJS.Process#binding'] },
    { name: 'a type named by its last segment', code: "module.exports = process.binding('fs');", options: ['Process#binding'], hits: ['1:26 by-import'] },
    { name: 'args [object]: an object literal', code: "const url = require('url');\nmodule.exports = url.format({ protocol: 'http', host: 'x' });", options: [{ method: 'url#format', args: ['object'] }], hits: ['2:22 exact url#format'] },
    { name: 'alternatives in the member part, two on a line', code: "const u = require('url');\nmodule.exports = [u.parse('a'), u.resolve('a', 'b')];", options: ['url#parse|resolve'], hits: ['2:21 exact', '2:35 exact'] },
  ],
});

describe('typescript candidate filtering', () => {
  let root = '';
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('confirms only the sites whose names some rule wants', async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'refactor-ts-wants-'));
    const text = "const u = require('url');\nmodule.exports = [u.parse('a'), u.format({})];";
    const facts = extractTsFacts(text, 'javascript');
    expect(facts.sites.map((s) => s.name)).toEqual(expect.arrayContaining(['parse', 'format']));
    const wants = tsWantsOf(recipeOf([{ kind: 'call', options: ['url#parse'] }]));
    const { files, stats } = await linkTypeScript(root, [{ path: 'a.js', absPath: path.join(root, 'a.js'), facts, readText: async () => text }], wants);
    expect(files[0]?.uses.map((u) => `${u.owner}#${u.name}`)).toEqual(['url#parse']);
    expect(stats.candidates).toBe(1);
  });
});
