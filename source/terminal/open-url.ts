import {spawn} from 'node:child_process';

/** The browser command: `$BROWSER` (its first word; `%s` stands for the URL where given), else the platform opener. */
function browserCommand(url: string): [string, string[]] {
	const browser = process.env.BROWSER?.split(':')[0]?.trim();
	if (browser) {
		const words = browser.split(/\s+/);
		const [command = browser, ...rest] = words;
		return rest.includes('%s') ? [command, rest.map(word => (word === '%s' ? url : word))] : [command, [...rest, url]];
	}

	switch (process.platform) {
		case 'darwin': {
			return ['open', [url]];
		}

		case 'win32': {
			return ['cmd', ['/c', 'start', '', url]];
		}

		default: {
			return ['xdg-open', [url]];
		}
	}
}

/** Opens a URL in the browser without waiting for it; resolves to an error message, or null when it started. */
export async function openUrl(url: string): Promise<string | null> {
	const [command, args] = browserCommand(url);
	return new Promise(resolve => {
		try {
			const child = spawn(command, args, {detached: true, stdio: 'ignore'});
			child.once('error', error => {
				resolve(`cannot open the browser (${command}): ${error.message}`);
			});
			child.once('spawn', () => {
				child.unref();
				resolve(null);
			});
		} catch (error) {
			resolve(`cannot open the browser: ${error instanceof Error ? error.message : String(error)}`);
		}
	});
}
