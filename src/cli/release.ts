/**
 * `npm run release -- dudit@1.0.0`: records a definition's content hash in
 * questionnaires/released.json. It never overwrites a recorded hash: a released version is frozen.
 * Exit codes: 0 recorded; 1 a version is already released with another hash (nothing written); 2 usage error.
 */
import { runMain } from "./kit/run";
import { runRelease } from "./release/command";

await runMain(runRelease);
