/** Why a content file could not be used: the file and a plain sentence per problem. */
export type ContentProblem = {
  file: string;
  issues: { path: string; message: string }[];
};

/** Thrown by a content loader; the store turns it into the error screen. */
export class ContentError extends Error {
  constructor(readonly problem: ContentProblem) {
    super(`${problem.file}: ${problem.issues.map((issue) => `${issue.path} ${issue.message}`).join("; ")}`);
    this.name = "ContentError";
  }
}

export function asContentProblem(error: unknown, file: string): ContentProblem {
  if (error instanceof ContentError) return error.problem;
  return { file, issues: [{ path: "$", message: error instanceof Error ? error.message : String(error) }] };
}
