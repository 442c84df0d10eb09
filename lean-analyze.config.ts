import base from './vite.config.ts';
import { gzipSync } from 'node:zlib';
const depth = Number(process.env.DEPTH ?? 3);
export default {
  ...base,
  build: { ...base.build, outDir: '/tmp/lean-dist-analyze', emptyOutDir: true },
  plugins: [
    ...(base.plugins ?? []),
    {
      name: 'sizes',
      generateBundle(_o: unknown, bundle: Record<string, any>) {
        for (const [name, c] of Object.entries(bundle)) {
          if (c.type !== 'chunk') continue;
          const groups: Record<string, string> = {};
          for (const [id, m] of Object.entries<any>(c.modules)) {
            let key = id.replace(/.*node_modules\//, 'nm:').replace(/.*\/src\//, 'src/');
            if (key.startsWith('nm:')) key = key.split('/').slice(0, key.startsWith('nm:@') ? 2 : 1).join('/');
            else key = key.split('/').slice(0, depth).join('/');
            groups[key] = (groups[key] ?? '') + (m.code ?? '');
          }
          console.log('CHUNK', name, (gzipSync(c.code).length/1024).toFixed(1));
          for (const [k, v] of Object.entries(groups).map(([k, v]) => [k, gzipSync(v).length] as const).sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log('  ', (v / 1024).toFixed(1), k);
        }
      },
    },
  ],
};
