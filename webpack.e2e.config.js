// Builds the browser tests' host script (an office-addin-mock workbook as the Excel global), and the adapter bench for Node.
const path = require("node:path");

const shared = {
  mode: "development",
  devtool: false,
  target: "web",
  entry: { host: "./test/e2e/host/host.ts" },
  output: { path: path.resolve(__dirname, "build-e2e"), filename: "[name].js" },
  resolve: {
    extensions: [".ts", ".js"],
    alias: { "office-addin-manifest": path.resolve(__dirname, "test/support/office-addin-manifest-stub.js") },
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "bundler" } },
        },
      },
    ],
  },
  stats: "errors-warnings",
};

// The browser host, and the same adapter + mock bundled for Node (for `npm run bench`).
module.exports = [
  shared,
  {
    ...shared,
    target: "node",
    entry: { "bench-adapter": "./bench/adapter-entry.ts" },
    output: { ...shared.output, library: { type: "commonjs2" } },
  },
];
