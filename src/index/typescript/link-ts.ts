import path from 'node:path';
import type { ts as TsNamespace } from 'ts-morph';
import { firstLineOf } from '../../core/first-line-of.js';
import { withLongRunTiering } from '../../core/v8-tiering.js';
import type { FileProblem, Resolution, Span } from '../../core/types.js';
import { createTsProgram, type TsProgram } from './create-ts-program.js';
import { bindingOf, type TsFileFacts, type TsSite } from './facts.js';
import type { LinkedTsFile, TsUse, TsWants } from './linked.js';
import { withoutDeepFiles } from './without-deep-files.js';

type Ts = TsProgram['ts'];
type Node = TsNamespace.Node;

export interface TsLinkInput {
  path: string;
  absPath: string;
  facts: TsFileFacts;
  /** The decoded text; only needed for files with wanted sites. */
  readText: () => Promise<string | undefined>;
}

export interface TsLinkStats {
  candidates: number;
  confirmed: number;
  filesChecked: number;
  usedTsconfig: boolean;
}

/**
 * Pass 2 for TS/JS: the TypeScript checker confirms what the wanted sites really refer to — through
 * aliases, namespace imports, re-exports, destructured requires, `node:` prefixes and inherited members.
 * Only sites whose name some rule asks about are checked; the rest of the program is never type-checked.
 */
export async function linkTypeScript(
  root: string,
  inputs: readonly TsLinkInput[],
  wants: TsWants,
): Promise<{ files: LinkedTsFile[]; stats: TsLinkStats; problems: FileProblem[] }> {
  // The checker runs long enough to gain from V8's inlining and early optimization (see core/v8-tiering.ts).
  return withLongRunTiering(() => linkWithChecker(root, inputs, wants));
}

