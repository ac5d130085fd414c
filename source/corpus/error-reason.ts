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

/** The reason for a failed file operation, e.g. 'permission denied'. */
export function errorReason(error: unknown): string {
	const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
	const reason = reasons[code];
	if (reason !== undefined) {
		return reason;
	}

	return error instanceof Error ? error.message : String(error);
}
