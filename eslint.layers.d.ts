import type { Linter } from 'eslint';

/** One `no-restricted-imports` rule per folder of src/ (see eslint.layers.js). */
export declare const layerRules: Linter.Config[];
