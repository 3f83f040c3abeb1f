/** One module under mutation testing (see targets.mjs). */
export interface MutationTarget {
  /** Source file to mutate. */
  file: string;
  /** Group name, for scoped runs (`npm run test:mutation -- engine`). */
  group: string;
  /** Test files (globs) that run against its mutants. */
  tests: string[];
  /** `all`: every test of the target against each mutant (see targets.mjs). */
  coverageAnalysis?: 'perTest' | 'all';
}

/** Every target, in the order a full run takes them. */
export declare const targets: MutationTarget[];

/** The targets a scope names: a group, a source file, or (no scope) all of them. */
export declare function selectTargets(scopes: string[]): MutationTarget[];

/** Stryker's incremental results file for one target (`undefined`: a run over every target). */
export declare function incrementalFileOf(file: string | undefined): string;
