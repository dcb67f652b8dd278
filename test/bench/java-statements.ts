import type { ClassPlan, MethodPlan, ValueType } from './plan-java-corpus.js';
import type { Random } from './seeded-random.js';

/** What a statement generator may use: expressions by type, a name supply and the class's collaborator. */
export interface Scope {
  rnd: Random;
  vars: Record<ValueType, string[]>;
  fresh: (base: string) => string;
  /** Field name and plan of a project class to call methods on, if the class has one. */
  helper?: { field: string; plan: ClassPlan };
  depth: number;
}

type Statement = (scope: Scope) => string[];

const WORDS = ['pending', 'overdue', 'closed', 'draft', 'archived', 'retry', 'manual', 'import', 'legacy', 'default'];

/** Appends statements until they span at least `budget` lines. Locals declared here stay in `scope`. */
export function emitStatements(scope: Scope, budget: number): string[] {
  const lines: string[] = [];
  while (lines.length < budget) lines.push(...pickStatement(scope)(scope));
  return lines;
}

/** An expression of `type`, from what is in scope or a literal. */
export function expr(scope: Scope, type: ValueType): string {
  const { rnd } = scope;
  const known = scope.vars[type];
  if (known.length > 0 && rnd.chance(0.7)) return rnd.pick(known);
  switch (type) {
    case 'int': return rnd.pick([String(rnd.int(0, 500)), 'names.size()', 'MAX_SIZE']);
    case 'String': return rnd.pick([`"${rnd.pick(WORDS)}"`, 'TAG', `String.valueOf(${rnd.int(1, 99)})`]);
    case 'boolean': return rnd.pick(['names.isEmpty()', 'true', 'counts.containsKey(TAG)']);
    case 'BigDecimal': return rnd.pick(['total', `new BigDecimal("${rnd.int(1, 999)}.${rnd.int(10, 99)}")`, 'BigDecimal.ONE']);
    case 'Date': return rnd.pick(['lastUpdated', 'new Date()']);
    case 'List<String>': return 'names';
  }
}

function childScope(scope: Scope): Scope {
  const vars = Object.fromEntries(Object.entries(scope.vars).map(([k, v]) => [k, [...v]])) as Record<ValueType, string[]>;
  return { ...scope, vars, depth: scope.depth + 1 };
}

function block(scope: Scope, budget: number): string[] {
  return emitStatements(childScope(scope), budget).map((line) => `    ${line}`);
}

function declare(scope: Scope, type: ValueType, name: string): string {
  scope.vars[type].push(name);
  return name;
}

/** `Type name = init;`, declared after `init` was built so a local never initialises from itself. */
function assign(scope: Scope, type: ValueType, base: string, init: string): string {
  return `${type} ${declare(scope, type, scope.fresh(base))} = ${init};`;
}

/** Everyday code that no deprecated-API rule should flag. */
const modern: Statement[] = [
  (s) => [assign(s, 'int', 'count', `${expr(s, 'int')} + names.size()`)],
  (s) => [assign(s, 'String', 'label', `"${s.rnd.pick(WORDS)}: " + ${expr(s, 'int')} + " / " + ${expr(s, 'String')}`)],
  (s) => {
    const sb = s.fresh('sb');
    return [
      `StringBuilder ${sb} = new StringBuilder();`,
      `${sb}.append(${expr(s, 'String')}).append(',').append(${expr(s, 'int')});`,
      assign(s, 'String', 'text', `${sb}.toString().trim()`),
    ];
  },
  (s) => [assign(s, 'int', 'boxed', `Integer.valueOf(${expr(s, 'int')}).intValue()`)],
  (s) => [assign(s, 'BigDecimal', 'scaled', `${expr(s, 'BigDecimal')}.setScale(2, RoundingMode.HALF_UP)`)],
  (s) => [assign(s, 'BigDecimal', 'net', `${expr(s, 'BigDecimal')}.multiply(RATE).setScale(2, RoundingMode.HALF_EVEN)`)],
  (s) => [`total = total.add(${expr(s, 'BigDecimal')});`],
  (s) => {
    const key = expr(s, 'String');
    const seen = s.fresh('seen');
    return [
      `Integer ${seen} = counts.get(${key});`,
      `if (${seen} == null) {`,
      `    counts.put(${key}, Integer.valueOf(1));`,
      `} else {`,
      `    counts.put(${key}, Integer.valueOf(${seen}.intValue() + 1));`,
      `}`,
    ];
  },
  (s) => [`LOG.fine("${s.rnd.pick(WORDS)} " + ${expr(s, 'String')} + " at " + ${expr(s, 'Date')});`],
  (s) => [`// TODO(${s.rnd.pick(['BILL', 'OPS', 'CORE'])}-${s.rnd.int(100, 9999)}): ${s.rnd.pick(WORDS)} handling is still the 2009 behaviour`],
  (s) => [`/* ${s.rnd.pick(WORDS)} path: keep in sync with the nightly batch */`, `names.add(${expr(s, 'String')});`],
  () => ['lastUpdated = new Date(System.currentTimeMillis());'],
  (s) => [assign(s, 'boolean', 'ok', `${expr(s, 'String')}.length() > ${expr(s, 'int')} && !names.contains(${expr(s, 'String')})`)],
  (s) => [assign(s, 'String', 'quoted', `"\\"" + ${expr(s, 'String')}.replace('\\t', ' ') + "\\"\\n"`)],
  (s) => helperCall(s),
  (s) => helperCall(s),
];

