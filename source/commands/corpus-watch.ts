/**
Noticing that files changed while the reader runs: each folder of the corpus is watched (inotify on
Linux, one watch a folder, not a file), and a burst of events asks for one check a moment later. A
slow periodic check stands in where watching fails (too many folders, network file systems).
*/
import fs from 'node:fs';

export type CorpusWatch = {
	/** Watch these folders (the last walk's) instead of those watched before. */
	readonly watch: (folders: readonly string[]) => void;
	readonly close: () => void;
};

/** Calls `changed` `settleMs` after the last event in any watched folder, and `periodic` every `fallbackMs` regardless. */
export function watchCorpus(changed: () => void, periodic: () => void, settleMs = 1000, fallbackMs = 60_000): CorpusWatch {
	const watchers = new Map<string, fs.FSWatcher>();
	let timer: NodeJS.Timeout | undefined;
	const soon = (): void => {
		clearTimeout(timer);
		timer = setTimeout(changed, settleMs);
		timer.unref();
	};

	const fallback = setInterval(periodic, fallbackMs);
	fallback.unref();
	return {
		watch(folders) {
			const wanted = new Set(folders);
			for (const [folder, watcher] of watchers) {
				if (!wanted.has(folder)) {
					watcher.close();
					watchers.delete(folder);
				}
			}

			for (const folder of wanted) {
				if (watchers.has(folder)) {
					continue;
				}

				try {
					const watcher = fs.watch(folder, {persistent: false}, soon);
					watcher.on('error', () => {
						watcher.close();
						watchers.delete(folder);
					});
					watchers.set(folder, watcher);
				} catch {
					// Out of watches, or a folder gone meanwhile: the periodic check covers it.
				}
			}
		},
		close() {
			clearTimeout(timer);
			clearInterval(fallback);
			for (const watcher of watchers.values()) {
				watcher.close();
			}

			watchers.clear();
		},
	};
}
