// A proof-of-work solver thread: solves its share of the counters (start, start +
// step, …) of the challenge it is given and posts the answer (or null).
import { solveRange } from "./pow-solver.js";

self.onmessage = async (event) => {
  const { params, start, step } = event.data || {};
  try {
    self.postMessage({ solution: await solveRange(params, start, step) });
  } catch (err) {
    self.postMessage({ error: String(err && err.message) });
  }
};
