/**
 * V8's young generation for the load generator. By default Node lets each semi-space grow to
 * 16 MB and shrink again as the allocation rate changes; at full speed the generator's
 * resident memory then swung by 24 MB over five minutes against nginx (`npm run
 * bench:accuracy`, docs/performance.md), most of it that growing and shrinking. With 4 MB
 * semi-spaces the swing over a minute fell from 12.9 MB to 1.4 MB in the same sitting and the
 * CPU per request did not rise: the generator's garbage is short-lived (a write request per
 * send, a view per read), so a small young generation collects it as cheaply.
 *
 * The flag is read when the isolate is created, so it goes on the command line of the
 * processes we start (the load-VM runner) and into the resource limits of worker threads.
 */

/** Semi-space size of the generator's V8 heap, MB. */
export const GENERATOR_SEMI_SPACE_MB = 4;

/** The Node flag that sets it. */
export const GENERATOR_NODE_FLAGS = [`--max-semi-space-size=${GENERATOR_SEMI_SPACE_MB}`];

/**
 * The same for a worker thread: its young generation holds two semi-spaces and the space
 * objects are promoted from, so three times a semi-space.
 */
export const GENERATOR_WORKER_YOUNG_GENERATION_MB = 3 * GENERATOR_SEMI_SPACE_MB;
