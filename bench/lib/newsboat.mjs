// newsboat, the peer the reader's speed per key is held against: fed an RSS file made from the same
// articles, its cache filled by `newsboat -x reload`, then opened in a pseudo-terminal on that feed.
import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import Database from 'better-sqlite3';

/** newsboat's version line, or undefined when it is not installed. */
export function newsboatVersion() {
	const result = spawnSync('newsboat', ['--version'], {encoding: 'utf8'});
	return result.status === 0 ? result.stdout.split(' - ')[0].trim() : undefined;
}

const escapeXml = text => text.replace(/[<>&"]/g, character => ({'<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;'})[character])
	// Characters XML 1.0 forbids (control bytes in a few bodies) would make newsboat reject the whole feed.
	.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

const runsText = runs => runs.map(run => run.text ?? '').join('');

/** An article's body as the HTML newsboat renders: its lead and paragraphs, each a <p>. */
const bodyHtml = article => [...(article.lead ?? []), ...(article.blocks ?? [])]
	.map(block => (block.runs ? runsText(block.runs) : block.text ?? (block.alt ? `[图片: ${block.alt}]` : '')))
	.filter(text => text.trim() !== '')
	.map(text => `<p>${escapeXml(text)}</p>`)
	.join('');

/**
 * Writes an RSS 2.0 file of every article under `folder`, as `print --format json` gives them: the same
 * headlines, dates, links and bodies the reader shows. Each item's guid is the article's path, so the
 * copies of a copied corpus stay separate items, as they are separate rows in the reader.
 *
 * @returns {Promise<number>} the number of items written
 */
export async function writeFeed({cli, folder, feedFile, env}) {
	const out = fs.createWriteStream(feedFile);
	const write = text => new Promise(resolve => {
		if (out.write(text)) {
			resolve();
		} else {
			out.once('drain', resolve);
		}
	});

	await write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>corpus</title><link>https://example.org/</link><description>the benchmark corpus</description>\n');
	const child = spawn(process.execPath, [cli, 'print', '--format', 'json', folder], {env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'ignore']});
	let items = 0;
	for await (const line of readline.createInterface({input: child.stdout})) {
		const article = JSON.parse(line);
		const date = article.date ? `<pubDate>${new Date(article.date).toUTCString()}</pubDate>` : '';
		await write(`<item><title>${escapeXml(article.headline)}</title><link>${escapeXml(article.url ?? `file://${article.path}`)}</link><guid isPermaLink="false">${escapeXml(article.path)}</guid>${date}<description>${escapeXml(bodyHtml(article))}</description></item>\n`);
		items++;
	}

	await write('</channel></rss>\n');
	await new Promise(resolve => {
		out.end(resolve);
	});
	return items;
}

/**
 * A newsboat set-up of its own in `folder` (urls, config, cache; HOME pointed there too, so nothing
 * of the user's is read or written), its cache filled from `feedFile`. Throws unless the cache holds
 * `expectedItems` items: the keys must be timed on the whole feed.
 *
 * @returns {{command: string[], env: Record<string, string>, items: number}}
 */
export function prepareNewsboat({folder, feedFile, expectedItems}) {
	const urls = path.join(folder, 'urls');
	const config = path.join(folder, 'config');
	const cache = path.join(folder, 'cache.db');
	fs.writeFileSync(urls, `file://${feedFile}\n`);
	// Every item kept and shown, nothing reloaded or fetched while keys are timed.
	fs.writeFileSync(config, ['max-items 0', 'show-read-articles yes', 'show-read-feeds yes', 'auto-reload no', 'confirm-exit no', 'cleanup-on-quit no', 'text-width 0'].join('\n') + '\n');
	const command = ['newsboat', '-u', urls, '-C', config, '-c', cache];
	const env = {HOME: folder, XDG_CONFIG_HOME: folder, XDG_DATA_HOME: folder, XDG_CACHE_HOME: folder};
	const reload = spawnSync(command[0], [...command.slice(1), '-x', 'reload'], {env: {...process.env, ...env}, encoding: 'utf8'});
	if (reload.status !== 0) {
		throw new Error(`newsboat -x reload failed (${reload.status}): ${reload.stderr.trim()}`);
	}

	const database = new Database(cache, {readonly: true});
	const {items} = database.prepare('SELECT count(*) AS items FROM rss_item').get();
	database.close();
	if (items !== expectedItems) {
		throw new Error(`newsboat's cache holds ${items} items, not the feed's ${expectedItems}`);
	}

	return {command, env, items};
}
