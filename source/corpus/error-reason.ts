/** File-system errors in words a reader understands. */

const reasons: Readonly<Record<string, string>> = {
	ENOENT: 'no such file or directory',
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	EISDIR: 'is a directory',
	ENOTDIR: 'not a directory',
	ELOOP: 'too many levels of symbolic links',
	ENAMETOOLONG: 'file name too long',
	EMFILE: 'too many open files',
	EIO: 'input/output error',
};

/**
The reason for a failed file operation, e.g. 'permission denied'. Never the path: Node's messages end
with it (`EXDEV: cross-device link not permitted, open '/x'`), and the path is shown, quoted, beside
the reason anyway; a file name in a reason would reach the terminal unescaped.
*/
export function errorReason(error: unknown): string {
	const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
	const reason = reasons[code];
	if (reason !== undefined) {
		return reason;
	}

	const message = error instanceof Error ? error.message : String(error);
	if (code === '') {
		return message;
	}

	// `CODE: description, syscall 'path'` -> `description`.
	const description = message.startsWith(`${code}: `) ? message.slice(code.length + 2) : message;
	const comma = description.indexOf(', ');
	return comma === -1 ? description : description.slice(0, comma);
}
