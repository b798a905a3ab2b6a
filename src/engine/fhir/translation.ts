import { TRANSLATION } from "./constants";
import type { Extension, PrimitiveExtensions } from "./types";

/** The translation extensions for one text, one per language that has it; undefined when none. */
export function translations(texts: readonly { language: string; text: string | undefined }[]): PrimitiveExtensions | undefined {
  const extension: Extension[] = texts.flatMap(({ language, text }) =>
    text === undefined
      ? []
      : [
          {
            url: TRANSLATION,
            extension: [
              { url: "lang", valueCode: language },
              { url: "content", valueString: text },
            ],
          },
        ],
  );
  return extension.length === 0 ? undefined : { extension };
}
