// Builds the browser tests' host script (an office-addin-mock workbook as the Excel global).
const path = require("node:path");

module.exports = {
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
    rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "bundler" } } } }],
  },
  stats: "errors-warnings",
};
