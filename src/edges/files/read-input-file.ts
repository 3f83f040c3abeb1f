/**
 * Reads the files a run is configured with (config, product and scenario files, payloads,
 * `--body-file`) without trusting them to be files: a FIFO would block a file-system thread for
 * ever, `/dev/zero` would grow memory without end, a 50 MB config would take seconds and
 * gigabytes to parse. The file is opened without blocking, checked on the open descriptor (so
 * it cannot be swapped between the check and the read), accepted only when it is a regular
 * file within a size limit, and read to that limit at most. Every refusal is named: a missing
 * file, a directory, a FIFO, a device, a socket, a symlink loop, a file too large.
 *
 * Also decides which files a config may name: its paths stay inside the config's repository
 * (the nearest ancestor with `.git`, or the config's own directory tree when there is none)
 * unless the caller allows more, so a config cannot send `/etc/passwd` as a request body.
 */
import { constants } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Largest config, product or scenario file read, bytes (1 MiB: configs are a few KiB). */
export const MAX_CONFIG_FILE_BYTES = 1024 * 1024;
/** Largest payload file or `--body-file` read, bytes (16 MiB: every body is held in memory). */
export const MAX_PAYLOAD_FILE_BYTES = 16 * 1024 * 1024;

/** Why a file was not read. */
export type InputFileRefusal =
  | 'missing'
  | 'directory'
  | 'fifo'
  | 'device'
  | 'socket'
  | 'symlink-loop'
  | 'too-large'
  | 'not-regular'
  | 'unreadable';

/** The outcome of `readInputFile`. */
export type InputFileResult =
  | {
      /** The file was read. */
      ok: true;
      /** Its bytes. */
      bytes: Buffer;
    }
  | {
      /** The file was not read. */
      ok: false;
      /** Why, as a kind. */
      refusal: InputFileRefusal;
      /** Why, in words without the path: `a FIFO (named pipe)`, `2000000 bytes, more than …`. */
      reason: string;
    };

// Opening a FIFO for reading blocks until a writer appears, unless non-blocking; it changes
// nothing for regular files. Windows has no such flag (and no FIFOs in the file system).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** Reads `path` when it is a regular file of at most `maxBytes` bytes; otherwise says why not. */
export async function readInputFile(path: string, maxBytes: number): Promise<InputFileResult> {
  let handle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    return refusedToOpen(error);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      const refusal: InputFileRefusal = info.isDirectory()
        ? 'directory'
        : info.isFIFO()
          ? 'fifo'
          : info.isCharacterDevice() || info.isBlockDevice()
            ? 'device'
            : info.isSocket()
              ? 'socket'
              : 'not-regular';
      return { ok: false, refusal, reason: REASONS[refusal] };
    }
    if (info.size > maxBytes) return tooLarge(info.size, maxBytes);
    // The size can change while reading (or lie, as in /proc): read one byte more than allowed
    // at most, and refuse when it is there.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(64 * 1024, maxBytes + 1 - total);
      if (want <= 0) break;
      const buffer = Buffer.allocUnsafe(want);
      const { bytesRead } = await handle.read(buffer, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
    }
    if (total > maxBytes) return tooLarge(total, maxBytes, true);
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return { ok: false, refusal: 'unreadable', reason: `not readable (${errorCode(error)})` };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

const REASONS: Record<Exclude<InputFileRefusal, 'too-large' | 'unreadable'>, string> = {
  missing: 'no such file',
  directory: 'a directory, not a file',
  fifo: 'a FIFO (named pipe), not a regular file',
  device: 'a device, not a regular file',
  socket: 'a socket, not a regular file',
  'symlink-loop': 'a symbolic link loop',
  'not-regular': 'not a regular file',
};

function refusedToOpen(error: unknown): InputFileResult {
  const code = errorCode(error);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { ok: false, refusal: 'missing', reason: REASONS.missing };
    case 'ELOOP':
      return { ok: false, refusal: 'symlink-loop', reason: REASONS['symlink-loop'] };
    case 'EISDIR':
      return { ok: false, refusal: 'directory', reason: REASONS.directory };
    case 'ENXIO':
      // A socket, or a device with nothing behind it.
      return { ok: false, refusal: 'not-regular', reason: REASONS['not-regular'] };
    default:
      return { ok: false, refusal: 'unreadable', reason: `not readable (${code})` };
  }
}

function tooLarge(size: number, maxBytes: number, atLeast = false): InputFileResult {
  return {
    ok: false,
    refusal: 'too-large',
    reason: `${atLeast ? 'more than ' : ''}${size} bytes, more than the limit of ${maxBytes} bytes`,
  };
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'error';
}

/** The nearest ancestor of `dir` (itself included) holding `.git`; undefined when none does. */
export async function gitRootOf(dir: string): Promise<string | undefined> {
  let current = resolve(dir);
  for (;;) {
    if (await exists(join(current, '.git'))) return current;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/**
 * Whether `path` lies inside `root`, both as written and after following symbolic links (a
 * link in the repository to `/etc/passwd` is outside). A path that does not exist is judged as
 * written; reading it fails later with "no such file".
 */
export async function isInsideRoot(root: string, path: string): Promise<boolean> {
  if (!contains(root, path)) return false;
  const [realRoot, realPath] = await Promise.all([
    realpath(root).catch(() => root),
    realpath(path).catch(() => undefined),
  ]);
  return realPath === undefined || contains(realRoot, realPath);
}

function contains(root: string, path: string): boolean {
  const rel = relative(resolve(root), resolve(path));
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
