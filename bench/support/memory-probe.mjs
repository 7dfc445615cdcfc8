// Preloaded with `node --import` into a benchmarked process: samples the heap every 20 ms and, at
// exit, writes `CONFAB_MEMORY {"maxRssBytes":…,"peakHeapBytes":…}` to standard error.
let peakHeap = 0;
const sample = () => { peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed); };
setInterval(sample, 20).unref();
process.on('exit', () => {
  sample();
  process.stderr.write(`CONFAB_MEMORY ${JSON.stringify({ maxRssBytes: process.resourceUsage().maxRSS * 1024, peakHeapBytes: peakHeap })}\n`);
});