async function linkWithChecker(
  root: string,
  inputs: readonly TsLinkInput[],
  wants: TsWants,
): Promise<{ files: LinkedTsFile[]; stats: TsLinkStats; problems: FileProblem[] }> {
  const deprecatedNames = new Set(wants.deprecated === 'none' ? [] : inputs.flatMap((i) => i.facts.deprecatedNames));
  // Names re-exported under another name anywhere in the project (`export { exists as pathExists } from 'fs'`).
  const originals = new Map<string, Set<string>>();
  for (const input of inputs) for (const r of input.facts.reexports) (originals.get(r.alias) ?? originals.set(r.alias, new Set()).get(r.alias))?.add(r.name);
  const wantedName = (name: string, seen = new Set<string>()): boolean => {
    if (wants.name(name) || deprecatedNames.has(name)) return true;
    if (seen.has(name)) return false;
    seen.add(name);
    return [...(originals.get(name) ?? [])].some((original) => wantedName(original, seen));
  };
  const isWantedIn = (facts: TsFileFacts) => (site: TsSite) => {
    if (wantedName(site.name)) return true;
    // An alias bound by import/require: `import { parse as p }`, `var NodeBuffer = require('buffer').Buffer`.
    const bound = site.receiver === undefined ? bindingOf(facts, site.name)?.name : undefined;
    return bound !== undefined && wantedName(bound);
  };
  // Deprecations in dependencies are only known once the program exists: then every file with sites is a candidate.
  const withSites = inputs.filter((i) => (wants.deprecated === 'all' ? i.facts.sites.length > 0 : i.facts.sites.some(isWantedIn(i.facts))));
  const stats: TsLinkStats = { candidates: 0, confirmed: 0, filesChecked: withSites.length, usedTsconfig: false };
  const texts = await Promise.all(withSites.map(async (i) => ({ absPath: i.absPath, text: await i.readText() })));
  const problems: FileProblem[] = [];
  const sources = texts.flatMap((t) => (t.text === undefined ? [] : [{ absPath: t.absPath, text: t.text }]));
  const pathOf = new Map(withSites.map((i) => [i.absPath, i.path]));
  const built = sources.length > 0 ? await withoutDeepFiles(sources, (s) => [s.text], (files) => createTsProgram(root, files)) : { leftOut: [] };
  const program: TsProgram | undefined = built.result;
  if (program) {
    const message = 'not type-checked: it nests too deeply for the TypeScript compiler (a chain of over 500 links)';
    problems.push(...built.leftOut.map((s) => ({ path: pathOf.get(s.absPath) ?? s.absPath, kind: 'check-failed' as const, line: 1, column: 1, message })));
  } else if ('error' in built) {
    // A broken tsconfig.json (or a checker crash) costs the TS/JS findings, never the run.
    const message = `the TypeScript program could not be built: ${firstLineOf(built.error)}`;
    problems.push(...withSites.map((i) => ({ path: i.path, kind: 'check-failed' as const, line: 1, column: 1, message })));
  }
  if (program) stats.usedTsconfig = program.usedTsconfig;
  const dependencyDeprecated = program && wants.deprecated === 'all' ? harvestDependencyDeprecations(program) : new Set<string>();

  const files = inputs.map((input): LinkedTsFile => {
    const base = { path: input.path, imports: input.facts.imports, queryHits: input.facts.queryHits };
    const sourceFile = program?.program.getSourceFile(input.absPath);
    if (!program || !sourceFile) return { ...base, uses: [] };
    const uses: TsUse[] = [];
    const isWanted = isWantedIn(input.facts);
    checkerErrors.length = 0;
    for (const site of input.facts.sites) {
      // Construct signatures have no name of their own (`new Buffer(size)` is deprecated on BufferConstructor): check every `new`.
      const maybeDeprecated = dependencyDeprecated.has(site.name) || (wants.deprecated === 'all' && site.kind === 'new');
      if (!isWanted(site) && !maybeDeprecated) continue;
      stats.candidates++;
      const use = resolveSite(program, sourceFile, site, input.facts, root);
      if (use) {
        uses.push(use);
        if (use.grade === 'exact') stats.confirmed++;
      }
    }
    if (checkerErrors.length > 0) {
      const first = checkerErrors[0] ?? '';
      problems.push({ path: input.path, kind: 'check-failed', line: 1, column: 1, message: `the checker failed on ${checkerErrors.length} site(s): ${first}` });
    }
    return { ...base, uses };
  });
  return { files, stats, problems };
}

/** Errors the checker threw while resolving the current file's sites (reported, never fatal). */
const checkerErrors: string[] = [];

function resolveSite(p: TsProgram, sf: TsNamespace.SourceFile, site: TsSite, facts: TsFileFacts, root: string): TsUse | undefined {
  const { ts, checker } = p;
  const token = getTokenAtPosition(ts, sf, site.nameOffset);
  if (!token || token.getText(sf) !== site.name) return undefined;
  const args = argKinds(p, sf, site);
  const captures = {
    span: site.span,
    name: [site.nameOffset, site.nameOffset + site.name.length] as Span,
    ...(site.receiverSpan ? { receiver: site.receiverSpan } : {}),
    args: site.args,
    argTypes: args,
  };
  const base = { kind: site.kind, name: site.name, range: site.range, args, captures };
  let symbol = safely(() => checker.getSymbolAtLocation(token));
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = safely(() => checker.getAliasedSymbol(symbol as TsNamespace.Symbol)) ?? symbol;
  const decl = symbol && (symbol.valueDeclaration ?? symbol.declarations?.[0]);
  // A bare name bound by destructuring a require (`const { R_OK } = require('fs'); R_OK`): its declaration
  // is the project's own variable; the binding says whose export it holds.
  const holder = symbol && decl ? projectHolder(p, symbol, decl, token, root) : undefined;
  const untyped = holder !== undefined && holder.isVariable && (holder.type.flags & ts.TypeFlags.Any) !== 0;
  // A bare name bound by destructuring a require (`const { R_OK } = require('fs'); R_OK`): its declaration
  // is the project's own variable; the binding says whose export it holds.
  const bound = site.kind === 'member' && !site.receiverSpan ? bindingOf(facts, site.name) : undefined;
  if (bound?.name !== undefined && holder?.isVariable) {
    return { ...base, name: bound.name, owner: bound.module.replace(/^node:/, ''), ownerKind: 'module', grade: untyped ? 'by-import' : 'exact' };
  }
  if (symbol && decl && !untyped) {
    const target = (holder && heldDeclaration(p, holder.type, root)) ?? { symbol, decl };
    const owner = ownerOf(ts, target.decl, root);
    const deprecated = deprecationOf(p, target.decl, token, root);
    // The declaration's own name, not the local alias (`p` in `import { parse as p }` is `parse`).
    const declared = target.symbol.getName();
    const name = /^[A-Za-z_$][\w$]*$/.test(declared) && declared !== 'default' ? declared : site.name;
    return { ...base, name, ...owner, grade: 'exact', ...(deprecated ? { deprecated } : {}) };
  }
  return { ...base, ...fallbackOwner(p, token, site, facts) };
}

