// @ts-check
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/** The manifest's development address: what `npm start` side-loads from. */
const DEV_URL = 'https://localhost:3000/';

/**
 * Production builds for a real host rewrite the manifest's URLs, as Microsoft's template does:
 *   ADDIN_BASE_URL=https://budget.example.gouv.fr/ npm run build
 */
function manifestFor(production) {
  const base = process.env.ADDIN_BASE_URL;
  return (content) => {
    const text = content.toString();
    if (!production || !base) return text;
    if (!/^https:\/\/.+\/$/.test(base)) throw new Error(`ADDIN_BASE_URL must be an https URL ending with "/", not ${base}`);
    return text.replaceAll(DEV_URL, base).replaceAll(DEV_URL.slice(0, -1), base.slice(0, -1));
  };
}

const swcLoader = {
  loader: 'swc-loader',
  options: {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2020',
    },
  },
};

/**
 * Our makeStyles calls compiled to CSS at build time (Griffel's "AOT", what Fluent recommends), after
 * swc has removed the types: the pane then ships no style resolver (Griffel's runtime makeStyles,
 * rtl-css-js, stylis), 5.5 KB gzip of Excel's first load. Tests keep the runtime makeStyles.
 */
const griffelLoader = {
  loader: '@griffel/webpack-loader',
  options: { modules: [{ moduleSource: '@fluentui/react-components', importName: 'makeStyles', resetImportName: 'makeResetStyles' }] },
};

/**
 * Two compilations: Excel's task pane with the standalone page, and Word's page. Word's is its own
 * compilation so that nothing in it can change how Excel's first load is built: as a third entry of
 * the same compilation it cost Excel's load 0.4 KB gzip (modules shared across entries lose their
 * concatenation), and as an async chunk of Excel's entry 0.9 KB.
 * @returns {Promise<import('webpack').Configuration[]>}
 */
module.exports = async function config(env, argv) {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const name = production ? '[name].[contenthash:8].js' : '[name].js';
  const common = {
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: [griffelLoader, swcLoader] }] },
    // Source maps without eval: the pages' Content-Security-Policy forbids eval.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    performance: { hints: false },
  };
  const pages = {
    name: 'pages',
    ...common,
    // The task pane (in Excel) and the standalone page (grid + the same pane, in a browser).
    entry: { taskpane: './src/addin/main.tsx', standalone: './src/standalone/main.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist/web'),
      filename: name,
      chunkFilename: name,
      // Word's page and its folder are the other compilation's.
      clean: { keep: /^word(\/|\.html$)/ },
    },
    plugins: [
      new HtmlWebpackPlugin({ template: 'src/addin/taskpane.html', filename: 'taskpane.html', chunks: ['taskpane'], title: 'Budget convention' }),
      new HtmlWebpackPlugin({ template: 'src/standalone/index.html', filename: 'index.html', chunks: ['standalone'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/addin/help.html', to: 'help.html' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: manifestFor(production) },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: 3000,
          headers: { 'Access-Control-Allow-Origin': '*' },
          // office-addin-dev-certs installs a local CA (with sudo on Linux): only when the dev server runs.
          server: { type: 'https', options: await require('office-addin-dev-certs').getHttpsServerOptions() },
        }
      : undefined,
  };
  const word = {
    name: 'word',
    ...common,
    // The task pane in Word (word.html, which the Word button opens), its scripts in word/.
    entry: { word: './src/addin/word-main.tsx' },
    output: { path: path.resolve(__dirname, 'dist/web/word'), filename: name, chunkFilename: name, clean: true },
    // Excel's page's template: the same Content-Security-Policy and office.js, Word's title.
    plugins: [new HtmlWebpackPlugin({ template: 'src/addin/taskpane.html', filename: '../word.html', chunks: ['word'], title: 'Budget convention (Word)' })],
  };
  return [pages, word];
};

module.exports.manifestFor = manifestFor;
module.exports.DEV_URL = DEV_URL;
