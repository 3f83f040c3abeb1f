/**
 * The workflow artifact holding the report directory. Artifacts are immutable, so the name must
 * differ per job, matrix entry and attempt, or a matrix or a re-run fails to upload.
 */
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** What uploads an artifact; `@actions/artifact`'s `DefaultArtifactClient` fits. */
export interface ReportUploader {
  /** Uploads `files` (absolute paths under `rootDirectory`) as artifact `name`. */
  uploadArtifact(
    name: string,
    files: string[],
    rootDirectory: string,
  ): Promise<{ id?: number; size?: number }>;
}

/** Parts of an artifact name. */
export interface ArtifactNameParts {
  /** `GITHUB_JOB`. */
  job: string;
  /**
   * What tells matrix entries apart. Actions cannot read the `matrix` context, so the caller
   * passes something derived from the inputs (which is where matrix values end up).
   */
  matrix?: string | Record<string, unknown>;
  /** `GITHUB_RUN_ATTEMPT`. */
  runAttempt: number;
}

/** Longest part of a name kept readable before it is replaced by a hash. */
const MAX_PART_CHARS = 40;

function cleanPart(text: string): string {
  const clean = text
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|-+$/g, '');
  if (clean.length <= MAX_PART_CHARS) return clean;
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 8);
  return `${clean.slice(0, MAX_PART_CHARS - 9)}-${hash}`;
}

function matrixText(matrix: string | Record<string, unknown>): string {
  if (typeof matrix === 'string') return matrix;
  return Object.keys(matrix)
    .sort()
    .map(
      (key) =>
        `${key}-${typeof matrix[key] === 'string' ? matrix[key] : JSON.stringify(matrix[key])}`,
    )
    .join('-');
}

/** `bench-<job>[-<matrix>]-attempt-<n>`: unique per job, matrix entry and attempt. */
export function artifactName(parts: ArtifactNameParts): string {
  const pieces = ['bench', cleanPart(parts.job) || 'job'];
  if (parts.matrix !== undefined) {
    const matrix = cleanPart(matrixText(parts.matrix));
    if (matrix !== '') pieces.push(matrix);
  }
  pieces.push(`attempt-${parts.runAttempt}`);
  return pieces.join('-');
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Result of `uploadReportArtifact`. */
export interface UploadReportResult {
  /** Artifact name used. */
  name: string;
  /** Files uploaded. */
  files: number;
  /** Artifact id, when the uploader returned one. */
  id?: number;
}

/** Uploads every file under `dir` as artifact `name`, keeping paths relative to `dir`. */
export async function uploadReportArtifact(
  dir: string,
  name: string,
  uploader: ReportUploader,
): Promise<UploadReportResult> {
  const files = await listFiles(dir);
  const response = await uploader.uploadArtifact(name, files, dir);
  return { name, files: files.length, id: response.id };
}

/**
 * `@actions/artifact`'s client, loaded on first use (it is large and the post step often does
 * not need it). Throws a clear error outside a runner that offers the artifact service.
 */
export function createDefaultUploader(): ReportUploader {
  return {
    async uploadArtifact(name, files, rootDirectory) {
      if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
        throw new Error(
          'The runner offers no artifact service (ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL are not set).',
        );
      }
      const { DefaultArtifactClient } = await import('@actions/artifact');
      return new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory);
    },
  };
}