/**
 * A project variable or property that merely holds a value (`const parse = require('url').parse`,
 * `exports.parse = require('url').parse`, `const { parse } = require('url')`), with the type of what it
 * holds. A variable of type `any` (a `require()` in a .ts file) says nothing about its origin.
 */
function projectHolder(p: TsProgram, symbol: TsNamespace.Symbol, decl: Node, at: Node, root: string) {
  const { ts, checker } = p;
  if (isDependency(decl, root)) return undefined;
  const isVariable = ts.isVariableDeclaration(decl) || ts.isBindingElement(decl);
  const holds =
    isVariable ||
    ts.isPropertyAssignment(decl) ||
    ts.isShorthandPropertyAssignment(decl) ||
    ts.isBinaryExpression(decl) ||
    ts.isPropertyAccessExpression(decl) ||
    ts.isExportAssignment(decl);
  const type = holds ? safely(() => checker.getTypeOfSymbolAtLocation(symbol, at)) : undefined;
  return type ? { type, isVariable } : undefined;
}

/** What a holder's type points at, when that is a dependency's function, class or method (an object's type is its interface, not its origin). */
function heldDeclaration(p: TsProgram, type: TsNamespace.Type, root: string) {
  const { ts } = p;
  const held = type.getSymbol();
  const heldDecl = held && (held.valueDeclaration ?? held.declarations?.[0]);
  if (!held || !heldDecl || !isDependency(heldDecl, root)) return undefined;
  if (!(held.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Method))) return undefined;
  return { symbol: held, decl: heldDecl };
}

/** Where a declaration lives: a module (and namespaces in it), a declared type, or the global scope. */
function ownerOf(ts: Ts, decl: Node, root: string): Pick<TsUse, 'owner' | 'ownerKind'> {
  const names: string[] = [];
  let typeName: string | undefined;
  for (let n: Node | undefined = decl.parent; n; n = n.parent) {
    if (ts.isModuleDeclaration(n)) {
      if (ts.isStringLiteral(n.name)) {
        const module = n.name.text.replace(/^node:/, '');
        if (typeName !== undefined) return { owner: [...names.reverse(), typeName].join('.'), ownerKind: 'type' };
        return { owner: [module, ...names.reverse()].join('.'), ownerKind: 'module' };
      }
      if (n.name.text !== 'global') names.push(n.name.text);
    } else if ((ts.isInterfaceDeclaration(n) || ts.isClassDeclaration(n) || ts.isEnumDeclaration(n) || ts.isClassExpression(n)) && typeName === undefined) {
      typeName = n.name?.text ?? '<anonymous>';
      names.length = 0;
    } else if (ts.isSourceFile(n)) {
      if (typeName !== undefined) return { owner: [...names.reverse(), typeName].join('.'), ownerKind: 'type' };
      return moduleOfFile(ts, n, root, names.reverse());
    }
  }
  return {};
}

