import { parseArgs as parseNodeArgs } from "node:util";
import { HelpRequested, UsageError } from "./errors";

/** A command's flags, without the leading "--": "string" takes a value, "boolean" is a switch. */
export type FlagTypes = Readonly<Record<string, "string" | "boolean">>;

export type ParsedArgs<F extends FlagTypes> = {
  positional: string[];
  values: { [K in keyof F]?: F[K] extends "string" ? string : true };
};

/**
 * node:util's parseArgs, strict: an unknown flag ("--lan sq"), a missing or empty value and a
 * flag given twice are refused with a UsageError that shows the usage text, so that a typo is
 * never silently ignored. --help and -h throw HelpRequested wherever they stand (before "--").
 */
export function parseArgs<F extends FlagTypes>(argv: readonly string[], flags: F): ParsedArgs<F> {
  const end = argv.indexOf("--");
  if ((end === -1 ? argv : argv.slice(0, end)).some((arg) => arg === "--help" || arg === "-h")) throw new HelpRequested();
  const options = Object.fromEntries(Object.entries(flags).map(([name, type]) => [name, { type }]));
  let parsed: ReturnType<typeof parseNodeArgs>;
  try {
    parsed = parseNodeArgs({ args: [...argv], options, strict: true, allowPositionals: true, tokens: true });
  } catch (error) {
    throw new UsageError(usageMessage(error), true);
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== "option") continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given twice`, true);
    seen.add(token.name);
    if (token.value === "") throw new UsageError(`--${token.name} needs a value`, true);
  }
  return { positional: parsed.positionals, values: parsed.values as ParsedArgs<F>["values"] };
}

/** node's messages, in the words the commands have always used. */
function usageMessage(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  const flag = /'(-[^' ]+)/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `unknown option ${flag}`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return message.includes("does not take an argument") ? `${flag} takes no value` : `${flag} needs a value`;
  return message;
}

/** A flag whose value is one of a few words; the first is the default. */
export function oneOf<T extends string>(flag: string, value: string | undefined, choices: readonly [T, ...T[]]): T {
  if (value === undefined) return choices[0];
  if (!(choices as readonly string[]).includes(value)) throw new UsageError(`--${flag} must be one of ${choices.join(", ")}`, true);
  return value as T;
}
