import { readFile } from "node:fs/promises";
import ajv2019Module from "ajv/dist/2019.js";
import ajvFormatsModule from "ajv-formats";

// ajv and ajv-formats are CommonJS: under NodeNext, what they export is the `default` of the module object.
const { default: Ajv2019 } = ajv2019Module;
const { default: addFormats } = ajvFormatsModule;

/** The Open Badges 3.0 AchievementCredential JSON schema of the reference folder, compiled once. */
export async function loadOpenBadgeSchema() {
  const file = new URL(
    "../../reference/open-badges-3/ob_v3p0_achievementcredential_schema.json",
    import.meta.url,
  );
  const ajv = new Ajv2019({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(await readFile(file, "utf8")));
}