/** The deprecated idioms legacy code is full of: each yields findings. */
const legacy: Statement[] = [
  (s) => [`Integer ${s.fresh('boxed')} = new Integer(${expr(s, 'int')});`],
  (s) => [`Long ${s.fresh('stamp')} = new Long(System.currentTimeMillis());`],
  (s) => {
    const init = expr(s, 'Date');
    const d = declare(s, 'Date', s.fresh('when'));
    return [`Date ${d} = ${init};`, assign(s, 'int', 'year', `${d}.getYear() + 1900`), assign(s, 'int', 'month', `${d}.getMonth() + 1`)];
  },
  (s) => [assign(s, 'BigDecimal', 'rounded', `${expr(s, 'BigDecimal')}.setScale(2, BigDecimal.ROUND_HALF_UP)`)],
  (s) => [assign(s, 'BigDecimal', 'share', `${expr(s, 'BigDecimal')}.divide(new BigDecimal(${s.rnd.int(2, 12)}), 4, BigDecimal.ROUND_HALF_UP)`)],
];

/** Deprecated calls seen only now and then in real trees. */
const rare: Statement[] = [
  (s) => {
    const worker = s.fresh('worker');
    return [`Thread ${worker} = new Thread();`, `${worker}.start();`, `${worker}.stop();`];
  },
  (s) => [`Boolean ${s.fresh('flag')} = new Boolean(${expr(s, 'boolean')});`],
  (s) => [`if (Character.isSpace(${expr(s, 'String')}.charAt(0))) {`, `    names.remove(0);`, `}`],
  (s) => [assign(s, 'String', 'encoded', `URLEncoder.encode(${expr(s, 'String')})`)],
  (s) => [`Locale ${s.fresh('locale')} = new Locale("de", "DE");`],
  (s) => [assign(s, 'Date', 'parsed', `new Date(${expr(s, 'int')}, 0, 1)`)],
  (s) => [`long ${s.fresh('utc')} = Date.UTC(${s.rnd.int(90, 120)}, 0, 1, 0, 0, 0);`],
  (s) => [
    'try {',
    `    Object ${s.fresh('plugin')} = Class.forName("com.acme.plugins." + ${expr(s, 'String')}).newInstance();`,
    '} catch (Exception e) {',
    '    LOG.warning("no plugin: " + e.getMessage());',
    '}',
  ],
];

const nested: Statement[] = [
  (s) => {
    const i = s.fresh('i');
    const inner = childScope(s);
    const item = declare(inner, 'String', s.fresh('item'));
    return [
      `for (int ${i} = 0; ${i} < names.size(); ${i}++) {`,
      `    String ${item} = names.get(${i});`,
      ...emitStatements(inner, s.rnd.int(1, 4)).map((l) => `    ${l}`),
      '}',
    ];
  },
  (s) => {
    const entry = s.fresh('entry');
    return [`for (String ${entry} : names) {`, `    counts.put(${entry}, ${s.rnd.chance(0.3) ? 'new Integer' : 'Integer.valueOf'}(${entry}.length()));`, ...block(s, s.rnd.int(0, 2)), '}'];
  },
  (s) => {
    const it = s.fresh('it');
    const value = s.fresh('value');
    return [`Iterator ${it} = names.iterator();`, `while (${it}.hasNext()) {`, `    String ${value} = (String) ${it}.next();`, `    if (${value} == null) {`, `        ${it}.remove();`, '    }', '}'];
  },
  (s) => [`if (${expr(s, 'boolean')}) {`, ...block(s, s.rnd.int(1, 3)), '} else {', ...block(s, s.rnd.int(1, 2)), '}'],
  (s) => ['try {', ...block(s, s.rnd.int(1, 4)), '} catch (IllegalStateException e) {', `    LOG.warning("${s.rnd.pick(WORDS)} failed: " + e.getMessage());`, '}'],
  (s) => {
    const task = s.fresh('task');
    return [`Runnable ${task} = new Runnable() {`, '    public void run() {', ...block(s, s.rnd.int(1, 2)).map((l) => `    ${l}`), '    }', '};', `${task}.run();`];
  },
  () => ['Collections.sort(names, new Comparator<String>() {', '    public int compare(String a, String b) {', '        return a.compareToIgnoreCase(b);', '    }', '});'],
  (s) => [`synchronized (counts) {`, ...block(s, s.rnd.int(1, 2)), '}'],
];

function pickStatement(scope: Scope): Statement {
  const { rnd } = scope;
  // Tuned so the corpus has about one finding per 20 lines, like the legacy trees we were shown.
  if (rnd.chance(0.01)) return rnd.pick(rare);
  if (rnd.chance(0.06)) return rnd.pick(legacy);
  if (scope.depth < 2 && rnd.chance(0.3)) return rnd.pick(nested);
  return rnd.pick(modern);
}

function helperCall(scope: Scope): string[] {
  const helper = scope.helper;
  if (!helper) return [`names.add(${expr(scope, 'String')}.toUpperCase());`];
  const method: MethodPlan = scope.rnd.pick(helper.plan.methods);
  const call = `${helper.field}.${method.name}(${method.params.map((p) => expr(scope, p.type)).join(', ')});`;
  if (method.returns === 'void') return [call];
  return [assign(scope, method.returns, 'result', call.slice(0, -1))];
}
