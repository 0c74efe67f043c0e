// Lint: TypeScript rules, Office add-in rules (load before read, no sync in loops), React hooks,
// and the layering of DESIGN.md enforced: the domain imports no adapter, Node built-in, Office or React.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const NODE_BUILTINS = ["fs", "path", "os", "child_process", "crypto", "http", "https", "net", "url", "zlib", "stream", "util", "vm", "worker_threads", "buffer", "events"];

export default tseslint.config(
  { ignores: ["dist/", "build/", "build-e2e/", "coverage/", "node_modules/", "test/e2e/screenshots/"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, Office: "readonly", Excel: "readonly", CustomFunctions: "readonly", OfficeExtension: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-eval": "error",
      "no-new-func": "error",
    },
  },
  {
    // Office.js rules where Office.js is used (they misread ExcelJS code elsewhere).
    files: ["src/excel/**/*.ts", "src/taskpane/**/*.{ts,tsx}"],
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
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-imports": [
        "error",
        {
          paths: [...NODE_BUILTINS, "exceljs", "react", "react-dom", "@fluentui/react-components", "office-addin-mock"].map((name) => ({
            name,
            message: "The domain is pure: no I/O, no Office, no UI. Put this in an adapter.",
          })),
          patterns: [
            { group: ["node:*"], message: "The domain is pure: no Node built-ins." },
            { group: ["**/excel/**", "**/cli/**", "**/taskpane/**", "**/functions/**"], message: "The domain must not import an adapter." },
          ],
        },
      ],
      "no-restricted-globals": ["error", { name: "Excel", message: "Only src/excel touches Excel." }, { name: "Office", message: "Only src/excel touches Office." }],
    },
  },
  {
    files: ["src/functions/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/excel/**", "**/taskpane/**", "**/cli/**"], message: "Custom functions stay pure: no Excel adapter." }] }],
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
      "no-restricted-globals": ["error", { name: "Excel", message: "Components get Excel operations through props; only src/excel touches Excel." }],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}", "test/**/*.{ts,tsx}", "scripts/**", "bench/**"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
