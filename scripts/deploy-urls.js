// The production origin for a build: every dev URL of the manifest and functions.json rewritten to it.
// CommonJS, so webpack.config.js and the tests can both require it.

/** KPI_URL_PROD as an origin with a trailing slash, or null when unset; anything but an https origin is refused. */
function productionUrl(raw) {
  if (raw === undefined || raw.trim() === "") return null;
  let url;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`KPI_URL_PROD is not a URL: ${raw}`);
  }
  if (url.protocol !== "https:")
    throw new Error(`KPI_URL_PROD must be https (Office loads add-ins only over https): ${raw}`);
  if (url.search !== "" || url.hash !== "")
    throw new Error(`KPI_URL_PROD must be an origin or a folder, without ? or #: ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Replace every dev URL (with or without its trailing slash, as in <AppDomain>) by the production one. */
function rewriteUrls(text, urlDev, urlProd) {
  const bare = (u) => u.replace(/\/$/, "");
  return text
    .split(urlDev)
    .join(urlProd)
    .split(bare(urlDev))
    .join(bare(new URL(urlProd).origin));
}

module.exports = { productionUrl, rewriteUrls };
