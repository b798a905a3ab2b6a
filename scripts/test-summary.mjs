// Prints one closing line, "N passed, N failed, N skipped", over every vitest JSON report in test-results/.
import { readdirSync, readFileSync } from "node:fs";

const folder = "test-results";
let passed = 0;
let failed = 0;
let skipped = 0;
const reports = readdirSync(folder).filter((name) => name.endsWith(".json"));
for (const name of reports) {
  const report = JSON.parse(readFileSync(`${folder}/${name}`, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numFailedTestSuites ?? 0);
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  console.log(`${name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped, ${report.numFailedTestSuites ?? 0} suites failed to run`);
}
if (reports.length === 0) {
  console.log("no test report found in test-results/");
  process.exit(1);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
