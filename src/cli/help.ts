/** Help texts: what each command does, its options, and an example. */
export const HELP = {
  main: `refactor — scan a legacy codebase with a YAML recipe; report findings (JSON, SARIF).

Usage:
  refactor run RECIPE [options]        scan a tree, write reports/<run-id>/
  refactor test RECIPE...              run the before/after cases beside a recipe (RECIPE.tests.yaml)
  refactor recipes validate FILE...    check recipe files, report every problem with file:line:column
  refactor recipes schema              print the JSON Schema of recipe files
  refactor help [COMMAND]              help for a command
  refactor --version

Exit codes: 0 ok · 1 findings at or above --fail-on · 2 usage or recipe error · 3 model provider or budget failure · 70 a bug in refactor
`,
  run: `refactor run RECIPE [options]

Scans the tree with the recipe's rules and writes <out>/<run-id>/report.json, report.sarif and
patches/ (the recipe's deterministic fixes as git-apply-able diffs, with manifest.json);
<out>/latest points at the newest run. Prints a one-screen summary. The tree is only read unless --apply.

Options:
  --root DIR             tree to scan (default: the current directory)
  --out DIR              where run folders go (default: reports)
  --max-file-size SIZE   skip larger files, e.g. 2MB, 512KB (default: 2MB)
  -j, --jobs N           threads that parse and link files (default: one per core; 1 = no worker threads)
  --fail-on SEVERITY     exit 1 if any finding is at least this severe (info|minor|major|critical|blocker)
  --include-node-modules scan node_modules too (dependencies a project vendors or bundles as its own code)
  --group-by KEY         split patches/ by rule (default), directory or file
  --apply                write the verified fixes into the tree (refused over uncommitted git changes)
  --force                with --apply: write even over uncommitted changes
  --json                 print the report JSON to stdout instead of the summary
  --quiet                print nothing but errors
  -h, --help             this help

Example:
  refactor run recipes/deprecated-api.yaml --root fixtures/legacy-java
`,
  test: `refactor test RECIPE...

Runs the test cases beside each recipe (recipes/x.yaml → recipes/x.tests.yaml) through the real
pipeline: each case's code is scanned with the recipe and only that case's rule is fixed; the result
must equal the case's \`after\`. Prints pass/fail per rule and a diff for each failing case.
Exit 0 when every case passes, 1 otherwise, 2 for an invalid recipe or test file.

A case:  <rule-id>: [ { name, before, after?, findings?, file?, project? } ]
`,
  recipes: `refactor recipes validate FILE...
refactor recipes schema

validate: loads each recipe (and what it includes) and prints every problem as file:line:column key: message.
          Exit 0 when all are valid, 2 otherwise.
schema:   prints the JSON Schema for recipe files; point editors at it with
          # yaml-language-server: $schema=<path>/recipe.schema.json
`,
} as const;

export type HelpTopic = keyof typeof HELP;
