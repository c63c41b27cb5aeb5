import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * SvelteKit's route announcer (a visually hidden live region it adds once JavaScript runs) carries a
 * `style` attribute, which `style-src 'self'` blocks. app.css hides it anyway; allowing exactly that
 * attribute's hash (and nothing else) keeps the console free of CSP errors. Read from the installed
 * Kit so an upgrade that changes the string cannot leave a stale hash behind.
 */
function announcerStyleHash() {
	try {
		const kitDir = dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
		const source = readFileSync(join(kitDir, 'src/core/sync/write_root.js'), 'utf8');
		const style = /id="svelte-announcer"[^>]*\sstyle="([^"]+)"/.exec(source)?.[1];
		return style ? `sha256-${createHash('sha256').update(style).digest('base64')}` : null;
	} catch {
		return null;
	}
}
const announcer = announcerStyleHash();

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// The NestJS backend imports build/handler.js and serves it next to /api on one origin.
		adapter: adapter({ out: 'build', precompress: true }),
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				...(announcer ? { 'style-src-attr': ['unsafe-hashes', /** @type {`sha256-${string}`} */ (announcer)] } : {}),
				'img-src': ['self', 'data:'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		}
	}
};

export default config;
