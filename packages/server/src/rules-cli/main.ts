// npm run rules -- check <file> | show [<file>]   (--help lists them)
import { readFileSync } from "node:fs";
import {
  DEFAULT_RULES_DOCUMENT,
  diffRules,
  formatChange,
  parseRules,
  type Rules,
  RulesError,
  rulesFromJson,
} from "@octet/shared/rules";
import { Command, CommanderError } from "commander";

/** Exit codes: 0 valid, 1 the rules have problems, 2 wrong usage or an unreadable file. */
const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

class Usage extends Error {}

function load(file: string | undefined): Rules {
  if (file === undefined) return parseRules(DEFAULT_RULES_DOCUMENT, "default-rules.json");
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new Usage(`${file}: cannot read it (${(err as Error).message})`);
  }
  return rulesFromJson(text, file);
}

function changesText(rules: Rules): string {
  const changes = diffRules(DEFAULT_RULES_DOCUMENT, rules);
  if (changes.length === 0) return "no setting differs from the defaults";
  return `${changes.length} setting(s) differ from the defaults:\n${changes.map((c) => `  ${formatChange(c)}`).join("\n")}`;
}

function program(out: (s: string) => void): Command {
  const p = new Command("rules")
    .usage("check <file> | show [<file>]   (npm run rules -- ...)")
    .description("Checks a rules file and shows the rules a server, a bot or the balance lab would play.")
    .exitOverride()
    .configureOutput({ writeOut: (s) => out(s), writeErr: () => {} });
  p.command("check")
    .argument("<file>", "rules file: a full document or the settings to change")
    .description(
      "validate only: every problem, with its setting's path; exit 0 when the file is valid, 1 when not",
    )
    .action((file: string) => {
      const rules = load(file);
      out(`ok: ${file} is valid; ${changesText(rules)}\n`);
    });
  p.command("show")
    .argument("[file]", "rules file (default: the defaults alone)")
    .option("--json", "print only the effective rules, as JSON")
    .description(
      "the effective rules after merging the file over the defaults, and what differs from the defaults",
    )
    .action((file: string | undefined, opts: { json?: boolean }) => {
      const rules = load(file);
      if (!opts.json) out(`# ${file ?? "default-rules.json"}: ${changesText(rules).replace(/\n/g, "\n#")}\n`);
      out(`${JSON.stringify(rules, null, 2)}\n`);
    });
  return p;
}

function main(argv: string[]): number {
  const out = (s: string) => process.stdout.write(s);
  try {
    program(out).parse(argv, { from: "user" });
    return EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.help") return EXIT.ok;
      process.stderr.write(`rules: ${err.message.replace(/^error: /, "")}\nRun "npm run rules -- --help".\n`);
      return EXIT.usage;
    }
    if (err instanceof RulesError) {
      process.stderr.write(`rules: ${err.message}\n`);
      return EXIT.invalid;
    }
    if (err instanceof Usage) {
      process.stderr.write(`rules: ${err.message}\n`);
      return EXIT.usage;
    }
    throw err;
  }
}

process.exitCode = main(process.argv.slice(2));
