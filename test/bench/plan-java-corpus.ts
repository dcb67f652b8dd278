import type { Random } from './seeded-random.js';

/** The value types generated code passes around; `void` only as a return type. */
export type ValueType = 'int' | 'String' | 'boolean' | 'BigDecimal' | 'Date' | 'List<String>';
export const VALUE_TYPES: readonly ValueType[] = ['int', 'String', 'boolean', 'BigDecimal', 'Date', 'List<String>'];

export interface MethodPlan {
  name: string;
  params: { type: ValueType; name: string }[];
  returns: ValueType | 'void';
  isDeprecated: boolean;
}

export interface ClassPlan {
  packageName: string;
  name: string;
  kind: 'service' | 'junit4-test' | 'junit3-test';
  /** Lines the rendered file should have, roughly (the renderer stops at the first statement past it). */
  targetLines: number;
  methods: MethodPlan[];
  /** A project class this one holds in a field and calls: typed receivers for the resolver to link. */
  collaborator?: ClassPlan;
  /** For tests: the class under test. */
  subject?: ClassPlan;
}

const MODULES = ['billing', 'inventory', 'customer', 'shipping', 'reporting', 'auth', 'catalog', 'payment', 'scheduler', 'legacy', 'export', 'pricing', 'audit'];
const LAYERS = ['', '.dao', '.service', '.model', '.web', '.batch'];
const NOUNS = ['Invoice', 'Order', 'Customer', 'Stock', 'Price', 'Tax', 'Account', 'Ledger', 'Report', 'Shipment', 'Payment', 'User', 'Session', 'Product', 'Discount', 'Reminder', 'Audit', 'Batch', 'Address', 'Contract'];
const ROLES = ['Service', 'Manager', 'Dao', 'Helper', 'Util', 'Processor', 'Handler', 'Controller', 'Builder', 'Validator', 'Exporter', 'Calculator', 'Repository', 'Formatter'];
const VERBS = ['load', 'save', 'compute', 'validate', 'format', 'find', 'update', 'merge', 'export', 'apply', 'check', 'collect', 'resolve', 'build', 'refresh', 'sync'];
const OBJECTS = ['Total', 'Items', 'Rate', 'Entries', 'Status', 'Summary', 'Balance', 'Limits', 'History', 'Names', 'Dates', 'Amount', 'Header', 'Lines'];

const MIN_FILE_LINES = 50;
// The renderer may overshoot its target by a statement or two; this keeps files within 1,500 lines.
const MAX_FILE_LINES = 1470;

/**
 * Plans classes until their target lines reach `totalLines`. File sizes are log-uniform in [50, 1500]:
 * many small files and a few large ones, as in real legacy trees. About one file in five is a test.
 */
export function planJavaCorpus(rnd: Random, totalLines: number): ClassPlan[] {
  const plans: ClassPlan[] = [];
  const services: ClassPlan[] = [];
  const taken = new Set<string>();
  let planned = 0;
  while (planned < totalLines) {
    const targetLines = Math.round(MIN_FILE_LINES * (MAX_FILE_LINES / MIN_FILE_LINES) ** rnd.next());
    const subject = services.length > 0 && rnd.chance(0.2) ? rnd.pick(services) : undefined;
    const plan = subject
      ? planTest(rnd, subject, targetLines, taken)
      : planService(rnd, targetLines, taken, services.length > 0 ? rnd.pick(services) : undefined);
    if (!subject) services.push(plan);
    plans.push(plan);
    planned += targetLines;
  }
  return plans;
}

function planService(rnd: Random, targetLines: number, taken: Set<string>, collaborator: ClassPlan | undefined): ClassPlan {
  const packageName = `com.acme.${rnd.pick(MODULES)}${rnd.pick(LAYERS)}`;
  const name = uniqueName(`${rnd.pick(NOUNS)}${rnd.pick(ROLES)}`, packageName, taken);
  const methodCount = Math.max(1, Math.round((targetLines - 30) / 24));
  const names = new Set<string>();
  const methods: MethodPlan[] = [];
  for (let i = 0; i < methodCount; i++) {
    let methodName = `${rnd.pick(VERBS)}${rnd.pick(OBJECTS)}`;
    while (names.has(methodName)) methodName += String(rnd.int(0, 9));
    names.add(methodName);
    methods.push({
      name: methodName,
      params: Array.from({ length: rnd.int(0, 3) }, (_, p) => ({ type: rnd.pick(VALUE_TYPES), name: `arg${p}` })),
      returns: rnd.chance(0.35) ? 'void' : rnd.pick(VALUE_TYPES),
      isDeprecated: rnd.chance(0.04),
    });
  }
  return { packageName, name, kind: 'service', targetLines, methods, ...(collaborator ? { collaborator } : {}) };
}

function planTest(rnd: Random, subject: ClassPlan, targetLines: number, taken: Set<string>): ClassPlan {
  const name = uniqueName(`${subject.name}Test`, subject.packageName, taken);
  const kind = rnd.chance(0.15) ? 'junit3-test' : 'junit4-test';
  return { packageName: subject.packageName, name, kind, targetLines, methods: [], subject };
}

function uniqueName(base: string, packageName: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(`${packageName}.${name}`); n++) name = `${base}${n}`;
  taken.add(`${packageName}.${name}`);
  return name;
}
