// `npm start`: the self-check (Vite's dev server) and the contact server on the embedded database
// together, with the demo service. One process tree: when either stops, the other is stopped too.
// A dozen lines of child_process instead of a package such as concurrently: nothing to install,
// and the server's output stays recognisable by its own "contact-server:" prefix.

import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

const bin = (name: string) => path.join(import.meta.dirname, "../../node_modules/.bin", name);
const children: ChildProcess[] = [];

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  children.push(child);
  child.on("exit", (code) => {
    for (const other of children) if (other !== child && other.exitCode === null) other.kill("SIGTERM");
    process.exitCode = code ?? 0;
  });
  return child;
}

run(bin("tsx"), ["server/main.ts"], { CONTACT_DEMO: "1" });
// The runner loader, as every vite script in package.json: the default one warns about each extensionless import.
run(bin("vite"), ["--configLoader", "runner", ...process.argv.slice(2)]);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    for (const child of children) if (child.exitCode === null) child.kill(signal);
  });
}
