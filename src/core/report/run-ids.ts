/**
 * Names of runs and of their report directories: sortable by time, unique per run.
 */

/** UTC timestamp in the compact ISO 8601 basic form `yyyymmddThhmmssZ`. */
export function compactUtcStamp(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A run id: the start time in compact UTC form plus eight random base-36 characters, so ids sort
 * by time and two runs started in the same second still differ.
 */
export function newRunId(date: Date, random: () => number = Math.random): string {
  let suffix = '';
  for (let i = 0; i < 8; i++) {
    suffix += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length) % ID_ALPHABET.length];
  }
  return `${compactUtcStamp(date)}-${suffix}`;
}

/** The short form of a run id used in directory names: its random part, at most 8 characters. */
export function shortRunId(id: string): string {
  const last = id.split('-').pop() ?? id;
  const clean = last.toLowerCase().replace(/[^a-z0-9]/g, '');
  return (clean || 'run').slice(0, 8);
}

/** Default report directory of a run, relative to the working directory. */
export function defaultReportDir(date: Date, id: string): string {
  return `reports/${compactUtcStamp(date)}-${shortRunId(id)}`;
}
