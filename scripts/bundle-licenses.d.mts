/** A module of webpack stats, with the modules concatenated into it. */
export interface StatsModule {
  identifier?: string;
  name?: string;
  modules?: StatsModule[];
}

/** Package directories (innermost node_modules) of every module in webpack stats. */
export declare function bundledPackageDirs(stats: { modules?: StatsModule[] }): string[];

/** licenses.txt for the given package directories. */
export declare function renderLicenses(packageDirs: string[]): string;