function moduleOfFile(ts: Ts, file: TsNamespace.SourceFile, root: string, namespaces: string[]): Pick<TsUse, 'owner' | 'ownerKind'> {
  const isModule = ts.isExternalModule(file) || !file.isDeclarationFile;
  if (!isModule) return { owner: namespaces.join('.'), ownerKind: 'global' };
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file.fileName.replace(/\\/g, '/'));
  const module = packageMatch?.[1]?.replace(/^@types\//, '') ?? path.relative(root, file.fileName).replace(/\\/g, '/').replace(/\.(d\.)?[cm]?[jt]sx?$/, '');
  return { owner: [module, ...namespaces].join('.'), ownerKind: 'module' };
}

function deprecationOf(p: TsProgram, decl: Node, token: Node, root: string): TsUse['deprecated'] {
  const { ts, checker } = p;
  let deprecated = ts.getJSDocDeprecatedTag(decl) !== undefined || hasDeprecatedJsDocOnStatement(ts, decl);
  // An overload or construct signature can be deprecated on its own (`new Buffer(size)`), and one
  // overload's tag says nothing of the others: for a call of an overloaded function, the signature decides.
  const call = calleeCall(ts, token);
  const signature = call ? safely(() => checker.getResolvedSignature(call)) : undefined;
  const overloaded = isOverloaded(ts, decl);
  if (signature?.declaration && overloaded) {
    deprecated = ts.getJSDocDeprecatedTag(signature.declaration) !== undefined;
  } else if (!deprecated && signature) {
    deprecated = signature.getJsDocTags().some((t) => t.name === 'deprecated');
  }
  if (!deprecated) return undefined;
  return isDependency(decl, root) ? 'dependency' : 'project';
}

/** A function or method declared more than once (overload signatures). */
function isOverloaded(ts: Ts, decl: Node): boolean {
  if (!ts.isFunctionDeclaration(decl) && !ts.isMethodDeclaration(decl) && !ts.isMethodSignature(decl)) return false;
  const symbol = (decl as unknown as { symbol?: TsNamespace.Symbol }).symbol;
  return (symbol?.declarations?.length ?? 1) > 1;
}

/** The call or `new` whose callee is `token` (`f` in `f()`, `b` in `a.b()`), if any. */
function calleeCall(ts: Ts, token: Node): TsNamespace.CallExpression | TsNamespace.NewExpression | undefined {
  const callee = token.parent && ts.isPropertyAccessExpression(token.parent) && token.parent.name === token ? token.parent : token;
  const call = callee.parent;
  if (call && (ts.isCallExpression(call) || ts.isNewExpression(call)) && call.expression === callee) return call;
  return undefined;
}

/** A JSDoc deprecation tag above `exports.old = function () {}` sits on the statement, not on the assignment. */
function hasDeprecatedJsDocOnStatement(ts: Ts, decl: Node): boolean {
  const statement = ts.isBinaryExpression(decl) ? decl.parent : ts.isVariableDeclaration(decl) ? decl.parent?.parent : undefined;
  return statement !== undefined && ts.getJSDocTags(statement).some((t) => t.tagName.text === 'deprecated');
}

/**
 * No declaration: the member is missing from the typings (`util.print`, `fs.R_OK`) or the receiver is
 * untyped. The receiver's type may still name a module or a type; else the file's own import/require
 * binding may; else nothing is known.
 */
