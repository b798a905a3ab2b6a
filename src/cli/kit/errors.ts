/**
 * A mistake in how a command was called, or a file it was pointed at that it cannot use: the
 * command prints "<name>: <message>" and exits with code 2.
 */
export class UsageError extends Error {
  constructor(
    message: string,
    /** Whether to print the usage text after the message (for mistakes in the arguments). */
    readonly showUsage = false,
  ) {
    super(message);
  }
}

/** A problem in the content that stops a command before it changes anything (an unreadable file, a bad CSV): exit code 1. */
export class ContentProblem extends Error {}

/** --help (or -h) was given: the command prints its usage text and exits with code 0. */
export class HelpRequested extends Error {
  constructor() {
    super("help requested");
  }
}
