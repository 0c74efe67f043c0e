// Lint: TypeScript rules, Office add-in rules (load before read, no sync in loops), React hooks,
// and the layering of DESIGN.md enforced: the domain imports no adapter, Node built-in, Office or React.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

// The domain's stages in the order data flows through them (DESIGN.md): grid → scorecard → assessment → plan,
// then the quarter-to-quarter record (ledger: provenance, history, overrides) that reports read.
const DOMAIN_STAGES = ["sheet", "layout", "judging", "assessment", "plan", "ledger", "reports", "choices", "pipeline"];
const stagesAbove = (i) =>
  DOMAIN_STAGES.slice(i + 1).map((above) => ({
    regex: `(^|/)${above}(/|$)`,
    message: `A domain stage imports only the stages below it; ${above} comes later in the flow.`,
  }));
const FACES = { group: ["**/cli/**", "**/taskpane/**", "**/functions/**"], message: "Adapters never import a face." };

const NODE_BUILTINS = [
  "fs",
  "path",
  "os",
  "child_process",
  "crypto",
  "http",
  "https",
  "net",
  "url",
  "zlib",
  "stream",
  "util",
  "vm",
  "worker_threads",
  "buffer",
  "events",
];

const PURE_PATHS = [
  ...NODE_BUILTINS,
  "exceljs",
  "react",
  "react-dom",
  "@fluentui/react-components",
  "office-addin-mock",
].map((name) => ({
  name,
  message: "The domain is pure: no I/O, no Office, no UI. Put this in an adapter.",
}));
const PURE_PATTERNS = [
  { group: ["node:*"], message: "The domain is pure: no Node built-ins." },
  {
    group: ["**/adapters/**", "**/cli/**", "**/taskpane/**", "**/functions/**"],
    message: "The domain must not import an adapter or a face.",
  },
];

export default tseslint.config(
  { ignores: ["dist/", "build/", "build-e2e/", "coverage/", "node_modules/", "test/e2e/screenshots/"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      globals: {
        ...globals.browser,
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
        OfficeExtension: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-eval": "error",
      "no-new-func": "error",
    },
  },
  {
    // Office.js rules where Office.js is used (they misread ExcelJS code elsewhere).
    files: ["src/adapters/office/**/*.ts", "src/taskpane/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  // The domain's stages, lowest first: each may import only the stages before it.
  ...DOMAIN_STAGES.map((stage, i) => ({
    files: [`src/domain/${stage}/**/*.ts`, ...(stage === "pipeline" ? ["src/domain/pipeline.ts"] : [])],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-imports": ["error", { paths: PURE_PATHS, patterns: [...PURE_PATTERNS, ...stagesAbove(i)] }],
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "Only src/adapters/office touches Excel." },
        { name: "Office", message: "Only src/adapters/office touches Office." },
      ],
    },
  })),
  // Adapters serve the faces and never import them, nor each other.
  {
    files: ["src/adapters/office/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            FACES,
            { group: ["**/adapters/xlsx/**"], message: "The Office adapter does not use the file adapter." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/adapters/xlsx/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            FACES,
            { group: ["**/adapters/office/**"], message: "The file adapter does not use the Office adapter." },
          ],
        },
      ],
    },
  },
  // Faces never import one another.
  {
    files: ["src/functions/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/adapters/**", "**/taskpane/**", "**/cli/**"],
              message: "Custom functions stay pure: the domain only.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/adapters/office/**", "**/taskpane/**", "**/functions/**"],
              message: "The command line uses the domain and the file adapter only.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/adapters/xlsx/**", "**/cli/**", "**/functions/**"],
              message: "The pane uses the domain and the Office adapter only.",
            },
          ],
        },
      ],
    },
  },
  {
    // Only the pane's port and its start in Office meet the adapter; panels and hooks use the port.
    files: ["src/taskpane/**/*.{ts,tsx}"],
    ignores: ["src/taskpane/gateway.ts", "src/taskpane/office-host.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/adapters/**", "**/cli/**", "**/functions/**"],
              message: "The pane's panels and hooks get Excel through src/taskpane/gateway.ts, never from an adapter.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    plugins: { react, "react-hooks": reactHooks },
    settings: { react: { version: "19" } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs["jsx-runtime"].rules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "react/no-danger": "error",
      "no-restricted-globals": [
        "error",
        {
          name: "Excel",
          message: "Components get Excel operations through props; only src/adapters/office touches Excel.",
        },
      ],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}", "test/**/*.{ts,tsx}", "scripts/**", "bench/**"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