function fallbackOwner(p: TsProgram, token: Node, site: TsSite, facts: TsFileFacts): Pick<TsUse, 'owner' | 'ownerKind' | 'grade'> & { name?: string } {
  const { ts, checker } = p;
  const access = token.parent && ts.isPropertyAccessExpression(token.parent) && token.parent.name === token ? token.parent : undefined;
  if (access) {
    const type = safely(() => checker.getTypeAtLocation(access.expression));
    const symbol = type?.getSymbol();
    if (type && symbol && !(type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown))) {
      const decl = symbol.valueDeclaration ?? symbol.declarations?.[0];
      if (symbol.flags & ts.SymbolFlags.ValueModule && decl && ts.isModuleDeclaration(decl) && ts.isStringLiteral(decl.name)) {
        return { owner: decl.name.text.replace(/^node:/, ''), ownerKind: 'module', grade: 'by-import' };
      }
      if (decl && (ts.isInterfaceDeclaration(decl) || ts.isClassDeclaration(decl))) {
        const owner = checker.getFullyQualifiedName(symbol).replace(/^"[^"]*"\./, '').replace(/^global\./, '');
        return { owner, ownerKind: 'type', grade: 'by-import' };
      }
    }
  }
  if (site.receiverModule !== undefined) return { owner: site.receiverModule.replace(/^node:/, ''), ownerKind: 'module', grade: 'by-import' };
  const binding = site.receiver ? bindingOf(facts, site.receiver) : site.receiverSpan ? undefined : bindingOf(facts, site.name);
  if (binding && binding.name === undefined && site.receiver) return { owner: binding.module.replace(/^node:/, ''), ownerKind: 'module', grade: 'by-import' };
  if (binding?.name !== undefined && !site.receiver) return { name: binding.name, owner: binding.module.replace(/^node:/, ''), ownerKind: 'module', grade: 'by-import' };
  return { grade: 'name-only' as Resolution };
}

function argKinds(p: TsProgram, sf: TsNamespace.SourceFile, site: TsSite): Array<string[] | undefined> {
  const { ts, checker } = p;
  return site.args.map(([start, end]) => {
    let node: Node | undefined = getTokenAtPosition(ts, sf, start);
    while (node && !(node.getStart(sf) === start && node.end === end) && node.parent && node.parent.end <= end) node = node.parent;
    if (!node || node.getStart(sf) !== start) return undefined;
    const type = safely(() => checker.getTypeAtLocation(node as Node));
    if (!type || type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return undefined;
    const kinds: string[] = [];
    if (type.flags & ts.TypeFlags.StringLike) kinds.push('string');
    else if (type.flags & ts.TypeFlags.NumberLike) kinds.push('number');
    else if (type.flags & ts.TypeFlags.BooleanLike) kinds.push('boolean');
    else if (type.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) kinds.push('null');
    else if (checker.isArrayType(type)) kinds.push('array', 'object');
    else if (type.getCallSignatures().length > 0) kinds.push('function');
    else if (type.flags & ts.TypeFlags.Object) kinds.push('object');
    const name = type.getSymbol()?.getName();
    if (name && !name.startsWith('__')) kinds.push(name);
    return kinds;
  });
}

/** Names of declarations marked `@deprecated` in the program's declaration files (for `deprecated: true`). */
function harvestDependencyDeprecations(p: TsProgram): Set<string> {
  const { ts, program } = p;
  const names = new Set<string>();
  const visit = (node: Node): void => {
    if (ts.getJSDocDeprecatedTag(node)) {
      const name = (node as { name?: Node }).name;
      if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name))) names.add(name.text);
    }
    ts.forEachChild(node, visit);
  };
  for (const sf of program.getSourceFiles()) if (sf.isDeclarationFile) visit(sf);
  return names;
}

function isDependency(decl: Node, root: string): boolean {
  const file = decl.getSourceFile();
  return file.isDeclarationFile || /[\\/]node_modules[\\/]/.test(path.relative(root, file.fileName));
}

/** TypeScript's own token lookup (internal in its API, stable for years). */
function getTokenAtPosition(ts: Ts, sf: TsNamespace.SourceFile, position: number): Node | undefined {
  const lookup = (ts as unknown as { getTokenAtPosition?: (sf: TsNamespace.SourceFile, pos: number) => Node }).getTokenAtPosition;
  return lookup?.(sf, position);
}

/** The checker can throw on malformed code; a site it cannot handle is left unresolved, never fatal. */
function safely<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    checkerErrors.push(firstLineOf(error) || 'error');
    return undefined;
  }
}
