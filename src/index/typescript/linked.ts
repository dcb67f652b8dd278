import type { Captures, Range, Resolution } from '../../core/types.js';
import type { TsImport } from './facts.js';

/** The TS/JS index after the checker pass: the sites rules asked about, with what they refer to. */
export interface LinkedTsFile {
  path: string;
  imports: TsImport[];
  uses: TsUse[];
  queryHits: Record<string, Range[]>;
}

export interface TsUse {
  kind: 'new' | 'call' | 'member';
  name: string;
  /**
   * What the name belongs to: a module (`url`, `fs.constants`, a project file's path without
   * extension), a declared type (`String`, `NodeJS.Process`), or '' for a global. Undefined when
   * nothing could tell (a receiver of type `any`).
   */
  owner?: string;
  ownerKind?: 'module' | 'type' | 'global';
  /** `exact`: the checker resolved the declaration; `by-import`: only the module or receiver type is known; `name-only`: neither. */
  grade: Resolution;
  /** The declaration (or the resolved call signature) is marked `@deprecated`, in the project or in a dependency. */
  deprecated?: 'project' | 'dependency';
  /** Per argument, the kinds its type has (`string`, `number`, `object`, `array`, `function`, the type's name); undefined when unknown. */
  args: Array<string[] | undefined>;
  range: Range;
  captures: Captures;
}

/** What the checker pass should confirm, derived from the recipe. */
export interface TsWants {
  /** Names of calls, `new`s and property reads that some rule may match. */
  name(name: string): boolean;
  /** Which `@deprecated` declarations some rule asks about. */
  deprecated: 'none' | 'project' | 'all';
}
