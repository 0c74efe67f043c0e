// One page hosts the task pane and the custom functions (shared runtime).
// KPI_LOCAL_OFFICE=1 copies office.js into dist/office-js/ and points the page at it, for offline browser tests;
// otherwise the page loads office.js from Microsoft's CDN, as the Office store requires.
// KPI_URL_PROD=https://kpi.example.gov.uk/ (a production build) rewrites every dev URL in manifest.xml and
// every @helpurl in functions.json to that origin, as Microsoft's templates do with urlDev/urlProd.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const DEV_URL = "https://localhost:3000/";
const { rewriteUrls, productionUrl } = require("./scripts/deploy-urls.js");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The dev server's certificate: office-addin-dev-certs' files if installed, else webpack-dev-server makes its own. */
function devHttps() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = ["localhost.key", "localhost.crt", "ca.crt"].map((f) => path.join(dir, f));
  if (files.every((f) => fs.existsSync(f))) {
    const [key, cert, ca] = files.map((f) => fs.readFileSync(f));
    return { type: "https", options: { key, cert, ca } };
  }
  return { type: "https" };
}

/**
 * functions.json as the metadata plugin made it, with the add-in's own settings: errors inside a range reach
 * the function (allowErrorForDataTypeAny, which the generator cannot set), so one #DIV/0! gives one ■ rather
 * than stopping a whole spilled column; and the help URLs at the deployed origin.
 */
class FunctionsMetadataSettings {
  constructor(urlProd) {
    this.urlProd = urlProd;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FunctionsMetadataSettings", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsMetadataSettings", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS + 1 },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (asset === undefined) return;
          const metadata = JSON.parse(asset.source.source().toString());
          const json = JSON.stringify(
            { allowCustomDataForDataTypeAny: true, allowErrorForDataTypeAny: true, ...metadata },
            null,
            4,
          );
          compilation.updateAsset(
            "functions.json",
            new sources.RawSource(this.urlProd === null ? json : rewriteUrls(json, DEV_URL, this.urlProd)),
          );
        },
      );
    });
  }
}

module.exports = (env, argv) => {
  const dev = argv.mode === "development";
  const urlProd = dev ? null : productionUrl(process.env.KPI_URL_PROD);
  const localOffice = process.env.KPI_LOCAL_OFFICE === "1";
  const officeSrc = localOffice ? "office-js/office.js" : OFFICE_CDN;
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    // KPI_OUT_DIR lets the browser tests build beside dist/ without touching it.
    output: { path: path.resolve(__dirname, process.env.KPI_OUT_DIR ?? "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "bundler" } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new FunctionsMetadataSettings(urlProd),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: { officeSrc, officeOrigin: localOffice ? "" : " https://appsforoffice.microsoft.com" },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (urlProd === null ? content : rewriteUrls(content.toString(), DEV_URL, urlProd)),
          },
          ...(localOffice
            ? [{ from: "node_modules/@microsoft/office-js/dist", to: "office-js", info: { minimized: true } }]
            : []),
        ],
      }),
    ],
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: devHttps(),
      port: 3000,
      hot: false,
    },
    // The manifest's URLs point at the dev server; KPI_URL_PROD rewrites them in dist/manifest.xml.
    infrastructureLogging: { level: "warn" },
    stats: "errors-warnings",
    name: DEV_URL,
  };
};

// For the tests: the metadata step, and the dev origin every URL is rewritten from.
module.exports.FunctionsMetadataSettings = FunctionsMetadataSettings;
module.exports.DEV_URL = DEV_URL;
