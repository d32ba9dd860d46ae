/** Operations per second of a small synchronous piece of work, for the in-process benchmarks. */

/** Runs `work` in batches for about `seconds` after a warm-up of 20,000 calls; returns operations per second. */
export function measureThroughput(work: (iteration: number) => unknown, options: { seconds?: number; batch?: number } = {}): number {
  const { seconds = 1, batch = 10_000 } = options;
  let sink = 0;
  for (let index = 0; index < 20_000; index += 1) sink += work(index) ? 1 : 0;
  let done = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  while (performance.now() < deadline) {
    for (let index = 0; index < batch; index += 1) sink += work(done + index) ? 1 : 0;
    done += batch;
  }
  const elapsed = (performance.now() - started) / 1000;
  if (sink < 0) console.log(sink); // keeps the results alive so the work is not optimised away
  return Math.round(done / elapsed);
}
