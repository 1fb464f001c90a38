// npm run gen:rules: writes the rules' JSON Schema and reference page from the zod schema.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DEFAULT_RULES_DOCUMENT } from "../src/rules/index.ts";
import { rulesJsonSchema, rulesReferenceMarkdown } from "../src/rules/reference.ts";

export const SCHEMA_FILE = fileURLToPath(new URL("../src/rules/rules.schema.json", import.meta.url));
export const REFERENCE_FILE = fileURLToPath(new URL("../../../docs/rules.md", import.meta.url));

writeFileSync(SCHEMA_FILE, `${JSON.stringify(rulesJsonSchema(), null, 2)}\n`);
writeFileSync(REFERENCE_FILE, rulesReferenceMarkdown(DEFAULT_RULES_DOCUMENT));
console.log(`wrote ${SCHEMA_FILE}\nwrote ${REFERENCE_FILE}`);
