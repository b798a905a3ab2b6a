import { readdir } from "node:fs/promises";

/** The names in a folder, sorted; none when the folder does not exist or cannot be read. */
export async function listDirectory(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder)).sort();
  } catch {
    return [];
  }
}

/** The sub-folders of a folder, sorted; none when it does not exist. */
export async function listFolders(folder: string): Promise<string[]> {
  return listEntries(folder, (entry) => entry.isDirectory());
}

/** The .json files of a folder, sorted; none when it does not exist. */
export async function listJsonFiles(folder: string): Promise<string[]> {
  return listEntries(folder, (entry) => entry.isFile() && entry.name.endsWith(".json"));
}

type Entry = { name: string; isFile(): boolean; isDirectory(): boolean };

async function listEntries(folder: string, keep: (entry: Entry) => boolean): Promise<string[]> {
  try {
    return (await readdir(folder, { withFileTypes: true }))
      .filter(keep)
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}
