/**
 * `npm run demo`: serves the standalone page (built by the npm script just before) on localhost and
 * says where. PORT chooses the port (8080 by default; a free one if it is taken).
 */
import { existsSync } from 'node:fs';
import { serveBuild } from './serve';

async function main() {
  if (!existsSync('dist/web/index.html')) {
    process.stderr.write('dist/web is not built: run `npm run demo`, which builds it first.\n');
    process.exit(2);
  }
  const wanted = Number(process.env.PORT ?? 8080);
  const server = await serveBuild({ port: wanted }).catch(() => serveBuild({ port: 0 }));
  process.stdout.write(
    `\nConvention Budget — page autonome / standalone page:\n\n    ${server.url}\n\n` +
      'Le classeur de démonstration s’ouvre à cette adresse ; Ctrl+C pour arrêter.\n' +
      'The demonstration workbook opens at this address; Ctrl+C to stop.\n',
  );
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
