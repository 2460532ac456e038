// Whether dist/ holds a build of the current sources: its stamp (written last by scripts/build.mjs)
// is newer than every file under src/. An installed package ships no src/: its dist/ is the build.
import { existsSync, readdirSync, statSync } from 'node:fs';

export const root = new URL('../', import.meta.url);
export const STAMP = new URL('dist/.built', root);
const SRC = new URL('src/', root);

export function distIsFresh() {
  if (!existsSync(STAMP)) return false;
  if (!existsSync(SRC)) return true;
  const built = statSync(STAMP).mtimeMs;
  for (const e of readdirSync(SRC, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && statSync(`${e.parentPath ?? e.path}/${e.name}`).mtimeMs > built) return false;
  }
  return true;
}
